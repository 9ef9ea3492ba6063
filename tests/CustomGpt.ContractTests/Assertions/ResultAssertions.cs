using System.Net.Http.Headers;
using CustomGpt.SpecTool.Verify;
using Newtonsoft.Json.Linq;

namespace CustomGpt.ContractTests.Assertions;

/// <summary>Asserts that what an SDK call returned is what the recording answered, for every shape of result.</summary>
public static class ResultAssertions
{
    /// <summary>The result of a success case: pages, a stream, a file, or one payload.</summary>
    public static async Task AssertSuccessAsync(RecordingFile recording, SpecContract spec, object? result)
    {
        var operation = spec.Operations[recording.OperationId];
        var first = recording.Exchanges[0];
        Assert.NotNull(result);
        if (recording.Exchanges.Count > 1)
        {
            var pages = Assert.IsType<List<object>>(result);
            Assert.Equal(recording.Exchanges.Count, pages.Count);
            for (var i = 0; i < pages.Count; i++)
                AssertNoDifferences(recording, RecordedPayload.PageOf(spec, operation, recording.Exchanges[i].Json()!), pages[i], $"$page{i + 1}");
        }
        else if (first.ContentType == "text/event-stream")
        {
            var events = new JArray(first.Events().Where(e => e.Trim() != "[DONE]").Select(RecordingFile.Parse));
            AssertNoDifferences(recording, events, result, "$events");
        }
        else if (result is FileResponse file)
        {
            await AssertFileAsync(first, file);
        }
        else
        {
            AssertNoDifferences(recording, RecordedPayload.Of(spec, operation, first.Json()!), result, "$");
        }
    }

    /// <summary>The exception of an error case: its type, status, the API's code and message, the operation.</summary>
    public static void AssertError(RecordingFile recording, Exception? failure)
    {
        var expected = RecordedError.Of(recording.Exchanges[0]);
        Assert.True(failure is not null, $"{recording.Name}: the API answered {expected.Status}, but the SDK call succeeded.");
        Assert.True(failure.GetType() == expected.ExceptionType,
            $"{recording.Name}: expected {expected.ExceptionType.Name}, the SDK threw {failure.GetType().Name}: {failure.Message}");
        var exception = (CustomGptApiException)failure;
        Assert.Equal(expected.Status, exception.StatusCode);
        Assert.Equal(expected.Message, exception.ApiMessage);
        if (expected.ErrorCode is { } code) Assert.Equal(code, exception.ErrorCode);
        Assert.Equal(recording.OperationId, exception.OperationId);
        if (exception is CustomGptRateLimitException rateLimit)
            Assert.Equal(expected.Message?.Contains("credit", StringComparison.OrdinalIgnoreCase) == true, rateLimit.IsQuotaExhausted);
    }

    static void AssertNoDifferences(RecordingFile recording, JToken? recorded, object? typed, string path)
    {
        var differences = PayloadComparer.Differences(recorded, typed, typed?.GetType() ?? typeof(object), path);
        Assert.True(differences.Count == 0, $"{recording.Name}: the SDK's result differs from the recording:\n  {string.Join("\n  ", differences)}");
    }

    static async Task AssertFileAsync(RecordedExchange recorded, FileResponse file)
    {
        using (file)
        {
            using var bytes = new MemoryStream();
            await file.Stream.CopyToAsync(bytes);
            Assert.Equal(recorded.Bytes ?? System.Text.Encoding.UTF8.GetBytes(recorded.Text ?? ""), bytes.ToArray());
            Assert.Equal(recorded.ContentType, file.ContentType?.Split(';')[0]);
            var disposition = recorded.Header("Content-Disposition");
            var name = disposition is null ? null : ContentDispositionHeaderValue.Parse(disposition).FileName?.Trim('"');
            Assert.Equal(name, file.FileName);
        }
    }
}
