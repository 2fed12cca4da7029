using LiqunCompliance.Domain.Audit;

namespace LiqunCompliance.Web.Infrastructure;

/// <summary>Why a write changed nothing, for a caller that answers differently (the API's status codes, a form's reload offer).</summary>
public enum OperationFailure
{
    None,

    /// <summary>The input or a rule refused it (the messages say which; field errors point at the fields).</summary>
    Refused,

    NotFound,

    /// <summary>Someone else saved first; <see cref="OperationResult.TheirChanges"/> says what they changed where known.</summary>
    Conflict,

    /// <summary>The write path was busy for longer than its limit; nothing changed, the same action can be tried again.</summary>
    Busy,

    /// <summary>A submission key was used before with different content.</summary>
    KeyReused,

    /// <summary>Allowed only once the user confirms what the message says (e.g. a deadline longer than the policy promises); nothing changed.</summary>
    NeedsConfirmation,
}

/// <summary>
/// The outcome of every service operation that writes: success (with an optional note), or the localised reasons why
/// nothing changed — messages about the whole form, messages about single fields (keyed by the field's property name),
/// and on a conflict what the other person changed. One type for every feature, so a form shows any of them the same way.
/// </summary>
public record OperationResult
{
    private static readonly IReadOnlyDictionary<string, string> NoFieldErrors = new Dictionary<string, string>();

    protected OperationResult(OperationFailure failure, IReadOnlyList<string> errors, IReadOnlyDictionary<string, string>? fieldErrors)
    {
        Failure = failure;
        Errors = errors;
        FieldErrors = fieldErrors ?? NoFieldErrors;
    }

    public static OperationResult Success { get; } = new(OperationFailure.None, [], null);

    public OperationFailure Failure { get; }

    /// <summary>Messages about the operation as a whole.</summary>
    public IReadOnlyList<string> Errors { get; }

    /// <summary>Messages about single fields, keyed by the input's property name.</summary>
    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    /// <summary>On a conflict: the fields the other person changed, before and after, where the feature can tell.</summary>
    public IReadOnlyList<FieldChange>? TheirChanges { get; init; }

    /// <summary>A note for the user on success (what else happened), never an error.</summary>
    public string? Info { get; init; }

    /// <summary>The same submission was made before: nothing new was stored; the result is the first one's.</summary>
    public bool Repeated { get; init; }

    public bool Succeeded => Failure == OperationFailure.None;

    /// <summary>Every message: the operation's first, then the fields'.</summary>
    public IEnumerable<string> Messages => Errors.Concat(FieldErrors.Values);

    /// <summary>The first message, for places that show one line.</summary>
    public string? Error => Messages.FirstOrDefault();

    public static OperationResult Failed(params string[] errors) => new(OperationFailure.Refused, errors, null);

    public static OperationResult Failed(OperationFailure failure, params string[] errors) => new(failure, errors, null);

    public static OperationResult Invalid(IReadOnlyDictionary<string, string> fieldErrors, params string[] errors) =>
        new(OperationFailure.Refused, errors, fieldErrors);

    public static OperationResult<T> Done<T>(T value, string? info = null) => new(value) { Info = info };

    /// <summary>The message for one field, or null.</summary>
    public string? ErrorFor(string field) => FieldErrors.GetValueOrDefault(field);
}

/// <summary>An <see cref="OperationResult"/> that carries what the operation made on success (an id, a number, a receipt).</summary>
public sealed record OperationResult<T> : OperationResult
{
    internal OperationResult(T value)
        : base(OperationFailure.None, [], null) => Value = value;

    private OperationResult(OperationFailure failure, IReadOnlyList<string> errors, IReadOnlyDictionary<string, string>? fieldErrors)
        : base(failure, errors, fieldErrors)
    {
    }

    /// <summary>What the operation made; only meaningful when <see cref="OperationResult.Succeeded"/>.</summary>
    public T? Value { get; }

    public static new OperationResult<T> Failed(params string[] errors) => new(OperationFailure.Refused, errors, null);

    public static new OperationResult<T> Failed(OperationFailure failure, params string[] errors) => new(failure, errors, null);

    public static new OperationResult<T> Invalid(IReadOnlyDictionary<string, string> fieldErrors, params string[] errors) =>
        new(OperationFailure.Refused, errors, fieldErrors);

    /// <summary>The same failure, for an operation that makes something else.</summary>
    public static OperationResult<T> From(OperationResult failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        return failure.Succeeded
            ? throw new ArgumentException("Only a failure carries over to another result type.", nameof(failure))
            : new(failure.Failure, failure.Errors, failure.FieldErrors) { TheirChanges = failure.TheirChanges };
    }
}
