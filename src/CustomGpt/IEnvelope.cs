namespace CustomGpt;

/// <summary>
/// A success envelope of the API (<c>{"status": "success", "data": ...}</c>). Every generated
/// <c>XxxEnvelope</c> type implements it, so its status and payload can be reached without knowing
/// the concrete type.
/// </summary>
internal interface IEnvelope
{
    /// <summary>What the body says about the outcome; <see cref="ResponseStatus.Error"/> means the call failed.</summary>
    ResponseStatus? Status { get; }

    /// <summary>The payload the envelope carries (<c>data</c>, or <c>license</c> for one license).</summary>
    object? Payload { get; }
}
