using OpenEmploi.Cli;
using Spectre.Console;

return await OpenEmploiCommand.Create(AnsiConsole.Console, TimeProvider.System).Parse(args).InvokeAsync();
