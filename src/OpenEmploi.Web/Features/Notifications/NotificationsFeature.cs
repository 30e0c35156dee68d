namespace OpenEmploi.Web.Features.Notifications;

/// <summary>The outbox's delivery: SMTP when configured, .eml files in development, nothing otherwise (messages wait).</summary>
internal static class NotificationsFeature
{
    public const string DevelopmentPickupDirectory = "data/courriels";

    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(NotificationOptions.Section).Get<NotificationOptions>() ?? new NotificationOptions();
        if (environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Smtp.Host) && string.IsNullOrWhiteSpace(options.PickupDirectory))
            options.PickupDirectory = DevelopmentPickupDirectory;
        services.AddSingleton(options);
        var configured = !string.IsNullOrWhiteSpace(options.PickupDirectory) || !string.IsNullOrWhiteSpace(options.Smtp.Host);
        services.AddSingleton(provider => new OutboxDelivery(
            provider.GetRequiredService<OpenEmploi.Storage.Developers.INotificationOutbox>(),
            configured ? new SmtpMailTransport(options) : null,
            options,
            provider.GetRequiredKeyedService<TimeProvider>(DeveloperPlatform.DeveloperPlatformFeature.ClockKey),
            provider.GetRequiredService<ILogger<OutboxDelivery>>()));
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDelivery>());
        return services;
    }
}
