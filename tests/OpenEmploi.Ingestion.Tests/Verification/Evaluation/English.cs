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

    // Fourth held-out batch.
    public const string Housekeeper =
        "We are recruiting a housekeeper for our boutique hotel in the city centre. You will clean and prepare the rooms, restock the " +
        "amenities and report any maintenance issue to the front desk. Previous experience in a hotel is a plus but not required. " +
        "Staff meals are provided and the schedule is from 8am to 3pm.";

    public const string StockController =
        "Are you an organised person who enjoys working in a fast-paced environment? Our warehouse team is looking for a stock " +
        "controller. You will check incoming deliveries, update the inventory system and prepare weekly reports for the site manager. " +
        "Forklift certification would be an advantage.";

    public const string Marketing =
        "Our marketing agency is growing fast and we need a digital marketing executive to manage campaigns for our clients. You will " +
        "plan social media content, track performance and write monthly reports. Fluent French is a plus, as many of our clients are " +
        "based in France.";

    public const string Cleaner =
        "We are looking for cleaners to join our team on evening shifts. The job involves cleaning offices, emptying bins and vacuuming " +
        "floors. No experience needed, full training will be given. You must be reliable and able to work on your own.";

    public const string ItSupport =
        "The IT department of a large retailer is hiring a support technician. You will be the first point of contact for users, solve " +
        "hardware and software issues and keep track of every request in our ticketing tool. A degree in IT or equivalent experience " +
        "is required.";

    public const string Barista =
        "Love coffee? Our coffee shop is hiring a barista to prepare drinks, serve customers and keep the counter clean. You are " +
        "smiley, quick and you enjoy talking with people. Weekend availability is essential.";

    public const string Electrician =
        "An established building services company is looking for a qualified electrician for new build and renovation projects. You " +
        "will install wiring, fit lighting and test the installations. You must hold the relevant certifications and a full driving licence.";

    public const string SalesRep =
        "As a field sales representative you will visit shops and restaurants across the region, present our range of drinks and " +
        "negotiate orders. We offer a company car, a fixed salary plus commission and ongoing training.";

    // Fifth held-out batch.
    public const string Nanny =
        "Busy family in the city centre is looking for a nanny to look after two children after school. You will pick them up, help with " +
        "homework and prepare dinner. We need someone who is patient, reliable and available from 4pm to 7pm.";

    public const string LineCook =
        "Our brasserie is looking for a line cook to join the kitchen brigade. You will prepare the starters and desserts, follow the recipes " +
        "and keep your station clean. Two split shifts a day, two days off per week.";

    public const string ProjectManager =
        "We are looking for an experienced project manager who will lead the roll-out of our new logistics platform across Europe. You will " +
        "coordinate several teams, manage the budget and report to the board. Strong communication skills and at least five years of " +
        "experience in a similar role are required.";

    public const string Courier =
        "Join our team of bike couriers! You deliver meals to our customers within 30 minutes. Flexible hours, weekly pay and a bike " +
        "provided if you need one.";

    // Sixth held-out batch.
    public const string Gardener =
        "We are hiring a gardener for a private estate. You will mow the lawns, prune the hedges and look after the vegetable garden. " +
        "You enjoy working outdoors in all weathers and you have your own transport.";

    public const string Accounts =
        "Our finance team needs an accounts payable clerk. Your main tasks will be to process invoices, match them with purchase orders " +
        "and prepare payment runs. Attention to detail is a must.";

    public const string Host =
        "Looking for a friendly host for our rooftop bar. You will greet guests, manage the bookings and make sure everyone has a great " +
        "time. Evenings and weekends only.";
}
