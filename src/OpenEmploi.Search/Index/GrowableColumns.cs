namespace OpenEmploi.Search.Index;

/// <summary>The numeric columns of a <see cref="SegmentWriter"/>, grown by doubling.</summary>
internal sealed class GrowableColumns(int capacity)
{
    private long[] _creation = new long[capacity];
    private double[] _lat = new double[capacity];
    private double[] _lon = new double[capacity];
    private byte[] _salaryPeriod = new byte[capacity];
    private double[] _salaryMax = new double[capacity];
    private int[] _weekly = new int[capacity];
    private double[] _months = new double[capacity];
    private byte[] _experience = new byte[capacity];
    private byte[] _exige = new byte[capacity];
    private byte[] _origine = new byte[capacity];
    private byte[] _qualification = new byte[capacity];
    private byte[] _tempsPlein = new byte[capacity];
    private OffreFlags[] _flags = new OffreFlags[capacity];

    public void Set(int d, in DocRecord doc)
    {
        _creation[d] = doc.CreationTicks;
        _lat[d] = doc.Latitude;
        _lon[d] = doc.Longitude;
        _salaryPeriod[d] = doc.SalaryPeriod;
        _salaryMax[d] = doc.SalaryMax;
        _weekly[d] = doc.WeeklyMinutes;
        _months[d] = doc.ContractMonths;
        _experience[d] = doc.Experience;
        _exige[d] = doc.ExperienceExige;
        _origine[d] = doc.Origine;
        _qualification[d] = doc.Qualification;
        _tempsPlein[d] = doc.TempsPlein;
        _flags[d] = doc.Flags;
    }

    public void Grow(int size)
    {
        Array.Resize(ref _creation, size);
        Array.Resize(ref _lat, size);
        Array.Resize(ref _lon, size);
        Array.Resize(ref _salaryPeriod, size);
        Array.Resize(ref _salaryMax, size);
        Array.Resize(ref _weekly, size);
        Array.Resize(ref _months, size);
        Array.Resize(ref _experience, size);
        Array.Resize(ref _exige, size);
        Array.Resize(ref _origine, size);
        Array.Resize(ref _qualification, size);
        Array.Resize(ref _tempsPlein, size);
        Array.Resize(ref _flags, size);
    }

    public Segment Freeze(
        int count, string[] ids, Dictionary<string, int> docById, CodeColumn[] codes,
        MultiCodeColumn niveaux, MultiCodeColumn permis, Postings text)
    {
        var bands = new byte[count];
        for (var d = 0; d < count; d++)
            bands[d] = SalaryBands.BandOf(_salaryPeriod[d], _salaryMax[d]);
        return new Segment
        {
            Count = count,
            Ids = ids,
            DocById = docById,
            Codes = codes,
            NiveauxFormation = niveaux,
            Permis = permis,
            CreationTicks = Trim(_creation, count),
            Latitude = Trim(_lat, count),
            Longitude = Trim(_lon, count),
            SalaryPeriod = Trim(_salaryPeriod, count),
            SalaryMax = Trim(_salaryMax, count),
            SalaryBand = bands,
            WeeklyMinutes = Trim(_weekly, count),
            ContractMonths = Trim(_months, count),
            Experience = Trim(_experience, count),
            ExperienceExige = Trim(_exige, count),
            Origine = Trim(_origine, count),
            Qualification = Trim(_qualification, count),
            TempsPlein = Trim(_tempsPlein, count),
            Flags = Trim(_flags, count),
            Text = text,
        };
    }

    private static T[] Trim<T>(T[] array, int count) => array.Length == count ? array : array.AsSpan(0, count).ToArray();
}
