using System.Buffers.Binary;
using System.Text;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

/// <summary>
/// What the index loads of a member instead of parsing and fingerprinting its stored document
/// (migration 12, docs/ingestion.md "Stored prints (migration 12)"): the fingerprint as the load
/// computes it, the hashes of the description's lines with which of them were boilerplate when it
/// was computed, the few fields of the document matching and composing read (id, dates), and what
/// the session's other readers learn from a live offer (<see cref="LoadFacts"/>). The fingerprint
/// depends on the source's boilerplate table only through which lines it drops, so a print whose
/// lines are dropped alike by the table of the load is exactly what fingerprinting the document
/// again would give; any other is recomputed. About 0.6–1 KB a member (sorted arrays as varint
/// deltas), against 3 KB of JSON to parse and analyse.
/// </summary>
internal sealed class StoredPrint
{
    /// <summary>
    /// The format and the algorithms behind it (text normalisation, shingles, MinHash, band keys,
    /// employer names, the exact layer, the facts): a stored print of another version is ignored
    /// and recomputed. Bump on any change to what <see cref="FingerprintBuilder.Build"/>,
    /// <see cref="LoadFacts"/>' computation or this encoding produce.
    /// </summary>
    public const int Version = 1;

    public required Fingerprint Print { get; init; }

    /// <summary>The description's line hashes (<see cref="SourceBoilerplate.LineHash"/>), in order.</summary>
    public required ulong[] Lines { get; init; }

    /// <summary>Bit i set: line i was boilerplate of the source when <see cref="Print"/> was computed.</summary>
    public required byte[] Dropped { get; init; }

    public required string OfferId { get; init; }

    public DateTime Created { get; init; }

    public DateTime Updated { get; init; }

    public LoadFacts Facts { get; init; }

    /// <summary>True when the table drops exactly the lines it dropped when the print was computed.</summary>
    public bool DropsAlike(SourceBoilerplate table, string source)
    {
        for (var i = 0; i < Lines.Length; i++)
        {
            var was = (Dropped[i >> 3] & (1 << (i & 7))) != 0;
            if (table.IsBoilerplate(source, Lines[i]) != was)
                return false;
        }
        return true;
    }

    public static byte[] DroppedLines(SourceBoilerplate table, string source, ReadOnlySpan<ulong> lines)
    {
        var dropped = new byte[(lines.Length + 7) >> 3];
        for (var i = 0; i < lines.Length; i++)
        {
            if (table.IsBoilerplate(source, lines[i]))
                dropped[i >> 3] |= (byte)(1 << (i & 7));
        }
        return dropped;
    }

    /// <summary>
    /// The encoded print of <paramref name="offer"/> (a member of <paramref name="source"/>, parsed
    /// as the load parses a stored document), whose fingerprint <paramref name="builder"/> built
    /// last: the load's and the batch write's one way to make it.
    /// </summary>
    public static byte[] Encode(FingerprintBuilder builder, Fingerprint print, NormalisedOffer offer, LoadFacts facts, string source) =>
        new StoredPrint
        {
            Print = print,
            Lines = builder.LineHashes.ToArray(),
            Dropped = DroppedLines(builder.Boilerplate, source, builder.LineHashes),
            OfferId = offer.Offre.Id,
            Created = offer.Offre.DateCreation,
            Updated = offer.Offre.DateActualisation,
            Facts = facts,
        }.Encode();

    public byte[] Encode()
    {
        var w = new Writer();
        w.Byte(Version);
        w.Text(OfferId);
        w.Long(Created.ToBinary());
        w.Long(Updated.ToBinary());
        w.Count(Lines.Length);
        foreach (var line in Lines)
            w.Long((long)line);
        w.Bytes(Dropped);
        var p = Print;
        w.Ascending(p.Shingles);
        w.Count(p.BandKeys.Length);
        foreach (var key in p.BandKeys)
            w.UInt(key);
        w.Ascending(p.TitleTerms);
        w.Count(p.Employer.Length);
        foreach (var word in p.Employer)
            w.Text(word);
        w.Optional(p.Siret);
        w.Optional(p.Commune);
        w.Optional(p.PostalCode);
        w.Optional(p.Departement);
        w.Optional(p.Region);
        w.Optional(p.Contract);
        w.UInt(p.ContentHash);
        w.UInt(p.UrlHash);
        var f = Facts;
        w.Byte(f.TemplateHash is null ? (byte)0 : (byte)1);
        w.Long((long)(f.TemplateHash ?? 0));
        w.Optional(f.EmployerKey);
        w.Optional(f.RomeCode);
        w.UInt(BitConverter.SingleToUInt32Bits(f.MonthlyPay ?? float.NaN));
        return w.ToArray();
    }

    /// <summary>The stored print, or null when it is of another <see cref="Version"/> (or unreadable: then recomputed too).</summary>
    public static StoredPrint? Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0 || data[0] != Version)
            return null;
        try
        {
            var r = new Reader(data[1..]);
            var offerId = r.Text();
            var created = DateTime.FromBinary(r.Long());
            var updated = DateTime.FromBinary(r.Long());
            var lines = new ulong[r.Count()];
            for (var i = 0; i < lines.Length; i++)
                lines[i] = (ulong)r.Long();
            var dropped = r.Bytes();
            var shingles = r.Ascending();
            var bandKeys = new uint[r.Count()];
            for (var i = 0; i < bandKeys.Length; i++)
                bandKeys[i] = r.UInt();
            var titleTerms = r.Ascending();
            var employer = new string[r.Count()];
            for (var i = 0; i < employer.Length; i++)
                employer[i] = r.Text();
            var print = new Fingerprint
            {
                Shingles = shingles,
                BandKeys = bandKeys,
                TitleTerms = titleTerms,
                Employer = employer,
                Siret = r.Optional(),
                Commune = r.Optional(),
                PostalCode = r.Optional(),
                Departement = r.Optional(),
                Region = r.Optional(),
                Contract = r.Optional(),
                ContentHash = r.UInt(),
                UrlHash = r.UInt(),
            };
            var hasTemplate = r.Byte() != 0;
            var template = (ulong)r.Long();
            var employerKey = r.Optional();
            var rome = r.Optional();
            var pay = BitConverter.UInt32BitsToSingle(r.UInt());
            if (!r.AtEnd || dropped.Length != (lines.Length + 7) >> 3)
                return null;
            return new StoredPrint
            {
                Print = print,
                Lines = lines,
                Dropped = dropped,
                OfferId = offerId,
                Created = created,
                Updated = updated,
                Facts = new LoadFacts(hasTemplate ? template : null, employerKey, rome, float.IsNaN(pay) ? null : pay),
            };
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private sealed class Writer
    {
        private byte[] _buffer = new byte[1024];
        private int _length;

        public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        public void Byte(int value)
        {
            Room(1);
            _buffer[_length++] = (byte)value;
        }

        public void Count(int value) => VarInt((uint)value);

        public void VarInt(uint value)
        {
            Room(5);
            while (value >= 0x80)
            {
                _buffer[_length++] = (byte)(value | 0x80);
                value >>= 7;
            }
            _buffer[_length++] = (byte)value;
        }

        public void UInt(uint value)
        {
            Room(4);
            BinaryPrimitives.WriteUInt32LittleEndian(_buffer.AsSpan(_length), value);
            _length += 4;
        }

        public void Long(long value)
        {
            Room(8);
            BinaryPrimitives.WriteInt64LittleEndian(_buffer.AsSpan(_length), value);
            _length += 8;
        }

        public void Bytes(ReadOnlySpan<byte> value)
        {
            Count(value.Length);
            Room(value.Length);
            value.CopyTo(_buffer.AsSpan(_length));
            _length += value.Length;
        }

        /// <summary>A strictly ascending array as its first value and the gaps after it, each a varint.</summary>
        public void Ascending(uint[] values)
        {
            Count(values.Length);
            var previous = 0u;
            foreach (var value in values)
            {
                VarInt(value - previous);
                previous = value;
            }
        }

        public void Text(string value)
        {
            var length = Encoding.UTF8.GetByteCount(value);
            Count(length);
            Room(length);
            _length += Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
        }

        public void Optional(string? value)
        {
            Byte(value is null ? 0 : 1);
            if (value is not null)
                Text(value);
        }

        private void Room(int bytes)
        {
            if (_length + bytes > _buffer.Length)
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + bytes));
        }
    }

    private ref struct Reader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _at;

        public readonly bool AtEnd => _at == _data.Length;

        public byte Byte() => _at < _data.Length ? _data[_at++] : throw Truncated();

        public int Count()
        {
            var value = VarInt();
            return value <= (uint)(_data.Length - _at) * 8 + 64 ? (int)value : throw Truncated();
        }

        public uint VarInt()
        {
            uint value = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                value |= (uint)(b & 0x7F) << shift;
                if (b < 0x80)
                    return value;
            }
            throw Truncated();
        }

        public uint UInt()
        {
            var value = BinaryPrimitives.ReadUInt32LittleEndian(Take(4));
            return value;
        }

        public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

        public byte[] Bytes() => Take(Count()).ToArray();

        public uint[] Ascending()
        {
            var values = new uint[Count()];
            var previous = 0u;
            for (var i = 0; i < values.Length; i++)
                values[i] = previous += VarInt();
            return values;
        }

        public string Text() => Encoding.UTF8.GetString(Take(Count()));

        public string? Optional() => Byte() == 0 ? null : Text();

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _data.Length - _at)
                throw Truncated();
            var span = _data.Slice(_at, length);
            _at += length;
            return span;
        }

        private static FormatException Truncated() => new("Empreinte enregistrée tronquée.");
    }
}

/// <summary>
/// What a session learns from each live member besides its fingerprint, stored with it: the
/// fraud check's template hash and employer key (F09, <c>TemplateText</c>), and the offer's ROME
/// code and monthly full-time pay for the pay distribution (F06). Null where the offer gives none.
/// </summary>
public readonly record struct LoadFacts(ulong? TemplateHash, string? EmployerKey, string? RomeCode, float? MonthlyPay);
