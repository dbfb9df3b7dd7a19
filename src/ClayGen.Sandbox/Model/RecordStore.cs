using System.Collections;

namespace ClayGen.Sandbox.Model;

/// <summary>
/// A table's records in insertion order with O(1) add, lookup and removal: tables of 100k rows and
/// deletes of arbitrary id lists must stay fast.
/// </summary>
internal sealed class RecordStore : IEnumerable<TableRecord>
{
    private readonly LinkedList<TableRecord> _order = new();
    private readonly Dictionary<string, LinkedListNode<TableRecord>> _byId = new(StringComparer.Ordinal);

    public int Count => _byId.Count;

    public bool Contains(string id) => _byId.ContainsKey(id);

    public TableRecord? Find(string id) => _byId.TryGetValue(id, out var node) ? node.Value : null;

    public void Add(TableRecord record) => _byId.Add(record.Id, _order.AddLast(record));

    public bool Remove(string id)
    {
        if (!_byId.Remove(id, out var node))
        {
            return false;
        }

        _order.Remove(node);
        return true;
    }

    /// <summary>Removes every record matching <paramref name="predicate"/> in one pass.</summary>
    public int RemoveAll(Func<TableRecord, bool> predicate)
    {
        var removed = 0;
        for (var node = _order.First; node is not null;)
        {
            var next = node.Next;
            if (predicate(node.Value))
            {
                _byId.Remove(node.Value.Id);
                _order.Remove(node);
                removed++;
            }

            node = next;
        }

        return removed;
    }

    public IEnumerator<TableRecord> GetEnumerator() => _order.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
