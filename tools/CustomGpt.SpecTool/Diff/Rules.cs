namespace CustomGpt.SpecTool.Diff;

/// <summary>The catalogue of every rule the diff applies; <c>diff --rules</c> prints it and docs/DRIFT-RULES.md explains it.</summary>
public static class Rules
{
    const Severity B = Severity.Breaking, W = Severity.Warning, I = Severity.Info;
    const Surface SB = Surface.Breaking, SA = Surface.Additive, SN = Surface.None;

    /// <summary>An operation (method + path) appeared.</summary>
    public static readonly DiffRule OperationAdded = new("operation-added", I, "An operation was added (a new generated method).", SA, "endpoint-added");
    /// <summary>An operation disappeared.</summary>
    public static readonly DiffRule OperationRemoved = new("operation-removed", B, "An operation was removed: calls to it fail (and its method goes).", SB,
        "api-removed-without-deprecation, api-path-removed-without-deprecation");
    /// <summary>The operationId changed, appeared or went: no request changes, but it names the generated method.</summary>
    public static readonly DiffRule OperationIdChanged = new("operation-id-changed", I,
        "The operationId changed: requests are the same, but the generated method (and its client) is renamed.", SB,
        "api-operation-id-removed, api-operation-id-added");

    /// <summary>A way of authenticating that used to be accepted is gone.</summary>
    public static readonly DiffRule SecurityRequirementRemoved = new("security-requirement-removed", B,
        "A security requirement the operation accepted is gone: clients authenticating that way are refused.", SN, "api-security-removed");
    /// <summary>A new way of authenticating is accepted.</summary>
    public static readonly DiffRule SecurityRequirementAdded = new("security-requirement-added", I,
        "The operation accepts an additional security requirement.", SN, "api-security-added");
    /// <summary>A security scheme kept its name but not its mechanism.</summary>
    public static readonly DiffRule SecuritySchemeChanged = new("security-scheme-changed", B,
        "A security scheme changed how credentials are sent (type, scheme, location or name).", SN, "api-security-component-type-changed");

    /// <summary>A required parameter appeared.</summary>
    public static readonly DiffRule ParameterAddedRequired = new("parameter-added-required", B,
        "A required parameter was added: existing calls do not send it (and the generated method takes a new argument).", SB, "new-required-request-parameter");
    /// <summary>An optional parameter appeared.</summary>
    public static readonly DiffRule ParameterAddedOptional = new("parameter-added-optional", I, "An optional parameter was added.", SA, "new-optional-request-parameter");
    /// <summary>A required parameter disappeared.</summary>
    public static readonly DiffRule ParameterRemoved = new("parameter-removed", B,
        "A required parameter was removed: what every call sends is no longer read (and the generated argument goes).", SB, "request-parameter-removed");
    /// <summary>An optional parameter disappeared.</summary>
    public static readonly DiffRule ParameterRemovedOptional = new("parameter-removed-optional", W,
        "An optional parameter was removed: calls still succeed, but the server ignores it where callers set it (and the generated option goes).", SB,
        "request-parameter-removed");
    /// <summary>A parameter kept its name but moved (query, header, path, cookie).</summary>
    public static readonly DiffRule ParameterLocationChanged = new("parameter-location-changed", B,
        "A parameter moved to another location: callers send it where it is no longer read.", SN);
    /// <summary>An optional parameter became required.</summary>
    public static readonly DiffRule ParameterBecameRequired = new("parameter-became-required", B,
        "An optional parameter became required: calls that omit it are refused (and it moves from the options to the arguments).", SB, "request-parameter-became-required");
    /// <summary>A required parameter became optional.</summary>
    public static readonly DiffRule ParameterBecameOptional = new("parameter-became-optional", I,
        "A required parameter became optional (it moves from the arguments to the options).", SB, "request-parameter-became-optional");
    /// <summary>A parameter is serialized differently.</summary>
    public static readonly DiffRule ParameterStyleChanged = new("parameter-style-changed", B,
        "A parameter's style or explode changed: callers serialize it the old way.", SN);

    /// <summary>A required request body appeared.</summary>
    public static readonly DiffRule RequestBodyAddedRequired = new("request-body-added-required", B,
        "A required request body was added: existing calls send none.", SB, "request-body-added-required");
    /// <summary>An optional request body appeared.</summary>
    public static readonly DiffRule RequestBodyAddedOptional = new("request-body-added-optional", I, "An optional request body was added.", SA, "request-body-added-optional");
    /// <summary>The request body disappeared.</summary>
    public static readonly DiffRule RequestBodyRemoved = new("request-body-removed", B,
        "The request body was removed: what callers send is ignored or refused.", SB, "request-body-removed");
    /// <summary>An optional request body became required.</summary>
    public static readonly DiffRule RequestBodyBecameRequired = new("request-body-became-required", B,
        "The request body became required: calls without one are refused.", SN, "request-body-became-required");
    /// <summary>A required request body became optional.</summary>
    public static readonly DiffRule RequestBodyBecameOptional = new("request-body-became-optional", I, "The request body became optional.", SN, "request-body-became-optional");
    /// <summary>The only request media type was replaced by another.</summary>
    public static readonly DiffRule RequestMediaTypeChanged = new("request-media-type-changed", B,
        "The request body's media type changed (e.g. JSON to multipart): callers encode it the old way (and the generated parameters change).", SB,
        "request-body-media-type-removed, request-body-media-type-added");
    /// <summary>A request media type is no longer accepted.</summary>
    public static readonly DiffRule RequestMediaTypeRemoved = new("request-media-type-removed", B,
        "A request media type is no longer accepted.", SN, "request-body-media-type-removed");
    /// <summary>A request media type is newly accepted.</summary>
    public static readonly DiffRule RequestMediaTypeAdded = new("request-media-type-added", I, "A request media type is newly accepted.", SN, "request-body-media-type-added");

    /// <summary>A success status (2xx) is no longer answered.</summary>
    public static readonly DiffRule ResponseSuccessStatusRemoved = new("response-success-status-removed", B,
        "A success status is no longer answered: clients expecting its body get another (and the generated return type may change).", SB, "response-success-status-removed");
    /// <summary>A new success status (2xx) may be answered.</summary>
    public static readonly DiffRule ResponseSuccessStatusAdded = new("response-success-status-added", W,
        "A new success status may be answered: generated clients treat undeclared statuses as errors.", SN, "response-success-status-added");
    /// <summary>An error status is no longer declared.</summary>
    public static readonly DiffRule ResponseErrorStatusRemoved = new("response-error-status-removed", I, "An error status is no longer declared.", SN, "response-non-success-status-removed");
    /// <summary>A new error status is declared.</summary>
    public static readonly DiffRule ResponseErrorStatusAdded = new("response-error-status-added", I, "A new error status is declared.", SN, "response-non-success-status-added");
    /// <summary>The only response media type was replaced by another.</summary>
    public static readonly DiffRule ResponseMediaTypeChanged = new("response-media-type-changed", B,
        "The response's media type changed: clients decode it the old way.", SB, "response-media-type-removed, response-media-type-added");
    /// <summary>A response media type is no longer produced.</summary>
    public static readonly DiffRule ResponseMediaTypeRemoved = new("response-media-type-removed", B,
        "A response media type is no longer produced.", SN, "response-media-type-removed");
    /// <summary>A response media type may now be produced.</summary>
    public static readonly DiffRule ResponseMediaTypeAdded = new("response-media-type-added", I, "A response media type may now be produced.", SN, "response-media-type-added");
    /// <summary>A required response header is no longer sent.</summary>
    public static readonly DiffRule ResponseHeaderRemoved = new("response-header-removed", B,
        "A response header the server always sent is gone: clients that read it get nothing.", SN, "required-response-header-removed");
    /// <summary>An optional response header is no longer declared.</summary>
    public static readonly DiffRule ResponseOptionalHeaderRemoved = new("response-optional-header-removed", W,
        "An optional response header is no longer declared: clients that use it when present never see it.", SN, "optional-response-header-removed");
    /// <summary>A response header became optional.</summary>
    public static readonly DiffRule ResponseHeaderBecameOptional = new("response-header-became-optional", W,
        "A response header the server always sent may now be absent.", SN, "response-header-became-optional");
    /// <summary>A response header is newly declared.</summary>
    public static readonly DiffRule ResponseHeaderAdded = new("response-header-added", I, "A response header is newly declared.", SN, "response-header-added");

    /// <summary>Schema rules inside a parameter's schema.</summary>
    public static readonly SchemaRules Parameter = SchemaRules.Sent("parameter");
    /// <summary>Schema rules inside a request body.</summary>
    public static readonly SchemaRules Request = SchemaRules.Sent("request");
    /// <summary>Schema rules inside a response body.</summary>
    public static readonly SchemaRules Response = SchemaRules.Received("response");

    /// <summary>Every rule, in catalogue order.</summary>
    public static IReadOnlyList<DiffRule> All { get; } =
    [
        OperationAdded, OperationRemoved, OperationIdChanged,
        SecurityRequirementRemoved, SecurityRequirementAdded, SecuritySchemeChanged,
        ParameterAddedRequired, ParameterAddedOptional, ParameterRemoved, ParameterRemovedOptional, ParameterLocationChanged,
        ParameterBecameRequired, ParameterBecameOptional, ParameterStyleChanged, .. Parameter.All,
        RequestBodyAddedRequired, RequestBodyAddedOptional, RequestBodyRemoved, RequestBodyBecameRequired, RequestBodyBecameOptional,
        RequestMediaTypeChanged, RequestMediaTypeRemoved, RequestMediaTypeAdded, .. Request.All,
        ResponseSuccessStatusRemoved, ResponseSuccessStatusAdded, ResponseErrorStatusRemoved, ResponseErrorStatusAdded,
        ResponseMediaTypeChanged, ResponseMediaTypeRemoved, ResponseMediaTypeAdded,
        ResponseHeaderRemoved, ResponseOptionalHeaderRemoved, ResponseHeaderBecameOptional, ResponseHeaderAdded, .. Response.All,
    ];
}
