using OpenEmploi.Web.Hosting;

var app = await OpenEmploiHost.BuildAsync(args);
await app.RunAsync();
