namespace CustomGpt;

/// <summary>
/// The server could not be reached, or the connection broke before an answer arrived (DNS, refused
/// connection, reset, TLS). <see cref="CustomGptApiException.StatusCode"/> is 0: no HTTP status came back.
/// </summary>
public sealed class CustomGptConnectionException : CustomGptApiException
{
    internal CustomGptConnectionException(ErrorDetails details, Exception innerException)
        : base(details, innerException: innerException) { }
}
