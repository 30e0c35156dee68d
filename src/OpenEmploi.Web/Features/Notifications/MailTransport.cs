using System.Globalization;
using System.Net;
using System.Net.Mail;
using System.Text;
using OpenEmploi.Storage.Developers;

namespace OpenEmploi.Web.Features.Notifications;

/// <summary>Hands one message over for delivery; throws when it could not.</summary>
internal interface IMailTransport
{
    /// <summary>Where messages go, for the start-up log (never a password).</summary>
    string Description { get; }

    Task SendAsync(OutboxMessage message, CancellationToken ct);
}

/// <summary>
/// System.Net.Mail: an SMTP relay, or a pickup folder where each message becomes an .eml file (the
/// same MIME text a relay would receive). MailKit would do more, but is not available here.
/// </summary>
internal sealed class SmtpMailTransport : IMailTransport
{
    private readonly NotificationOptions _options;
    private readonly MailAddress _from;

    public SmtpMailTransport(NotificationOptions options)
    {
        _options = options;
        _from = new MailAddress(options.From);
        if (options.PickupDirectory is { Length: > 0 } folder)
            Directory.CreateDirectory(folder);
    }

    public string Description => _options.PickupDirectory is { Length: > 0 } folder
        ? "fichiers .eml dans " + Path.GetFullPath(folder)
        : string.Create(CultureInfo.InvariantCulture, $"SMTP {_options.Smtp.Host}:{_options.Smtp.Port}");

    public async Task SendAsync(OutboxMessage message, CancellationToken ct)
    {
        using var mail = new MailMessage(_from, new MailAddress(message.Recipient))
        {
            Subject = message.Subject,
            Body = message.Body,
            SubjectEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            IsBodyHtml = false,
        };
        // Lets a receiving system drop a copy sent twice (a node that died between sending and recording it).
        mail.Headers.Add("X-OpenEmploi-Message", message.Id.ToString(CultureInfo.InvariantCulture));
        using var client = CreateClient();
        await client.SendMailAsync(mail, ct);
    }

    private SmtpClient CreateClient()
    {
        if (_options.PickupDirectory is { Length: > 0 } folder)
        {
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = Path.GetFullPath(folder),
            };
        }
        var smtp = _options.Smtp;
        return new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.EnableSsl,
            Timeout = (int)smtp.Timeout.TotalMilliseconds,
            Credentials = smtp.UserName is { Length: > 0 } user ? new NetworkCredential(user, smtp.Password) : null,
        };
    }
}
