using System.Diagnostics.CodeAnalysis;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Normalisation;

/// <summary>
/// What normalising one record gave: a publishable offer, or the reasons it cannot be one
/// (<see cref="Rejections"/>, for the run report's "rejected" count). <see cref="Notes"/> lists
/// what was inferred or ignored in both cases.
/// </summary>
public sealed class NormalisationResult
{
    private NormalisationResult(NormalisedOffer? offer, IReadOnlyList<NormalisationNote> rejections, IReadOnlyList<NormalisationNote> notes)
    {
        Offer = offer;
        Rejections = rejections;
        Notes = notes;
    }

    public NormalisedOffer? Offer { get; }

    /// <summary>Why the record is not an offer ("intitulé absent", "lieu de travail introuvable…"); empty when accepted.</summary>
    public IReadOnlyList<NormalisationNote> Rejections { get; }

    public IReadOnlyList<NormalisationNote> Notes { get; }

    [MemberNotNullWhen(false, nameof(Offer))]
    public bool IsRejected => Offer is null;

    internal static NormalisationResult Accepted(NormalisedOffer offer) => new(offer, [], offer.Notes);

    internal static NormalisationResult Rejected(IReadOnlyList<NormalisationNote> rejections, IReadOnlyList<NormalisationNote> notes) =>
        new(null, rejections, notes);
}
