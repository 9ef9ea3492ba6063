namespace CustomGpt.ContractTests.Faults;

/// <summary>How the SDK reads a call's success answer, which decides what a broken answer does to it.</summary>
public enum ResponseShape
{
    /// <summary>A JSON body, read whole into a model.</summary>
    Json,

    /// <summary>A file, handed to the caller unread as a <see cref="FileResponse"/>.</summary>
    File,

    /// <summary>Server-sent events, read one by one as they arrive.</summary>
    EventStream,
}
