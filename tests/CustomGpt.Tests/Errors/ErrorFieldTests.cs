namespace CustomGpt.Tests.Errors;

/// <summary>
/// The fields of an API exception at their limits: the body kept up to exactly
/// <see cref="CustomGptApiException.MaxBodyLength"/> characters, and Retry-After as seconds, as a
/// date (a past date is no wait) or absent.
/// </summary>
public class ErrorFieldTests
{
    static CustomGptApiException With(string? body = null, Dictionary<string, IEnumerable<string>>? headers = null) =>
        new(new ErrorDetails(500, null, null, "Op", body, headers ?? []));

    [Fact]
    public void A_body_of_the_maximum_length_is_kept_whole_and_a_longer_one_is_cut_there()
    {
        var max = new string('a', CustomGptApiException.MaxBodyLength);

        Assert.Equal(max, With(max).ResponseBody);
        Assert.Equal(max + "…", With(max + "b").ResponseBody);
        Assert.Null(With(null).ResponseBody);
    }

    [Fact]
    public void Retry_after_in_seconds_is_read_in_any_header_case()
    {
        Assert.Equal(TimeSpan.FromSeconds(7), With(headers: new() { ["retry-after"] = ["7"] }).RetryAfter);
        Assert.Null(With(headers: new() { ["Retry-After"] = ["soon"] }).RetryAfter);
        Assert.Null(With(headers: new() { ["Retry-After"] = [] }).RetryAfter);
        Assert.Null(With(headers: new() { ["Other"] = ["7"] }).RetryAfter);
    }

    [Fact]
    public void Retry_after_as_a_date_is_the_wait_until_then_and_none_for_a_date_past()
    {
        var inAnHour = DateTimeOffset.UtcNow.AddHours(1).ToString("R");
        var wait = With(headers: new() { ["Retry-After"] = [inAnHour] }).RetryAfter!.Value;
        Assert.InRange(wait, TimeSpan.FromMinutes(58), TimeSpan.FromMinutes(60));

        var anHourAgo = DateTimeOffset.UtcNow.AddHours(-1).ToString("R");
        Assert.Equal(TimeSpan.Zero, With(headers: new() { ["Retry-After"] = [anHourAgo] }).RetryAfter);
    }
}
