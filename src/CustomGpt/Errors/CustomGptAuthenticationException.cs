namespace CustomGpt;

/// <summary>The API refused the credentials (HTTP 401 or 403): the key is missing, wrong, revoked, or lacks the right.</summary>
public sealed class CustomGptAuthenticationException : CustomGptApiException
{
    internal CustomGptAuthenticationException(ErrorDetails details) : base(details) { }
}
