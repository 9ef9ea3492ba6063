namespace CustomGpt;

/// <summary>The API rejected the request's content (HTTP 400 or 422); ApiMessage says what to change.</summary>
public sealed class CustomGptValidationException : CustomGptApiException
{
    internal CustomGptValidationException(ErrorDetails details) : base(details) { }
}
