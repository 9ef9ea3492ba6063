namespace CustomGpt.SpecTool.Diff;

/// <summary>The catalogue of every rule the diff applies; <c>diff --rules</c> prints it.</summary>
public static class Rules
{
    /// <summary>An operation (method + path) appeared.</summary>
    public static readonly DiffRule OperationAdded = new("operation-added", Severity.Info, "An operation was added.");
    /// <summary>An operation disappeared.</summary>
    public static readonly DiffRule OperationRemoved = new("operation-removed", Severity.Breaking, "An operation was removed: calls to it fail.");

    /// <summary>A way of authenticating that used to be accepted is gone.</summary>
    public static readonly DiffRule SecurityRequirementRemoved = new("security-requirement-removed", Severity.Breaking,
        "A security requirement the operation accepted is gone: clients authenticating that way are refused.");
    /// <summary>A new way of authenticating is accepted.</summary>
    public static readonly DiffRule SecurityRequirementAdded = new("security-requirement-added", Severity.Info,
        "The operation accepts an additional security requirement.");
    /// <summary>A security scheme kept its name but not its mechanism.</summary>
    public static readonly DiffRule SecuritySchemeChanged = new("security-scheme-changed", Severity.Breaking,
        "A security scheme changed how credentials are sent (type, scheme, location or name).");

    /// <summary>A required parameter appeared.</summary>
    public static readonly DiffRule ParameterAddedRequired = new("parameter-added-required", Severity.Breaking,
        "A required parameter was added: existing calls do not send it.");
    /// <summary>An optional parameter appeared.</summary>
    public static readonly DiffRule ParameterAddedOptional = new("parameter-added-optional", Severity.Info, "An optional parameter was added.");
    /// <summary>A parameter disappeared.</summary>
    public static readonly DiffRule ParameterRemoved = new("parameter-removed", Severity.Breaking,
        "A parameter was removed: callers lose what it did (and the generated argument goes).");
    /// <summary>A parameter kept its name but moved (query, header, path, cookie).</summary>
    public static readonly DiffRule ParameterLocationChanged = new("parameter-location-changed", Severity.Breaking,
        "A parameter moved to another location: callers send it where it is no longer read.");
    /// <summary>An optional parameter became required.</summary>
    public static readonly DiffRule ParameterBecameRequired = new("parameter-became-required", Severity.Breaking,
        "An optional parameter became required: calls that omit it are refused.");
    /// <summary>A required parameter became optional.</summary>
    public static readonly DiffRule ParameterBecameOptional = new("parameter-became-optional", Severity.Info, "A required parameter became optional.");
    /// <summary>A parameter is serialized differently.</summary>
    public static readonly DiffRule ParameterStyleChanged = new("parameter-style-changed", Severity.Breaking,
        "A parameter's style or explode changed: callers serialize it the old way.");

    /// <summary>A required request body appeared.</summary>
    public static readonly DiffRule RequestBodyAddedRequired = new("request-body-added-required", Severity.Breaking,
        "A required request body was added: existing calls send none.");
    /// <summary>An optional request body appeared.</summary>
    public static readonly DiffRule RequestBodyAddedOptional = new("request-body-added-optional", Severity.Info, "An optional request body was added.");
    /// <summary>The request body disappeared.</summary>
    public static readonly DiffRule RequestBodyRemoved = new("request-body-removed", Severity.Breaking,
        "The request body was removed: what callers send is ignored or refused.");
    /// <summary>An optional request body became required.</summary>
    public static readonly DiffRule RequestBodyBecameRequired = new("request-body-became-required", Severity.Breaking,
        "The request body became required: calls without one are refused.");
    /// <summary>A required request body became optional.</summary>
    public static readonly DiffRule RequestBodyBecameOptional = new("request-body-became-optional", Severity.Info, "The request body became optional.");
    /// <summary>The only request media type was replaced by another.</summary>
    public static readonly DiffRule RequestMediaTypeChanged = new("request-media-type-changed", Severity.Breaking,
        "The request body's media type changed (e.g. JSON to multipart): callers encode it the old way.");
    /// <summary>A request media type is no longer accepted.</summary>
    public static readonly DiffRule RequestMediaTypeRemoved = new("request-media-type-removed", Severity.Breaking,
        "A request media type is no longer accepted.");
    /// <summary>A request media type is newly accepted.</summary>
    public static readonly DiffRule RequestMediaTypeAdded = new("request-media-type-added", Severity.Info, "A request media type is newly accepted.");

    /// <summary>A success status (2xx) is no longer answered.</summary>
    public static readonly DiffRule ResponseSuccessStatusRemoved = new("response-success-status-removed", Severity.Breaking,
        "A success status is no longer answered: clients expecting its body get another.");
    /// <summary>A new success status (2xx) may be answered.</summary>
    public static readonly DiffRule ResponseSuccessStatusAdded = new("response-success-status-added", Severity.Warning,
        "A new success status may be answered: generated clients treat undeclared statuses as errors.");
    /// <summary>An error status is no longer declared.</summary>
    public static readonly DiffRule ResponseErrorStatusRemoved = new("response-error-status-removed", Severity.Info, "An error status is no longer declared.");
    /// <summary>A new error status is declared.</summary>
    public static readonly DiffRule ResponseErrorStatusAdded = new("response-error-status-added", Severity.Info, "A new error status is declared.");
    /// <summary>The only response media type was replaced by another.</summary>
    public static readonly DiffRule ResponseMediaTypeChanged = new("response-media-type-changed", Severity.Breaking,
        "The response's media type changed: clients decode it the old way.");
    /// <summary>A response media type is no longer produced.</summary>
    public static readonly DiffRule ResponseMediaTypeRemoved = new("response-media-type-removed", Severity.Breaking,
        "A response media type is no longer produced.");
    /// <summary>A response media type may now be produced.</summary>
    public static readonly DiffRule ResponseMediaTypeAdded = new("response-media-type-added", Severity.Info, "A response media type may now be produced.");

    /// <summary>Schema rules inside a parameter's schema.</summary>
    public static readonly SchemaRules Parameter = SchemaRules.Sent("parameter");
    /// <summary>Schema rules inside a request body.</summary>
    public static readonly SchemaRules Request = SchemaRules.Sent("request");
    /// <summary>Schema rules inside a response body.</summary>
    public static readonly SchemaRules Response = SchemaRules.Received("response");

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<DiffRule> All { get; } =
    [
        OperationAdded, OperationRemoved,
        SecurityRequirementRemoved, SecurityRequirementAdded, SecuritySchemeChanged,
        ParameterAddedRequired, ParameterAddedOptional, ParameterRemoved, ParameterLocationChanged,
        ParameterBecameRequired, ParameterBecameOptional, ParameterStyleChanged, .. Parameter.All,
        RequestBodyAddedRequired, RequestBodyAddedOptional, RequestBodyRemoved, RequestBodyBecameRequired, RequestBodyBecameOptional,
        RequestMediaTypeChanged, RequestMediaTypeRemoved, RequestMediaTypeAdded, .. Request.All,
        ResponseSuccessStatusRemoved, ResponseSuccessStatusAdded, ResponseErrorStatusRemoved, ResponseErrorStatusAdded,
        ResponseMediaTypeChanged, ResponseMediaTypeRemoved, ResponseMediaTypeAdded, .. Response.All,
    ];
}
