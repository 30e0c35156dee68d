using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Pipeline;

/// <summary>
/// A hash of everything a source sent for one record (not where it was in the feed), so that a
/// record sent again unchanged is recognised without normalising, verifying or de-duplicating it.
/// Changing the normaliser or the rules does not re-evaluate unchanged records: a full reprocess
/// is a matter of clearing content_hash.
/// </summary>
public static class RawOfferHash
{
    public static string Of(RawOffer raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = new StringBuilder(2048);
        void Add(string? value) => text.Append(value).Append('\u001F');
        void AddNumber(IFormattable? value) => Add(value?.ToString(null, CultureInfo.InvariantCulture));
        Add(raw.SourceId);
        Add(raw.Wire is null ? null : OffreJson.Serialize(raw.Wire));
        Add(raw.Title);
        Add(raw.Description);
        Add(raw.Employer.Name); Add(raw.Employer.Siret); Add(raw.Employer.Naf); Add(raw.Employer.Url); Add(raw.Employer.Description);
        Add(raw.Employer.IsAgency?.ToString());
        Add(raw.Place.PostalCode); Add(raw.Place.City); Add(raw.Place.CommuneInsee); AddNumber(raw.Place.Latitude); AddNumber(raw.Place.Longitude);
        Add(raw.Place.Departement); Add(raw.Place.Region); Add(raw.Place.Country); Add(raw.Place.Text);
        Add(raw.ContractText); Add(raw.WorkingTimeText); Add(raw.SalaryText); AddNumber(raw.SalaryMin); AddNumber(raw.SalaryMax); Add(raw.SalaryPeriod);
        Add(raw.ExperienceText); Add(raw.RomeCode); Add(raw.ApplyUrl);
        AddNumber(raw.DatePosted); AddNumber(raw.DateUpdated); AddNumber(raw.ValidThrough);
        foreach (var skill in raw.Skills)
            Add(skill);
        Add(raw.Contact.Name); Add(raw.Contact.Email); Add(raw.Contact.Phone);

        var chars = text.Length;
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(chars));
        try
        {
            var length = Encoding.UTF8.GetBytes(text.ToString(), bytes);
            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(bytes.AsSpan(0, length), hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }
}
