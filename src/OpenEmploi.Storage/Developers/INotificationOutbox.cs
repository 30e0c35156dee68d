namespace OpenEmploi.Storage.Developers;

/// <summary>
/// The messages to send. Any node may deliver: <see cref="ClaimAsync"/> leases messages to one node,
/// so a message is sent by one node at a time; an unfinished lease (a node that died) runs out and
/// another node takes the message over.
/// </summary>
public interface INotificationOutbox
{
    Task EnqueueAsync(IReadOnlyList<Notification> notifications, CancellationToken ct = default);

    /// <summary>
    /// Leases up to <paramref name="max"/> due messages (not sent, not given up, not leased to a node
    /// whose lease still runs) to <paramref name="node"/> until now + <paramref name="lease"/>, counting
    /// one attempt each; oldest first.
    /// </summary>
    Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string node, TimeSpan lease, int max, CancellationToken ct = default);

    /// <summary>Marks a message this node holds as sent; false when the node no longer holds it.</summary>
    Task<bool> MarkSentAsync(long id, string node, CancellationToken ct = default);

    /// <summary>
    /// Records a failed attempt and releases the message: retried from <paramref name="retryAt"/>, or
    /// given up on when <paramref name="giveUp"/> (kept, with the error).
    /// </summary>
    Task<bool> MarkAttemptFailedAsync(long id, string node, string error, DateTimeOffset retryAt, bool giveUp, CancellationToken ct = default);

    /// <summary>The messages to one address, oldest first.</summary>
    Task<IReadOnlyList<OutboxMessage>> ListByRecipientAsync(string recipient, CancellationToken ct = default);
}
