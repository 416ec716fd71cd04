import Foundation
import JSON

/// The one Dutch message catalogue: what a person reads for each `MessageCode`, in the
/// u-form, saying what to do. `{name}` is filled from the message's params: amounts
/// (`…_cents`) as euros, dates as "12 maart 2026", lists as "a, b of c".
package enum DutchMessages {
    package static func template(_ code: MessageCode) -> String {
        switch code {
        case .fieldUnknown: "Dit veld kent het systeem niet."
        case .fieldRequired: "Vul dit in."
        case .fieldEmpty: "Vul dit in; alleen spaties is niet genoeg."
        case .fieldNotText: "Vul hier tekst in."
        case .fieldTooLong: "Gebruik hoogstens {max} tekens."
        case .fieldTooShort: "Gebruik minstens {min} tekens."
        case .fieldNotOneLine: "Schrijf dit op één regel, zonder tabs of stuurtekens."
        case .fieldControlCharacters: "Hierin staan tekens die niet zijn toegestaan (stuurtekens)."
        case .fieldNotInteger: "Vul een heel getal in."
        case .fieldOutOfRange: "Vul een getal in van {min} tot en met {max}."
        case .fieldNotBoolean: "Kies ja of nee (true of false)."
        case .fieldNotOneOf: "Kies een van deze waarden: {allowed}."
        case .fieldReadOnly: "Dit veld kunt u niet wijzigen."
        case .fieldReadOnlyHere: "Dit veld wijzigt u hier niet: inwoners en locaties hebben hun eigen plek."
        case .fieldNotDate: "Vul een datum in (JJJJ-MM-DD)."
        case .fieldNotTimestamp: "Vul een tijdstip in volgens RFC 3339, bijvoorbeeld 2026-01-31T12:00:00Z."
        case .fieldNotYear: "Kies een jaar van {min} tot en met {max}."
        case .fieldNotList: "Geef hier een lijst."
        case .fieldNotObject: "Geef hier een object met velden."
        case .fieldListedTwice: "Dit staat er twee keer in."
        case .fieldPathMismatch: "Dit moet hetzelfde zijn als in het adres van het verzoek ({expected})."
        case .fieldNotEmail: "Vul een e-mailadres in, zoals naam@voorbeeld.nl."
        case .fieldNotSlug: "Gebruik alleen kleine letters, cijfers en streepjes, en begin met een letter."
        case .requestInvalidFields: "Niet alle velden zijn goed ingevuld; zie de meldingen bij de velden."
        case .requestUnknownParameter: "Deze parameter hoort niet bij dit adres."
        case .requestRepeatedParameter: "De parameter ‘{name}’ staat meer dan eens in het verzoek; stuur elke parameter één keer."
        case .requestJSONExpected: "Stuur de inhoud als JSON, met ‘Content-Type: application/json’."
        case .requestBodyMissing: "Dit verzoek heeft een inhoud in JSON nodig."
        case .requestBodyNotObject: "Stuur de inhoud als één JSON-object."
        case .requestInvalidJSON: "De inhoud is geen geldige JSON (fout bij byte {offset})."
        case .requestIfMatchRequired: "Stuur ‘If-Match’ met de ETag die u het laatst las, zodat u geen wijziging overschrijft die u nog niet hebt gezien."
        case .pageBadLimit: "Kies een aantal per pagina van 1 tot en met {max}."
        case .pageBadCursor: "Deze vervolgcode komt niet van deze server; begin opnieuw bij de eerste pagina."
        case .outputBadSeparator: "Kies als scheidingsteken een komma of een puntkomma."
        case .outputBadFormat: "Kies als formaat json, csv of xlsx."
        case .exportTooManyRows: "Dit overzicht heeft meer dan {max} regels, te veel voor één werkmap. Kies een kortere periode, één gemeente of één activiteit, of haal de regels op als CSV (per pagina)."
        case .exportBusy: "Er worden nu al {slots} grote werkmappen gemaakt; probeer het over een paar seconden opnieuw."
        case .searchNoLetters: "Zoek op een woord met minstens één letter of cijfer."
        case .resourceChanged: "Iemand anders heeft dit intussen gewijzigd. Laad het opnieuw en probeer het nog eens."
        case .resourceChangedDuringRequest: "Dit is gewijzigd terwijl uw verzoek liep. Laad het opnieuw en probeer het nog eens."
        case .resourceExists: "Er bestaat al iets met deze gegevens."
        case .resourceBrokenReference: "Het verzoek verwijst naar iets dat niet bestaat, of gaat tegen een regel van de gegevens in."
        case .authSeveralAuthorizations: "Het verzoek heeft {count} Authorization-headers; stuur er één."
        case .authBearerExpected: "Stuur het token als ‘Authorization: Bearer <token>’."
        case .authTokenUnknown: "Dit token is onbekend of ingetrokken."
        case .authTokenRequired: "Hiervoor moet u aangemeld zijn. Meld u (opnieuw) aan; een programma stuurt een token als ‘Authorization: Bearer <token>’."
        case .authMetricsOnly: "Een metrics-token mag alleen /metrics lezen."
        case .authCSRFMissing: "Deze wijziging mist het beveiligingskenmerk van uw sessie. Laad de pagina opnieuw en probeer het nog eens."
        case .authOtherOrigin: "Dit verzoek komt van een andere website en is daarom geweigerd."
        case .authOriginMissing: "Deze wijziging mist de herkomst (Origin) van deze website. Laad de pagina opnieuw en probeer het nog eens."
        case .authRoleForbidden: "Dit mag u niet met uw rol."
        case .authTooManyRequests: "Te veel verzoeken achter elkaar; probeer het over {seconds} seconden opnieuw."
        case .idempotencyBadKey: "Gebruik een Idempotency-Key van 1 tot en met {max} tekens."
        case .idempotencyNeedsIdentity: "Een Idempotency-Key wordt per token of aangemelde persoon bewaard; stuur een token of meld u aan."
        case .idempotencyOtherRequest: "Deze Idempotency-Key is al gebruikt voor een ander verzoek; kies een nieuwe sleutel."
        case .idempotencyInProgress: "Het eerste verzoek met deze Idempotency-Key loopt nog; probeer het zo opnieuw."
        case .sessionNone: "U bent niet (meer) aangemeld. Meld u opnieuw aan."
        case .sessionUnknown: "Deze sessie bestaat niet (meer)."
        case .sessionOwnOnly: "U mag alleen uw eigen sessies zien en beëindigen."
        case .signInWrong: "Het e-mailadres of het wachtwoord klopt niet."
        case .signInBlocked: "Uw account is geblokkeerd. Vraag een beheerder van \(Vocabulary.organisationName) om het weer te openen."
        case .passwordResetRequested: "Als er een account met dit e-mailadres is, krijgt u binnen enkele minuten een e-mail met een link om een nieuw wachtwoord te kiezen. De link werkt een uur. Kijk ook bij uw ongewenste e-mail."
        case .signInTooMany: "Te veel aanmeldpogingen vanaf dit adres; probeer het over {seconds} seconden opnieuw."
        case .signInBusy: "Er melden zich nu te veel mensen tegelijk aan; probeer het over een paar seconden opnieuw."
        case .signInLocked: "Te vaak mislukt aanmelden voor dit account vanaf onbekende apparaten; probeer het over {minutes} minuten opnieuw, of meld u aan op een apparaat waarmee u eerder bent aangemeld."
        case .linkInvalid: "Deze link is onbekend, al gebruikt of verlopen. Vraag een beheerder om een nieuwe."
        case .linkJustUsed: "Deze link is zojuist gebruikt. Vraag een beheerder om een nieuwe."
        case .passwordTooShort: "Kies een wachtwoord van minstens {min} tekens."
        case .passwordTooLong: "Kies een wachtwoord van hoogstens {max} tekens."
        case .passwordTooCommon: "Dit wachtwoord is te bekend of te eenvoudig; kies een zin of een paar woorden die alleen u kent."
        case .passwordPersonal: "Uw wachtwoord mag niet uw e-mailadres of naam zijn of bevatten."
        case .userUnknown: "Deze gebruiker bestaat niet."
        case .userEmailTaken: "Er is al een account met het e-mailadres {email}."
        case .userCannotLockSelf: "U kunt uw eigen account niet blokkeren en uzelf de beheerdersrol niet afnemen."
        case .userRoleInvalid: "Kies een van deze rollen: {allowed}."
        case .userMunicipalityRequired: "Kies de gemeente van dit account."
        case .userMunicipalityUnknown: "Deze gemeente kennen we niet."
        case .userMunicipalityNotAllowed: "Alleen een gemeente-account hoort bij een gemeente."
        case .municipalityUnknown: "Er is geen gemeente met de code ‘{slug}’."
        case .municipalitySlugFormat: "Gebruik alleen kleine letters en cijfers, met hoogstens één streepje na elkaar."
        case .municipalityCBSFormat: "Vul een CBS-code in zoals GM1731."
        case .municipalityCBSTaken: "CBS-code {cbs_code} hoort al bij {municipality}."
        case .locationUnknown: "Er is geen locatie met nummer {id}."
        case .locationOtherMunicipality: "Locatie {id} hoort bij {owner}, niet bij {municipality}."
        case .locationNameTaken: "In {municipality} is al een locatie met deze naam."
        case .programmeUnknown: "Dit is geen programma uit de catalogus."
        case .figureUnknown: "Dit is geen kengetal dat het systeem kent."
        case .figureComputed: "Dit kengetal wordt uit andere kengetallen berekend en kunt u niet invullen."
        case .figureWrongScope: "Dit kengetal hoort niet bij {area}."
        case .figureOutOfRange: "Vul een heel getal in van 0 tot en met {max}, of laat het leeg."
        case .figurePercentRange: "Dit is een percentage: vul 0 tot en met {max} in."
        case .figureNoneGiven: "Vul minstens één kengetal in."
        case .activityUnknown: "Er is geen activiteit ‘{reference}’ in de catalogus."
        case .activityReferenceInvalid: "Geef de code (of het nummer) van een activiteit."
        case .activityCodeTaken: "Deze code is al in gebruik bij een andere activiteit."
        case .activityAudiencesInvalid: "Geef een lijst van doelgroepen."
        case .activityUnitLocked: "De eenheid van activiteit {code} kan niet meer veranderen: gepubliceerde prijslijsten rekenen al met deze eenheid. Maak een nieuwe activiteit aan."
        case .registrationUnknown: "Deze registratie bestaat niet (meer)."
        case .registrationDateInFuture: "De datum mag niet in de toekomst liggen (vandaag is het {today})."
        case .registrationDateTooEarly: "De datum moet in {year} of later liggen."
        case .registrationOrderOtherMunicipality: "Bestelling {id} is geen bestelling van {municipality}."
        case .registrationPartnersInvalid: "Geef hoogstens {max} namen van organisaties, elk op één regel en van hoogstens {max_length} tekens."
        case .highlightUnknown: "Dit verhaal bestaat niet (meer)."
        case .highlightRegistrationsInvalid: "Kies 1 tot en met {max} registraties waar het verhaal over gaat (hun nummers), elk één keer."
        case .highlightRegistrationUnknown: "Er is geen registratie met nummer {id}."
        case .highlightRegistrationElsewhere: "Registratie {id} is van {registration_municipality} in {registration_year}; een verhaal van {municipality} in {year} gaat alleen over registraties van die gemeente in dat jaar."
        case .forewordNone: "Voor {year} is nog geen voorwoord geschreven."
        case .reportNotPublished: "Het jaarbericht van {municipality} over {year} is nog niet gepubliceerd."
        case .bulkRefused: "In de {rows} regels staan fouten (aantal: {problems}); er is niets opgeslagen. Verbeter de fouten en probeer het opnieuw."
        case .bulkNoRows: "Het bestand bevat geen regels onder de kopregel."
        case .bulkTooManyRows: "Het bestand bevat {rows} regels; stuur er hoogstens {max} tegelijk."
        case .bulkBadBody: "Stuur een JSON-lijst van registraties, of een CSV-bestand."
        case .bulkCSVMalformed: "Het CSV-bestand is niet goed opgebouwd bij regel {line}."
        case .bulkUnknownColumn: "Deze kolom kent het systeem niet (zie de kopregel)."
        case .bulkColumnTwice: "Deze kolom staat twee keer in de kopregel."
        case .bulkCellCount: "Deze regel heeft {cells} cellen, de kopregel noemt er {columns}; zet een cel met een komma of puntkomma tussen aanhalingstekens."
        case .budgetOwnOnly: "Een gemeente mag alleen haar eigen budgetten lezen."
        case .budgetNone: "Voor {municipality} is voor {year} geen budget vastgesteld: er is geen grens."
        case .orderUnknown: "Er is geen bestelling met nummer {id}."
        case .orderNoLines: "Voeg minstens één regel toe."
        case .orderTooManyLines: "Een bestelling heeft hoogstens {max} regels."
        case .orderLineTooLarge: "Met dit aantal wordt het bedrag te hoog."
        case .orderTotalTooLarge: "Het totaalbedrag wordt te hoog."
        case .orderOverCeiling: "Het nettobedrag van deze bestelling is hoger dan {max_cents}, het meeste dat één bestelling mag kosten."
        case .orderActivityArchived: "Activiteit {activity} is gearchiveerd en kan niet meer worden besteld."
        case .orderActivityUnpriced: "Activiteit {activity} heeft geen prijs voor {year}."
        case .orderInhabitantsMissing: "Activiteit {activity} wordt per inwoner geprijsd, en van {municipality} is het aantal inwoners in {year} niet bekend. Vraag de bibliotheekorganisatie het aantal in te voeren."
        case .orderTooMany: "{municipality} heeft al {count} bestellingen voor {year}, het meeste voor één jaar; wijzig liever een bestaand concept."
        case .orderPricesUnpublished: "De prijslijst van {year} is nog niet gepubliceerd; bestellingen voor {year} kunnen worden ingediend zodra dat is gebeurd."
        case .orderOverYearCeiling: "Met deze bestelling komen de bestellingen van {municipality} voor {year} op {total_cents} netto, meer dan {max_cents}, het meeste voor één gemeente in één jaar."
        case .orderDeadlinePassed: "De besteltermijn van {municipality} voor {year} liep af op {deadline}; vraag de bibliotheekorganisatie de bestelling in te dienen."
        case .orderOverBudget: "Deze bestelling past niet in uw budget voor {year}: samen met de al ingediende en bevestigde bestellingen komt het totaal op {total_cents} netto, {exceeded_by_cents} boven het budget van {budget_cents}. Verlaag de aantallen, of overleg met de budgethouder van uw gemeente of met de bibliotheekorganisatie."
        case .orderOwnMunicipalityOnly: "U mag alleen bestellen voor uw eigen gemeente."
        case .orderNotDraft: "Alleen een concept kan worden gewijzigd. Een beheerder kan een ingediende bestelling heropenen."
        case .orderStepNotAllowed: "Deze stap kan niet in de huidige status van de bestelling. Laad de bestelling opnieuw."
        case .orderStepForbidden: "Deze stap mag u niet zetten bij een bestelling in deze status."
        case .orderReasonRequired: "Geef een reden om een bevestigde bestelling te annuleren."
        case .pricesPublished: "De prijslijst van {year} is gepubliceerd en kan niet meer veranderen; indexeer haar naar een nieuw jaar."
        case .pricesNoneToPublish: "Dit jaar heeft nog geen prijzen om te publiceren."
        case .pricesNoneToIndex: "Dit jaar heeft geen prijzen om te indexeren."
        case .pricesTargetHasPrices: "{year} heeft al {count} prijzen; kies voor overschrijven om ze te vervangen."
        case .pricesPercentTooLarge: "Met dit percentage wordt een prijs te hoog."
        case .pricesPercentInvalid: "Vul een percentage in als tekst, zoals \"3.2\": hoogstens 4 decimalen en meer dan -100."
        case .pricesVATRateInvalid: "Kies een btw-tarief: {allowed}."
        case .pricesSameYear: "Kies een ander jaar dan het jaar waaruit u indexeert."
        case .webhookUnknown: "Deze webhook bestaat niet (meer)."
        case .webhookLimit: "Er zijn al {max} webhooks, het maximum; verwijder er eerst een."
        case .webhookDeliveryUnknown: "Deze aflevering bestaat niet (meer)."
        case .webhookDeliverySucceeded: "Aflevering {id} is gelukt en wordt niet opnieuw verstuurd."
        case .webhookEventsInvalid: "Geef een niet-lege lijst van soorten gebeurtenissen."
        case .webhookEventsUnknown: "Kies alleen uit: {allowed}."
        case .webhookURLNotHTTP: "Vul een http- of https-adres in."
        case .webhookURLNoHost: "Het adres mist de naam van een server."
        case .webhookURLBadPort: "Het poortnummer moet van 1 tot en met 65535 zijn."
        case .webhookURLLocal: "Dit adres wijst naar deze server zelf (localhost); webhooks gaan alleen naar openbare servers."
        case .webhookURLPrivate: "Dit adres wijst naar een intern of privé-netwerk; webhooks gaan alleen naar openbare servers."
        case .webhookURLUnresolvable: "De server in dit adres is niet te vinden."
        case .rangeDateRequired: "Vul een datum in (JJJJ-MM-DD)."
        case .rangeEndBeforeStart: "De einddatum mag niet voor de begindatum liggen."
        case .rangeTooLong: "Kies een periode van hoogstens {years} jaar."
        case .statisticsOwnOnly: "U mag alleen de cijfers van uw eigen gemeente lezen."
        case .statisticsFigureUnknown: "Dit cijfer staat niet in het jaarverslag. Kies de code van een kengetal uit ‘figures’ van het jaarverslag (zoals members_total of participation_rate), of programme.<programma>.<maat> met als programma {programmes} en als maat {measures}."
        case .statisticsOrganisationFigureUnknown: "Dit is geen kengetal van de organisatie. Kies een van deze: {allowed}."
        case .serverInternal: "De server kon dit verzoek niet afhandelen. Noem verzoeknummer {request_id} als u dit meldt."
        case .serverAmountsOverflow: "De opgeslagen bedragen zijn te groot om op te tellen; het verzoek is niet uitgevoerd. Noem verzoeknummer {request_id} als u dit meldt."
        case .serverWorkbookFailed: "De server kon het Excel-bestand niet maken. Noem verzoeknummer {request_id} als u dit meldt."
        case .serverDiskFull: "De schijf van de database is vol; er is niets van dit verzoek opgeslagen. Probeer het opnieuw als de beheerder ruimte heeft vrijgemaakt."
        case .serverDatabaseBusy: "De database is even bezet; probeer het zo opnieuw."
        case .serverNotReadyDiskFull: "De schijf van de database is vol: wijzigingen mislukken tot de beheerder ruimte heeft vrijgemaakt."
        case .serverDatabaseUnreachable: "De database is niet bereikbaar of niet bijgewerkt."
        }
    }

    package static func render(_ message: Message) -> String {
        var text = template(message.code)
        for (name, value) in message.params where text.contains("{\(name)}") {
            text = text.replacingOccurrences(of: "{\(name)}", with: say(value, named: name))
        }
        return text
    }

    /// One parameter as a Dutch reader expects it.
    package static func say(_ value: JSONValue, named name: String) -> String {
        switch value {
        case .string(let text): return CalendarDate.isValid(text) ? longDate(text) : text
        case .number(let number):
            if name.hasSuffix("_cents"), let cents = number.int64 { return DutchText.money(cents: cents) }
            return number.text
        case .bool(let flag): return flag ? "ja" : "nee"
        case .array(let items):
            let words = items.map { say($0, named: "") }
            guard words.count > 1 else { return words.first ?? "" }
            return words.dropLast().joined(separator: ", ") + " of " + (words.last ?? "")
        case .null: return ""
        case .object: return ""
        }
    }

    package static let monthNames = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
                             "september", "oktober", "november", "december"]

    /// "2026-03-12" → "12 maart 2026".
    package static func longDate(_ iso: String) -> String {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]) else { return iso }
        return "\(parts[2]) \(monthNames[parts[1] - 1]) \(parts[0])"
    }
}
