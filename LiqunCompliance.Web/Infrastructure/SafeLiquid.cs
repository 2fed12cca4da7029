using System.Globalization;
using System.Text;
using Fluid;
using Microsoft.Extensions.FileProviders;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>The text a template produced, or why it could not (too many steps, too long, too slow, an include, a fault).</summary>
public sealed record LiquidOutcome(string? Text, string? Error)
{
    public bool Succeeded => Error is null;
}

/// <summary>
/// Every Liquid template the portal renders (notice templates officers write, answer letters) goes through here, with
/// limits: at most <see cref="MaxSteps"/> statements, <see cref="MaxRecursion"/> levels, <see cref="MaxOutputChars"/>
/// characters and <see cref="Timeout"/>; no file system (<c>{% include %}</c> and <c>{% render %}</c> find nothing).
/// A template that breaks a limit or fails gives an error to show, never an exception that takes the page down.
/// </summary>
public static class SafeLiquid
{
    public const int MaxSteps = 20_000;
    public const int MaxRecursion = 16;
    public const int MaxOutputChars = 100_000;
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private static readonly FluidParser Parser = new();

    public static bool TryParse(string? source, out IFluidTemplate? template, out string? error)
    {
        if (Parser.TryParse(source ?? string.Empty, out var parsed, out var message))
        {
            template = parsed;
            error = null;
            return true;
        }

        template = null;
        error = message;
        return false;
    }

    /// <summary>
    /// A context with the limits, and the <c>clause</c> filter: <c>{{ incident.possible_harm | clause: "可能", "。" }}</c>
    /// writes the fact after the lead-in and before the closing mark without doubling either (<see cref="Domain.Incidents.NoticeWording.Clause"/>).
    /// </summary>
    public static TemplateContext Context(string culture)
    {
        var options = new TemplateOptions
        {
            CultureInfo = new CultureInfo(culture),
            MaxSteps = MaxSteps,
            MaxRecursion = MaxRecursion,
            FileProvider = new NullFileProvider(),
        };
        options.Filters.AddFilter("clause", (input, arguments, _) => new ValueTask<Fluid.Values.FluidValue>(
            new Fluid.Values.StringValue(Domain.Incidents.NoticeWording.Clause(input.ToStringValue(), arguments.At(0).ToStringValue(), arguments.At(1).ToStringValue()))));
        return new TemplateContext(options);
    }

    public static async Task<LiquidOutcome> RenderAsync(IFluidTemplate template, TemplateContext context)
    {
        ArgumentNullException.ThrowIfNull(template);
        using var deadline = new CancellationTokenSource(Timeout);
        await using var writer = new BoundedWriter(MaxOutputChars, deadline.Token);
        try
        {
            await template.RenderAsync(writer, NullEncoder.Default, context);
            return new LiquidOutcome(writer.ToString(), null);
        }
        catch (OutputLimitException)
        {
            return new LiquidOutcome(null, $"output longer than {MaxOutputChars.ToString("N0", CultureInfo.InvariantCulture)} characters");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return new LiquidOutcome(null, $"rendering took longer than {Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s");
        }
        catch (Exception failure) when (failure is InvalidOperationException or ParseException or FileNotFoundException or ArgumentException or FormatException or NotSupportedException or NullReferenceException or IndexOutOfRangeException)
        {
            return new LiquidOutcome(null, failure.Message);
        }
    }

    private sealed class OutputLimitException : Exception;

    /// <summary>A StringWriter that stops at a length and at a deadline.</summary>
    private sealed class BoundedWriter(int limit, CancellationToken deadline) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void Write(char value)
        {
            Check(1);
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Check(count);
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Check(value?.Length ?? 0);
            base.Write(value);
        }

        public override void Write(ReadOnlySpan<char> buffer)
        {
            Check(buffer.Length);
            base.Write(buffer);
        }

        public override Task WriteAsync(char value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return Task.CompletedTask;
        }

        private void Check(int adding)
        {
            deadline.ThrowIfCancellationRequested();
            if (GetStringBuilder().Length + adding > limit)
            {
                throw new OutputLimitException();
            }
        }
    }
}
