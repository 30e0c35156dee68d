using System.Runtime.InteropServices;
using OpenEmploi.Core.Offres;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Deduplication;

// What the index keeps of each member's record, the documents it keeps or reads back, and the
// codes it shares between members.
public sealed partial class DuplicateIndex
{
    // Members given their whole document since the last release, to let go of when the store has
    // them all (only with a reader: without one, every document stays).
    private readonly List<DedupMember> _resident = [];
    // One instance per distinct code (communes, postal codes, départements, contracts, SIRETs,
    // ROME appellations…) and per distinct employer name: a million members share a few thousand.
    private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _employers = new(StringComparer.Ordinal);

    /// <summary>
    /// Lets go of the documents held in memory: from now on they are read through
    /// <see cref="DedupOptions.Documents"/> when needed. To call once the store holds every
    /// document the index was given (after an import's last batch is written); without a reader
    /// the index keeps every document and this does nothing.
    /// </summary>
    public void ReleaseDocuments()
    {
        if (_options.Documents is null)
            return;
        foreach (var member in _resident)
            member.Document = null;
        _resident.Clear();
        _resident.TrimExcess();
    }

    /// <summary>A member's whole document: held, or read through the reader (and held until released).</summary>
    internal Offre DocumentOf(DedupMember member)
    {
        if (member.Document is { } document)
            return document;
        var reader = _options.Documents
            ?? throw new InvalidOperationException($"Le document du membre {member.Key} n'est ni en mémoire ni lisible (DedupOptions.Documents).");
        document = reader.Read(member.Key, member.OfferId);
        Hold(member, document);
        return document;
    }

    /// <summary>
    /// What <paramref name="publishedId"/> publishes now, but for its canonical member's whole
    /// document (<see cref="PublishedOffer.Finish"/>), or null when nothing is published under it.
    /// </summary>
    internal PublishedDraft? Draft(string publishedId) =>
        _clusters.Find(publishedId) is { } cluster ? PublishedOffer.Draft(cluster, _sources, _options) : null;

    /// <summary>
    /// A member's whole document if the index holds it (null: to be read from the store), whether
    /// that document is a normaliser's, its texts cleared of contact details
    /// (<see cref="NormalisedOffer.ContactFree"/>), and its own offer id; false when the index does
    /// not know the member.
    /// </summary>
    internal bool TryGetDocument(MemberKey key, out Offre? held, out string offerId, out bool contactFree)
    {
        if (!_byKey.TryGetValue(key, out var member))
        {
            (held, offerId, contactFree) = (null, "", false);
            return false;
        }
        (held, offerId) = (member.Document, member.OfferId);
        contactFree = held is not null && member.DocumentContactFree;
        return true;
    }

    /// <summary>
    /// A document read from the store for a member that had none held: held until released, as
    /// <see cref="DocumentOf(DedupMember)"/> holds what it reads. A member given a newer version
    /// since keeps that one.
    /// </summary>
    internal void HoldRead(MemberKey key, Offre document)
    {
        if (_byKey.TryGetValue(key, out var member) && member.Document is null)
            Hold(member, document);
    }

    private void Hold(DedupMember member, Offre document, bool contactFree = false)
    {
        if (member.Document is null && _options.Documents is not null)
            _resident.Add(member);
        member.Document = document;
        member.DocumentContactFree = contactFree;
    }

    /// <summary>Takes what the member keeps of a new version of its record, the whole document held until released.</summary>
    private void Describe(DedupMember member, NormalisedOffer offer, bool holdDocument)
    {
        var offre = offer.Offre;
        member.OfferId = offre.Id == member.Key.Id ? member.Key.Id : offre.Id;
        member.Created = offre.DateCreation;
        member.Updated = offre.DateActualisation;
        member.Poster = offer.Poster;
        member.AppellationCode = Code(offer.Entry.AppellationCode);
        member.Departement = Code(offer.Entry.Departement);
        member.Region = Code(offer.Entry.Region);
        if (holdDocument)
            Hold(member, offre, offer.ContactFree);
        else
            member.Document = null;
    }

    /// <summary>The fingerprint with its codes and employer name shared with the other members'.</summary>
    private Fingerprint Shared(Fingerprint print)
    {
        print.Siret = Code(print.Siret);
        print.Commune = Code(print.Commune);
        print.PostalCode = Code(print.PostalCode);
        print.Departement = Code(print.Departement);
        print.Region = Code(print.Region);
        print.Contract = Code(print.Contract);
        if (print.Employer.Length > 0)
        {
            ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_employers, string.Join('\u001F', print.Employer), out var known);
            if (!known)
            {
                for (var i = 0; i < print.Employer.Length; i++)
                    print.Employer[i] = Code(print.Employer[i])!;
                shared = print.Employer;
            }
            print.Employer = shared!;
        }
        return print;
    }

    private string? Code(string? value)
    {
        if (value is null)
            return null;
        ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(_codes, value, out var known);
        if (!known)
            shared = value;
        return shared;
    }
}
