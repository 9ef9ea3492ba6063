namespace CustomGpt;

/// <summary>The server failed (HTTP 5xx); trying again later may succeed.</summary>
public sealed class CustomGptServerException : CustomGptApiException
{
    internal CustomGptServerException(ErrorDetails details) : base(details) { }
}
