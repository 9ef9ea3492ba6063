namespace CustomGpt.SpecTool.Diff;

/// <summary>The contract-level comparison of two OpenAPI documents: what a client built against <c>old</c> meets in <c>new</c>.</summary>
public static class ContractDiff
{
    /// <summary>Every change from <paramref name="old"/> to <paramref name="new"/>.</summary>
    public static DiffReport Compare(ApiDocument old, ApiDocument @new)
    {
        var changes = new List<Change>();
        SecurityComparer.CompareSchemes(old, @new, changes);

        var oldOperations = old.Operations();
        var newOperations = @new.Operations();
        foreach (var (key, oldOperation) in oldOperations)
        {
            var at = Location.At(oldOperation.Name);
            if (!newOperations.TryGetValue(key, out var newOperation))
            {
                changes.Add(new Change(Rules.OperationRemoved, at, "removed"));
                continue;
            }
            at = Location.At(newOperation.Name, newOperation.Node);
            if (oldOperation.OperationId != newOperation.OperationId)
                changes.Add(new Change(Rules.OperationIdChanged, at.Pointing(newOperation.Node["operationId"]), $"operationId {oldOperation.OperationId ?? "(none)"} → {newOperation.OperationId ?? "(none)"}"));
            SecurityComparer.CompareOperation(oldOperation, newOperation, at, changes);
            ParameterComparer.Compare(oldOperation, newOperation, at, changes);
            RequestBodyComparer.Compare(oldOperation, newOperation, at, changes);
            ResponseComparer.Compare(oldOperation, newOperation, at, changes);
        }
        foreach (var (key, newOperation) in newOperations)
            if (!oldOperations.ContainsKey(key))
                changes.Add(new Change(Rules.OperationAdded, Location.At(newOperation.Name, newOperation.Node), "added"));

        return new DiffReport(old, @new, changes);
    }
}
