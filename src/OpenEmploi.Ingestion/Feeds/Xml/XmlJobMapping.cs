using OpenEmploi.Ingestion.Html;
using OpenEmploi.Ingestion.Records;

namespace OpenEmploi.Ingestion.Feeds.Xml;

/// <summary>
/// The element names job boards use for each field (docs/ingestion-formats.md), lower case; the
/// first one a job has wins. Nested names are « parent/child ».
/// </summary>
internal static class XmlJobMapping
{
    private static readonly string[] Id = ["id", "reference", "referencenumber", "ref", "job_id", "jobid", "guid", "@id", "@reference"];
    private static readonly string[] Title = ["title", "jobtitle", "job_title", "titre", "intitule", "position"];
    private static readonly string[] Description = ["description", "content", "body", "descriptif", "job_description"];
    private static readonly string[] Company = ["company", "employer", "company_name", "companyname", "entreprise", "company/name", "employer/name", "hiringorganization"];
    private static readonly string[] Siret = ["siret", "company/siret", "employer/siret", "siren"];
    private static readonly string[] Naf = ["naf", "code_naf", "company/naf", "employer/naf", "ape"];
    private static readonly string[] CompanyUrl = ["company_url", "companyurl", "company/url", "employer/url", "company/website", "website"];
    private static readonly string[] City = ["city", "location", "ville", "town", "location/city", "address/city", "location/name"];
    private static readonly string[] PostalCode = ["postalcode", "zipcode", "postal_code", "zip", "postcode", "code_postal", "location/postalcode", "location/zipcode", "address/postalcode"];
    private static readonly string[] Commune = ["insee", "code_commune", "commune", "location/insee"];
    private static readonly string[] Departement = ["department", "departement", "location/department", "location/departement"];
    private static readonly string[] Region = ["region", "state", "location/region", "location/state", "address/region"];
    private static readonly string[] Country = ["country", "pays", "location/country", "address/country"];
    private static readonly string[] Latitude = ["latitude", "lat", "location/latitude", "geo/latitude", "location/lat"];
    private static readonly string[] Longitude = ["longitude", "lng", "lon", "long", "location/longitude", "geo/longitude", "location/lng"];
    private static readonly string[] Contract = ["contract", "jobtype", "job_type", "contract_type", "contracttype", "contrat", "type_contrat", "employment_type", "employmenttype"];
    private static readonly string[] WorkTime = ["worktime", "work_time", "working_time", "workinghours", "working_hours", "schedule", "duree_travail", "hours"];
    private static readonly string[] Salary = ["salary", "salaire", "remuneration", "compensation", "salary/text"];
    private static readonly string[] SalaryMin = ["salary_min", "salarymin", "salary/min", "salary/minimum"];
    private static readonly string[] SalaryMax = ["salary_max", "salarymax", "salary/max", "salary/maximum"];
    private static readonly string[] SalaryPeriod = ["salary_period", "salaryperiod", "salary/period", "salary/unit"];
    private static readonly string[] Experience = ["experience", "experience_level", "experiencelevel", "experience_required"];
    private static readonly string[] Rome = ["rome", "code_rome", "romecode", "rome_code"];
    private static readonly string[] Url = ["url", "apply_url", "applyurl", "link", "application_url", "job_url"];
    private static readonly string[] Date = ["date", "date_posted", "dateposted", "publication_date", "pubdate", "posted_at", "created_at", "date_created", "date_creation"];
    private static readonly string[] Updated = ["updated", "date_updated", "last_updated", "updated_at", "date_modified", "lastmod", "date_actualisation"];
    private static readonly string[] Expires = ["expires", "expiration_date", "expire", "valid_through", "validthrough", "date_fin", "closing_date"];
    private static readonly string[] Email = ["email", "contact_email", "contact/email", "courriel", "recruiter/email"];
    private static readonly string[] Phone = ["phone", "telephone", "contact_phone", "contact/phone", "contact/telephone", "recruiter/phone"];
    private static readonly string[] ContactName = ["contact_name", "contact/name", "recruiter", "recruiter/name"];

    public static FeedItem Map(XmlJobFields job, long number, long line, RecordProblems problems)
    {
        problems.Clear();
        var raw = new RawOffer
        {
            RecordNumber = number,
            LineNumber = line,
            SourceId = Text(job, Id),
            Title = Text(job, Title),
            Description = Text(job, Description) is { } text ? HtmlText.ToPlainText(text) : null,
            ContractText = Text(job, Contract),
            WorkingTimeText = Text(job, WorkTime),
            SalaryText = Text(job, Salary),
            SalaryMin = DecimalOf(job, SalaryMin, problems),
            SalaryMax = DecimalOf(job, SalaryMax, problems),
            SalaryPeriod = Text(job, SalaryPeriod),
            ExperienceText = Text(job, Experience),
            RomeCode = Text(job, Rome),
            ApplyUrl = Text(job, Url),
            DatePosted = DateOf(job, Date, problems),
            DateUpdated = DateOf(job, Updated, problems),
            ValidThrough = DateOf(job, Expires, problems),
            Employer = new RawEmployer { Name = Text(job, Company), Siret = Text(job, Siret), Naf = Text(job, Naf), Url = Text(job, CompanyUrl) },
            Place = new RawPlace
            {
                City = Text(job, City),
                PostalCode = Text(job, PostalCode),
                CommuneInsee = Text(job, Commune),
                Departement = Text(job, Departement),
                Region = Text(job, Region),
                Country = Text(job, Country),
                Latitude = Coordinate(job, Latitude, problems),
                Longitude = Coordinate(job, Longitude, problems),
            },
            Contact = new RawContact { Email = Text(job, Email), Phone = Text(job, Phone), Name = Text(job, ContactName) },
        };
        foreach (var skill in job.Skills)
            raw.Skills.Add(skill);
        problems.RequireIdAndTitle(raw, line, "id", "title");
        return problems.HasAny ? problems.ToError(number, line) : new RawOfferItem(raw);
    }

    private static string? Text(XmlJobFields job, string[] names) => FeedValues.Clean(job.Find(names)?.Value);

    private static DateTimeOffset? DateOf(XmlJobFields job, string[] names, RecordProblems problems) =>
        job.Find(names) is { } f ? problems.Date(f.Value, f.Line, f.Name) : null;

    private static decimal? DecimalOf(XmlJobFields job, string[] names, RecordProblems problems) =>
        job.Find(names) is { } f ? problems.Decimal(f.Value, f.Line, f.Name) : null;

    private static double? Coordinate(XmlJobFields job, string[] names, RecordProblems problems) =>
        job.Find(names) is { } f ? problems.Double(f.Value, f.Line, f.Name, 180) : null;
}
