using OpenEmploi.Ingestion.Deduplication;

namespace OpenEmploi.Ingestion.Tests.Deduplication;

/// <summary>The sealed lanes' lookups done for several lanes at once end where the lookups one by one end.</summary>
public sealed class SealedLanesTests
{
    [Fact]
    public void Ends_of_several_lanes_at_once_are_the_ends_looked_up_one_by_one()
    {
        const int Lanes = 6;
        const int Slots = 20_000;
        var random = new Random(5);
        var lanes = new SealedLanes(Lanes, Slots);
        // Few distinct keys, so that keys are shared by many slots, some lanes without a key for a slot,
        // and keys whose top 16 bits are shared (the directory's buckets hold several keys).
        var pool = Enumerable.Range(0, 3_000).Select(_ => (uint)random.Next(1, int.MaxValue) | ((uint)random.Next(0, 4) << 31)).ToArray();
        var keys = new uint[Lanes];
        for (var slot = 0; slot < Slots; slot++)
        {
            for (var lane = 0; lane < Lanes; lane++)
                keys[lane] = random.Next(10) == 0 ? 0 : pool[random.Next(pool.Length)];
            lanes.Add(slot, keys);
        }
        lanes.Seal();

        var asked = 0;
        var found = 0;
        for (var round = 0; round < 2_000; round++)
        {
            // Present keys, absent ones (also 0 and the extremes), and one lane asked twice.
            var count = random.Next(1, 2 * Lanes);
            var whichLanes = Enumerable.Range(0, count).Select(_ => random.Next(Lanes)).ToArray();
            var whichKeys = whichLanes.Select(_ => random.Next(5) switch
            {
                0 => 0u,
                1 => (uint)random.Next(1, int.MaxValue),
                2 => random.Next(2) == 0 ? 1u : uint.MaxValue,
                _ => pool[random.Next(pool.Length)],
            }).ToArray();
            var ends = new int[count];

            lanes.Ends(whichLanes, whichKeys, ends);

            for (var i = 0; i < count; i++)
            {
                var expected = whichKeys[i] == 0 ? 0 : lanes.End(whichLanes[i], whichKeys[i]);
                Assert.Equal(expected, ends[i]);
                asked++;
                if (whichKeys[i] != 0 && lanes.SlotAt(whichLanes[i], expected - 1, whichKeys[i]) >= 0)
                    found++;
            }
        }
        Assert.True(found > asked / 3, $"{found} clés trouvées sur {asked}");
    }
}
