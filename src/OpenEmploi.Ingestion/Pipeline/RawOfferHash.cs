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
    /// <summary>
    /// The first 16 bytes, in hex, of the SHA-256 of the record's fields as UTF-8, each followed
    /// by U+001F (numbers and dates in the invariant culture's default format). The fields are
    /// encoded one after another into one pooled buffer instead of being joined into a string
    /// first: the same bytes (each field is encoded whole, so a field's unpaired surrogate becomes
    /// U+FFFD as it did within the joined text), without the two copies of the record's text
    /// that joining made for every record read, unchanged ones included.
    /// </summary>
    public static string Of(RawOffer raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = new FieldWriter();
        try
        {
            text.Add(raw.SourceId);
            // The document as UTF-8 straight from the serializer: the bytes its string held once
            // encoded, without the string (twice their size) and the encoding back.
            text.AddUtf8(raw.Wire is null ? [] : OffreJson.SerializeToUtf8(raw.Wire));
            text.Add(raw.Title);
            text.Add(raw.Description);
            text.Add(raw.Employer.Name); text.Add(raw.Employer.Siret); text.Add(raw.Employer.Naf); text.Add(raw.Employer.Url); text.Add(raw.Employer.Description);
            text.Add(raw.Employer.IsAgency is { } agency ? (agency ? bool.TrueString : bool.FalseString) : null);
            text.Add(raw.Place.PostalCode); text.Add(raw.Place.City); text.Add(raw.Place.CommuneInsee); text.Number(raw.Place.Latitude); text.Number(raw.Place.Longitude);
            text.Add(raw.Place.Departement); text.Add(raw.Place.Region); text.Add(raw.Place.Country); text.Add(raw.Place.Text);
            text.Add(raw.ContractText); text.Add(raw.WorkingTimeText); text.Add(raw.SalaryText); text.Number(raw.SalaryMin); text.Number(raw.SalaryMax); text.Add(raw.SalaryPeriod);
            text.Add(raw.ExperienceText); text.Add(raw.RomeCode); text.Add(raw.ApplyUrl);
            text.Number(raw.DatePosted); text.Number(raw.DateUpdated); text.Number(raw.ValidThrough);
            foreach (var skill in raw.Skills)
                text.Add(skill);
            text.Add(raw.Contact.Name); text.Add(raw.Contact.Email); text.Add(raw.Contact.Phone);

            Span<byte> hash = stackalloc byte[32];
            SHA256.HashData(text.Written, hash);
            return Convert.ToHexStringLower(hash[..16]);
        }
        finally
        {
            text.Dispose();
        }
    }

    /// <summary>The fields as UTF-8, each followed by the separator, in a buffer from the shared pool.</summary>
    private struct FieldWriter : IDisposable
    {
        private byte[] _buffer;
        private int _length;

        public FieldWriter() => _buffer = ArrayPool<byte>.Shared.Rent(4096);

        public readonly ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

        public void Add(string? value) => Add(value.AsSpan());

        public void Number<T>(T? value) where T : struct, ISpanFormattable
        {
            if (value is not { } number)
            {
                Add(ReadOnlySpan<char>.Empty);
                return;
            }
            // What ToString(null, invariant) writes, without the string.
            Span<char> chars = stackalloc char[64];
            if (number.TryFormat(chars, out var written, default, CultureInfo.InvariantCulture))
                Add(chars[..written]);
            else
                Add(number.ToString(null, CultureInfo.InvariantCulture));
        }

        /// <summary>A field already in UTF-8 (valid: what encoding its text would give).</summary>
        public void AddUtf8(ReadOnlySpan<byte> value)
        {
            Reserve(value.Length + 1);
            value.CopyTo(_buffer.AsSpan(_length));
            _length += value.Length;
            _buffer[_length++] = 0x1F;
        }

        private void Add(ReadOnlySpan<char> value)
        {
            Reserve(Encoding.UTF8.GetMaxByteCount(value.Length) + 1);
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            _buffer[_length++] = 0x1F;
        }

        private void Reserve(int room)
        {
            if (_length + room <= _buffer.Length)
                return;
            var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + room));
            _buffer.AsSpan(0, _length).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        public void Dispose()
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = [];
        }
    }
}
