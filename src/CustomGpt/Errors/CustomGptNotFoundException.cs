namespace CustomGpt;

/// <summary>What the call names does not exist (HTTP 404).</summary>
public sealed class CustomGptNotFoundException : CustomGptApiException
{
    internal CustomGptNotFoundException(ErrorDetails details) : base(details) { }
}
