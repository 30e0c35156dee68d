namespace OpenEmploi.Ingestion.Tests.Verification.Evaluation;

/// <summary>Offer descriptions written in English, as some partners and international employers send them.</summary>
internal static class English
{
    public const string Sales =
        "We are looking for a friendly sales associate to join our store team. You will welcome customers, advise them on our products " +
        "and take care of the shop floor. The ideal candidate is customer-focused, reliable and has a good sense of style. " +
        "We offer a permanent contract, training and a staff discount.";

    public const string Warehouse =
        "Our client, a leading logistics company, is hiring warehouse operatives for its site. Your tasks will include picking, " +
        "packing and loading orders with a handheld scanner. You should be able to work in a team and to follow safety rules. " +
        "Shifts are from Monday to Friday and overtime is paid.";

    public const string Developer =
        "Join our engineering team and help us build the platform that thousands of users rely on every day. You will design, " +
        "develop and test new features in close collaboration with product managers. We value clean code, code reviews and " +
        "continuous delivery. Remote work is possible two days a week.";

    public const string CustomerService =
        "As a customer service advisor, you will answer calls and emails from our customers and solve their issues with care. " +
        "You are patient, organised and able to keep calm when things get busy. Full training is provided during the first weeks " +
        "and you will be part of a supportive team.";

    public const string Chef =
        "Our restaurant is looking for a passionate chef to lead the kitchen. You will create seasonal menus, manage the stock " +
        "and supervise a team of four cooks. Experience in a similar role is required and you must have a strong knowledge of " +
        "food hygiene standards.";

    public const string Teacher =
        "We are looking for an English teacher to give group and individual lessons to adults. You will prepare your courses, " +
        "assess the progress of the learners and adapt the content to their needs. A teaching qualification and native-level " +
        "English are expected.";

    public const string Driver =
        "We need a reliable delivery driver to deliver parcels to our customers in the city. You will load your van every morning, " +
        "plan your route and make sure that every parcel is delivered on time. A clean driving licence is required and you should " +
        "enjoy working outdoors.";

    public const string Receptionist =
        "The hotel is looking for a receptionist who will be the first point of contact for our guests. You will handle check-in and " +
        "check-out, answer the phone and take bookings. We are looking for someone who is friendly, well organised and has good " +
        "communication skills.";

    public const string Accountant =
        "We are a growing firm of chartered accountants and we are looking for an assistant accountant. You will prepare the " +
        "monthly accounts, reconcile bank statements and help with the year-end closing. You have a first experience in an " +
        "accounting firm and you are comfortable with spreadsheets.";

    public const string Nurse =
        "Our care home is recruiting a night nurse to look after our residents. You will give the medication, monitor the " +
        "health of the residents and work closely with the care assistants. We offer a friendly environment and a flexible " +
        "schedule that fits your needs.";
}
