using System.Text.Json.Nodes;

namespace ClayGen.Sandbox.Model;

/// <summary>One condition of a view filter: a field, an operator (<c>EQUAL</c>, <c>NOT_EMPTY</c>, ...) and its value.</summary>
internal sealed record ViewFilterCondition(string FieldId, string Operator, JsonNode? Value);
