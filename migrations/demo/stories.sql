-- The demo data's second file (after demo.sql, which older schemas load too: these tables
-- came with migration 0022). Issue 24: the stories of Midden-Drenthe's jaarbericht 2024, written for the demo (in the
-- spirit of the printed report, not its words). Each is about registrations of demo.sql; its
-- figures (participants, sessions, dates) are computed from them, never stored. The
-- organisation's foreword of 2024, and Midden-Drenthe's report of 2024 published.
INSERT INTO highlight (id, municipality, year, programme, title, text, quote, quote_by, created_at, updated_at) VALUES
    (1, 'midden-drenthe', 2024, 'leesbevordering', 'Kinderboekenweek: eigenwijs voorlezen in drie vestigingen',
     'Tijdens de Kinderboekenweek stond in Beilen, Smilde en Westerbork een voorleesochtend op het programma. Het thema nodigde kinderen uit om hun eigen mening te geven over de verhalen, en dat deden ze volop.

Na het voorlezen gingen de kinderen zelf aan de slag met tekenen en vertellen. Veel ouders bleven erbij en namen na afloop boeken mee naar huis.',
     'Mijn zoon wilde na afloop meteen lid worden van de bibliotheek.', 'een ouder in Smilde',
     '2024-10-14T09:00:00Z', '2024-10-14T09:00:00Z'),
    (2, 'midden-drenthe', 2024, 'geletterdheid', 'Oefenpleinen: samen oefenen met taal en digitaal',
     'In het najaar begon de bibliotheek met een proef: het Oefenplein. Op een vaste middag kunnen inwoners binnenlopen om te oefenen met lezen, schrijven en de computer, met een vrijwilliger naast zich.

De proef liep in alle drie de vestigingen. Wie kwam, kwam vaak terug; een aantal deelnemers stroomde door naar het Taalcafé.',
     NULL, NULL, '2024-12-02T09:00:00Z', '2024-12-02T09:00:00Z'),
    (3, 'midden-drenthe', 2024, 'geletterdheid', 'Een taalavond voor cursisten en vrijwilligers',
     'In de Week van lezen en schrijven organiseerde de bibliotheek samen met het Taalhuis en partners uit het sociaal domein een avond in Beilen voor iedereen die met taal bezig is.

Cursisten vertelden over wat het leren hun had gebracht, vrijwilligers wisselden ervaringen uit en nieuwe vrijwilligers meldden zich aan.',
     'Ik durf nu zelf een brief van de gemeente te lezen.', 'een cursist',
     '2024-09-20T09:00:00Z', '2024-09-20T09:00:00Z'),
    (4, 'midden-drenthe', 2024, 'leren-en-ontwikkelen', 'Escaperoom in de Boekenweek van Jongeren',
     'Tijdens de Boekenweek van Jongeren veranderden de vestigingen in een escaperoom. In teams losten jongeren puzzels op die verwezen naar de boeken van die week.

Het bleek een goede manier om tieners de bibliotheek binnen te krijgen die er anders zelden komen.',
     NULL, NULL, '2024-09-30T09:00:00Z', '2024-09-30T09:00:00Z');

INSERT INTO highlight_registration (highlight_id, registration_id) VALUES
    (1, 316), (1, 317), (1, 319),
    (2, 342), (2, 344), (2, 346), (2, 349), (2, 351),
    (3, 341),
    (4, 287), (4, 288), (4, 289);

INSERT INTO report_foreword (year, text, updated_at) VALUES
    (2024, 'Voor u ligt het jaarbericht over 2024. Het laat zien wat de bibliotheek in uw gemeente het afgelopen jaar heeft gedaan: voor kinderen die leren lezen, voor inwoners die willen meedoen, en voor iedereen die zich wil blijven ontwikkelen.

Achter elk getal in dit bericht staan mensen en activiteiten. De verhalen laten er een paar van zien; de cijfers zijn terug te voeren op de registraties waar ze uit komen.

Wij danken de gemeente en alle partners voor de samenwerking.', '2025-01-20T09:00:00Z');

INSERT INTO report_publication (municipality, year, state, published_at, updated_at) VALUES
    ('midden-drenthe', 2024, 'published', '2025-02-01T09:00:00Z', '2025-02-01T09:00:00Z');
