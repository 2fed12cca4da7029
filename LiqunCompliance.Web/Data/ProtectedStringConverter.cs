using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace LiqunCompliance.Web.Data;

/// <summary>
/// Encrypts a column at rest with ASP.NET Core Data Protection (keys in the database, shared by every instance).
/// EF passes no nulls to a converter, so a missing value stays NULL.
/// </summary>
internal sealed class ProtectedStringConverter(IDataProtector protector) : ValueConverter<string, string>(
    value => protector.Protect(value),
    value => protector.Unprotect(value))
{
    public const string Purpose = "LiqunCompliance.PersonalData.v1";
}
