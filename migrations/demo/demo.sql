-- Demo data for `catalogus seed --demo`: the libraries of Midden-Drenthe (Biblionet Drenthe)
-- as described in their annual report 2024 (shared/seed/jaarbericht-midden-drenthe-2024.txt).
--
-- Loaded once, inside one transaction, by the seed command; the loader records the
-- demo_marker row itself, so this file holds plain INSERTs only.
--
-- Real data: municipality names and CBS codes, Midden-Drenthe's 34,021 inhabitants in 2024,
-- activity names and descriptions from the report. Invented data is flagged: every other
-- inhabitant count and every price has is_example = 1.

-- ------------------------------------------------------------------------------------------
-- The twelve municipalities of Drenthe, with their CBS municipality codes.
-- ------------------------------------------------------------------------------------------
INSERT INTO municipality (slug, cbs_code, name, created_at, updated_at) VALUES
    ('aa-en-hunze', 'GM1680', 'Aa en Hunze', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('assen', 'GM0106', 'Assen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 'GM1681', 'Borger-Odoorn', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('coevorden', 'GM0109', 'Coevorden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('de-wolden', 'GM1690', 'De Wolden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('emmen', 'GM0114', 'Emmen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('hoogeveen', 'GM0118', 'Hoogeveen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('meppel', 'GM0119', 'Meppel', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 'GM1731', 'Midden-Drenthe', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('noordenveld', 'GM1699', 'Noordenveld', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('tynaarlo', 'GM1730', 'Tynaarlo', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    ('westerveld', 'GM1701', 'Westerveld', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Inhabitants on 1 January. Real (is_example = 0): Midden-Drenthe 2024, 34,021, as printed
-- in the report. All other counts are invented but plausible examples (is_example = 1),
-- including every 2025 and 2026 figure.
-- ------------------------------------------------------------------------------------------
INSERT INTO municipality_inhabitants (municipality, year, count, is_example, updated_at) VALUES
    ('aa-en-hunze', 2023, 25694, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2024, 25903, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2025, 26018, 1, '2024-01-01T00:00:00Z'),
    ('aa-en-hunze', 2026, 26121, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2023, 68958, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2024, 69573, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2025, 70012, 1, '2024-01-01T00:00:00Z'),
    ('assen', 2026, 70398, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2023, 25712, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2024, 25861, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2025, 25934, 1, '2024-01-01T00:00:00Z'),
    ('borger-odoorn', 2026, 25989, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2023, 35684, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2024, 35872, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2025, 35951, 1, '2024-01-01T00:00:00Z'),
    ('coevorden', 2026, 36017, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2023, 24563, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2024, 24719, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2025, 24832, 1, '2024-01-01T00:00:00Z'),
    ('de-wolden', 2026, 24908, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2023, 107712, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2024, 108253, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2025, 108604, 1, '2024-01-01T00:00:00Z'),
    ('emmen', 2026, 108897, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2023, 56047, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2024, 56381, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2025, 56618, 1, '2024-01-01T00:00:00Z'),
    ('hoogeveen', 2026, 56834, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2023, 34608, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2024, 35004, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2025, 35377, 1, '2024-01-01T00:00:00Z'),
    ('meppel', 2026, 35702, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2023, 33758, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2024, 34021, 0, '2024-01-01T00:00:00Z'),  -- real: jaarbericht 2024
    ('midden-drenthe', 2025, 34186, 1, '2024-01-01T00:00:00Z'),
    ('midden-drenthe', 2026, 34302, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2023, 32912, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2024, 33104, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2025, 33218, 1, '2024-01-01T00:00:00Z'),
    ('noordenveld', 2026, 33327, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2023, 34947, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2024, 35296, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2025, 35519, 1, '2024-01-01T00:00:00Z'),
    ('tynaarlo', 2026, 35703, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2023, 20348, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2024, 20517, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2025, 20609, 1, '2024-01-01T00:00:00Z'),
    ('westerveld', 2026, 20688, 1, '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Locations. The address holds the town only: the report gives no street addresses.
-- ------------------------------------------------------------------------------------------
INSERT INTO location (id, municipality, name, kind, address, created_at, updated_at) VALUES
    -- Midden-Drenthe: the three library branches named in the report.
    (1, 'midden-drenthe', 'Bibliotheek Beilen', 'branch', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (2, 'midden-drenthe', 'Bibliotheek Smilde', 'branch', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (3, 'midden-drenthe', 'Bibliotheek Westerbork', 'branch', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- An invented service point (example), to show the kind.
    (4, 'midden-drenthe', 'Servicepunt Hooghalen', 'service_point', 'Hooghalen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- External places: the report speaks of village halls, schools, childcare and GP practices
    -- (IDO office hours) without naming them; Volta and Welzijnswerk Midden-Drenthe are named.
    -- The other names below are illustrative.
    (5, 'midden-drenthe', 'Dorpshuis Wijster', 'external', 'Wijster', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (6, 'midden-drenthe', 'Dorpshuis Nieuw-Balinge', 'external', 'Nieuw-Balinge', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (7, 'midden-drenthe', 'Dorpshuis Hijken', 'external', 'Hijken', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (8, 'midden-drenthe', 'Welzijnswerk Midden-Drenthe', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (9, 'midden-drenthe', 'Huisartsenpraktijk Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (10, 'midden-drenthe', 'Huisartsenpraktijk Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (11, 'midden-drenthe', 'Volta (voortgezet onderwijs)', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (12, 'midden-drenthe', 'Openbare basisschool Wijster', 'external', 'Wijster', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (13, 'midden-drenthe', 'Christelijke basisschool Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (14, 'midden-drenthe', 'Basisschool Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (15, 'midden-drenthe', 'Kinderopvang Beilen', 'external', 'Beilen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (16, 'midden-drenthe', 'Kinderopvang Smilde', 'external', 'Smilde', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (17, 'midden-drenthe', 'Peuteropvang Westerbork', 'external', 'Westerbork', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    -- One branch in some of the other municipalities.
    (18, 'assen', 'Bibliotheek Assen', 'branch', 'Assen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (19, 'emmen', 'Bibliotheek Emmen', 'branch', 'Emmen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (20, 'hoogeveen', 'Bibliotheek Hoogeveen', 'branch', 'Hoogeveen', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (21, 'meppel', 'Bibliotheek Meppel', 'branch', 'Meppel', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (22, 'coevorden', 'Bibliotheek Coevorden', 'branch', 'Coevorden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (23, 'noordenveld', 'Bibliotheek Roden', 'branch', 'Roden', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (24, 'aa-en-hunze', 'Bibliotheek Gieten', 'branch', 'Gieten', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (25, 'tynaarlo', 'Bibliotheek Zuidlaren', 'branch', 'Zuidlaren', '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Activities, grouped by programme area (the chapters of the report). Names, places and
-- 2024 figures in the descriptions come from the report; max_participants are examples.
-- The FTS index (activity_search) is filled by the insert trigger.
-- ------------------------------------------------------------------------------------------

-- leren-en-ontwikkelen: Drenthe leert en ontwikkelt
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (1, 'lezing-stamboomonderzoek', 'Lezing Stamboomonderzoek',
     'Een lezing over genealogisch onderzoek: waar komt jouw familie vandaan?',
     'Historica en erfgoedspecialist Saskia Poelman vertelt welke mogelijkheden er zijn om te onderzoeken waar je familie vandaan komt. De lezing sluit aan bij het Boekenweekthema Bij ons in de familie. Deelnemers krijgen tips over archieven, websites en de bronnen in de bibliotheek.',
     'leren-en-ontwikkelen', 'lecture', 'activity', NULL, 60, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (2, 'workshop-die-andere-ouders', 'Workshop Die andere ouders doen ook maar wat',
     'Een energieke workshop over ouderschap met humoristische tips van auteur Elsbeth Teeling.',
     'Elsbeth Teeling, auteur van Relax Mama en Love Mama, brengt op een toegankelijke manier belangrijke inzichten over het ouderschap. Ouders leren hoe ze de druk van het ouderschap verlichten zonder zichzelf te verliezen. In 2024 vond de workshop plaats in Bibliotheek Beilen.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 25, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (3, 'biebfabriek', 'BiebFabriek',
     'Spelenderwijs programmeren en aan de slag met robots voor kinderen van 8 tot en met 12 jaar.',
     'De BiebFabriek is een gevarieerd en educatief programma over digitale vaardigheden. Kinderen programmeren hun eigen bouwwerken van Lego en gaan aan de slag met de robots van de BiebFabriek. De activiteiten sluiten aan bij het platform www.biebfabriek.nl; de prijs geldt per bijeenkomst.',
     'leren-en-ontwikkelen', 'workshop', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (4, 'escaperoom', 'Escaperoom',
     'Een escaperoom voor tieners en jongeren tijdens de Boekenweek van Jongeren.',
     'Tieners en jongeren kiezen uit twee spellen: Vlogmysterie, waarin ze via de vlogs van @Zomaar_Saar een verdwijning ontrafelen, of Voorhovens Vennootschap, over een lab dat meer blijkt te bevatten dan het lijkt. Samen puzzels oplossen traint samenwerken, communiceren en probleemoplossend denken. Een middag biedt plaats aan meerdere groepen van maximaal zes spelers.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 30, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (5, 'verhalenbrink', 'De Verhalenbrink',
     'Lokale geschiedenis tot leven gebracht in de bibliotheek van Beilen, samen met de Historische Vereniging.',
     'Bij De Verhalenbrink in Beilen tekenen we verhalen uit de lokale geschiedenis op en presenteren we die met zuilen, maquettes en activiteiten. In 2024 bereiden we het hoofdstuk Scheepvaart van Beilen - toen en nu voor, over de turf- en beurtschepen die de Haven aandeden. Leerlingen van Volta maken een maquette en er volgen een knutselmiddag en een wandeling naar de Haven.',
     'leren-en-ontwikkelen', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (6, 'goodhabitz-soofos', 'Online cursussen GoodHabitz en Soofos',
     'Bibliotheekleden volgen gratis online cursussen op de leerplatformen GoodHabitz en Soofos.',
     'Als lid van de bibliotheek heb je toegang tot meer dan honderd online cursussen, van creatieve en technische vaardigheden tot persoonlijke groei en professionele ontwikkeling. In 2024 volgden leden 4.373 cursussen via GoodHabitz en 5.024 via Soofos. De gemeente betaalt voor de licenties een bijdrage per inwoner.',
     'leren-en-ontwikkelen', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (7, 'theaterworkshop-lekker-eigenwijs', 'Theaterworkshop Lekker eigenwijs!',
     'Kinderen bedenken samen fantasievolle scènes, geïnspireerd op Word nooit groot van Roald Dahl.',
     'In deze theaterworkshop van Garage TDI tijdens de Kinderboekenweek bedenken twintig kinderen humoristische scènes over een wereld waarin kinderen nooit groot worden. Aan het eind spelen ze hun scènes voor hun ouders en verzorgers. Kinderboeken zitten vol sterke personages die laten zien hoe leuk het is om lekker eigenwijs te zijn.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 20, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (8, 'boetiek-creatiek', 'Workshop Boetiek Creatiek: eigenwijze zelfportretten',
     'Met houtskool en een groot vel papier maken kinderen hun eigen eigenwijze zelfportret.',
     'Boetiek Creatiek komt in oktober langs in de bibliotheken van Westerbork en Smilde. Geïnspireerd door het boek De gemeneriken leren kinderen hoe ze hun eigen, unieke karakters tot leven brengen. In 2024 deden zestien kinderen mee.',
     'leren-en-ontwikkelen', 'workshop', 'activity', NULL, 16, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- leesbevordering: Drenthe leest: leesbevordering
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (9, 'boekstart-babykoffertje', 'BoekStart voor baby''s (BoekStart-koffertje)',
     'Ouders van baby''s halen met een waardebon gratis een BoekStart-koffertje op en hun baby wordt gratis lid.',
     'BoekStart bevordert het (voor)lezen met kinderen van nul tot vier jaar. In het koffertje zitten twee boekjes en een folder met voorlees- en boekentips; ouders krijgen de waardebon via de gemeente, de kinderopvang of het consultatiebureau. De bibliotheek zorgt ook voor een collectie voor baby''s. In 2024 deelden we in Midden-Drenthe 165 koffertjes uit.',
     'leesbevordering', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (10, 'boekstart-kinderopvang', 'BoekStart in de kinderopvang',
     'Een leesbevorderingsprogramma dat kinderen van nul tot vier jaar via de kinderopvang met boeken in aanraking brengt.',
     'De bibliotheek richt een aantrekkelijke voorleesplek in met een collectie geschikte boekjes, schoolt pedagogisch medewerkers en betrekt ouders via een voorleesplan. Bij de start van een nieuwe locatie leiden we een pedagogisch medewerker op tot voorleescoördinator. In 2024 deden in Midden-Drenthe 19 kinderopvanglocaties mee; de prijs geldt per locatie per jaar.',
     'leesbevordering', 'programme', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (11, 'kleintje-bieb-plaatjes-en-praatjes', 'Kleintje Bieb: Plaatjes en praatjes',
     'Maandelijks samen voorlezen, zingen, spelen en knutselen voor kinderen van 1,5 tot 4 jaar en hun ouders.',
     'Plaatjes en praatjes is een voorleesactiviteit van Kleintje Bieb in Westerbork, Beilen en Smilde. Rond een thema lezen we samen voor, zingen we, doen we spelletjes en knutselen we. Gemiddeld komen er zo''n vijftien kinderen per bijeenkomst.',
     'leesbevordering', 'meeting', 'session', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (12, 'kleintje-bieb-boekjes-en-brabbels', 'Kleintje Bieb: Boekjes & Brabbels',
     'Voorlezen, versjes en liedjes voor baby''s met hun ouders, opa''s en oma''s.',
     'Boekjes & Brabbels is de Kleintje Bieb-activiteit voor de allerjongsten. Ouders ontdekken hoe leuk het is om met hun baby op schoot een boekje te lezen en krijgen tips om thuis voor te lezen. Samen lezen stimuleert de taal- en spraakontwikkeling en verhoogt de concentratie.',
     'leesbevordering', 'meeting', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (13, 'boekstartdag', 'Landelijke BoekStartdag',
     'Een feestelijke ochtend vol verhalen, knutselen en de Boekenbeer voor peuters en hun ouders.',
     'Op de BoekStartdag beleven de jongste kinderen in Bibliotheek Beilen een avontuur vol plezier en liefde voor boeken. Er wordt voorgelezen, er is een blotevoetenpad, kinderen gaan op de foto met de Boekenbeer, versieren een bloempot en planten een zaadje. Tot slot versieren de deelnemers een beschuitje.',
     'leesbevordering', 'meeting', 'activity', NULL, 40, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (14, 'dbos-primair-onderwijs', 'de Bibliotheek op school (primair onderwijs)',
     'Dagelijkse aandacht voor leesplezier en mediawijsheid op de basisschool, samen met school en gemeente.',
     'Deskundige educatiemedewerkers ondersteunen leerkrachten om leesbevordering een plek te geven in het dagelijks onderwijs, met inspirerende boeken, activiteiten voor de groepen en een digitale lees- en leeromgeving. Jaarlijks monitoren we de resultaten en kiezen we met directeur en leescoördinator de speerpunten. In 2024 werkten 18 basisscholen in Midden-Drenthe met dBos, met 2.405 leerlingen; de prijs geldt per school per schooljaar.',
     'leesbevordering', 'programme', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (15, 'dbos-voortgezet-onderwijs', 'de Bibliotheek op school (voortgezet onderwijs)',
     'Leesbevordering en mediawijsheid voor scholieren in het voortgezet onderwijs.',
     'Ook in het voortgezet onderwijs werkt de bibliotheek met de school aan leesplezier, leesbegrip en mediawijsheid. Scholen financieren dit programma meestal zelf; een gemeente kan het aanvullend afnemen. In 2024 deed in Midden-Drenthe één school voor voortgezet onderwijs mee.',
     'leesbevordering', 'programme', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (16, 'nationale-voorleesdagen-voorstelling', 'Nationale Voorleesdagen: voorstelling',
     'Een interactieve poppentheatervoorstelling rond het Prentenboek van het Jaar voor kinderen van 2 tot en met 6 jaar.',
     'Tijdens De Nationale Voorleesdagen toveren we de bibliotheek om tot een vrolijk decor. In 2024 speelde poppentheater Jinky''s Mikmak een voorstelling naar Help! Een verrassing! van Miriam Bos, in Smilde en Beilen, voor bijna 110 bezoekers. Ouders krijgen tips over het belang van dagelijks voorlezen.',
     'leesbevordering', 'performance', 'activity', NULL, 60, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (17, 'kinderboekenweek', 'Kinderboekenweek',
     'Activiteiten in alle vestigingen rond het jaarlijkse thema van de Kinderboekenweek.',
     'Tijdens de Kinderboekenweek (in 2024 van 2 tot en met 13 oktober, thema Lekker Eigenwijs) vinden kinderen in de bibliotheek boeken die hen inspireren. We organiseren voorleesmomenten, boekpresentaties en klassenbezoeken en stellen scholen campagnemateriaal ter beschikking. De prijs geldt per jaar voor het campagneprogramma van de gemeente.',
     'leesbevordering', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (18, 'leskist-kansrijk', 'Leskist Kansrijk',
     'Een leskist met zes lessen over armoede en schulden die ook de leesvaardigheid versterkt.',
     'De Leskist Kansrijk - doorbreek de cirkel van armoede maakt leerlingen bewust van armoede en schulden en laat de leerkracht zien hoe armoede de ontwikkelkansen van leerlingen beïnvloedt. De kist bevat zes lessen, boeken en opdrachten waarmee iedere leerling op eigen niveau meedoet. In 2024 gebruikten de brugklassen van Volta de leskist bij maatschappijleer.',
     'leesbevordering', 'service', 'school_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (19, 'webinar-voorleesdagen', 'Webinar De Nationale Voorleesdagen',
     'Een online bijeenkomst voor leerkrachten en pedagogisch medewerkers over het Prentenboek van het Jaar.',
     'In aanloop naar De Nationale Voorleesdagen presenteren we het Prentenboek van het Jaar, de Prentenboeken Top 10 en andere voorleesboeken. Deelnemers krijgen verwerkingsactiviteiten mee, zoals beweegactiviteiten, ondersteunende gebaren en muziek. In 2024 organiseerden we twee webinars, op 9 januari en op 10 december.',
     'leesbevordering', 'lecture', 'activity', NULL, 100, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (20, 'online-bibliotheek', 'Online Bibliotheek',
     'Leden lenen gratis e-books en luisterboeken via de Online Bibliotheek.',
     'Via de Online Bibliotheek lenen leden e-books en luisterboeken op hun telefoon, tablet of e-reader. Het aantal actieve leden in Drenthe steeg van 10.804 in 2023 naar 11.536 in 2024; vooral luisterboeken zijn populair. De bijdrage wordt berekend per inwoner van de gemeente.',
     'leesbevordering', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- geletterdheid: Drenthe leest: werken aan geletterdheid
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (21, 'taalhuis', 'Taalhuis',
     'Een vaste plek waar volwassenen terechtkunnen met vragen over lezen, schrijven, rekenen en digitale vaardigheden.',
     'Het Taalhuis richt zich vooral op NT1''ers: mensen met Nederlands als moedertaal die moeite hebben met lezen en schrijven. Inwoners komen op eigen initiatief of worden doorverwezen door wijkteams, welzijn, gemeente, onderwijs, woningcorporaties en de GGD. De bibliotheek is vaste partner in het taalnetwerk en verbindt nieuwe partners aan het Taalhuis; de prijs geldt per jaar.',
     'geletterdheid', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (22, 'taalhuis-inloopspreekuur', 'Inloopspreekuur Taalhuis',
     'Zonder afspraak binnenlopen met een vraag over taal, rekenen of een formulier.',
     'Tijdens het inloopspreekuur van het Taalhuis helpen de taalhuiscoördinator en getrainde vrijwilligers bezoekers op weg. Samen bekijken we welke leerroute of cursus past, of we verwijzen door naar een partner in het taalnetwerk. De prijs geldt per spreekuur (dagdeel).',
     'geletterdheid', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (23, 'digi-taalhuis', 'Digi-Taalhuis',
     'Het Taalhuis uitgebreid met hulp bij digitale vaardigheden en vragen over zorg, geld en overheid.',
     'In 2024 zetten we de eerste stappen naar een Digi-Taalhuis, waarin taal, rekenen en digitale vaardigheden samenkomen. Bezoekers krijgen informatie en hulp bij vragen over bijvoorbeeld zorg, geldzaken of overheidszaken. Iedereen is welkom, je hoeft geen lid te zijn; de prijs geldt per vestiging per jaar.',
     'geletterdheid', 'programme', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (24, 'oefenplein', 'Oefenplein',
     'Een open inloop waar bezoekers op hun eigen niveau werken aan een gerichte leervraag.',
     'Op het Oefenplein bekijken we samen met de bezoeker wat hij of zij precies wil leren en welke leerroute daarbij past. Bezoekers stappen direct in op hun eigen niveau en werken aan onderwerpen die voor hen nuttig zijn. Na de pilot in 2024 rollen we de Oefenpleinen in 2025 verder uit, met aandacht voor rekenen en taal.',
     'geletterdheid', 'office_hours', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (25, 'week-van-lezen-en-schrijven', 'Week van lezen en schrijven',
     'Een week extra aandacht voor laaggeletterdheid, vanaf Wereldalfabetiseringsdag.',
     'De Week van lezen en schrijven begint op Wereldalfabetiseringsdag; in 2024 liep de week van 8 tot en met 15 september. Samen met het Taalhuis, Welzijnswerk Midden-Drenthe en andere partners organiseren we activiteiten die laaggeletterdheid bespreekbaar maken. De prijs geldt per jaar voor het campagneprogramma.',
     'geletterdheid', 'programme', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (26, 'nederlandse-taalshow', 'De Nederlandse Taalshow',
     'Een vrolijke taalavond vol humor, zang en dans voor cursisten en vrijwilligers.',
     'Tijdens de Week van lezen en schrijven verzorgt De Nederlandse Taalshow een avond voor cursisten en vrijwilligers van het Taalhuis, de bibliotheek, Humanitas en de Avondschool. De show is bedoeld voor iedereen die het Nederlands op een vrolijke manier wil bijspijkeren. In 2024 vond de avond plaats op 12 september.',
     'geletterdheid', 'performance', 'activity', NULL, 120, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (27, 'taalcafe', 'Taalcafé',
     'Een ontspannen gesprekstafel om Nederlands te oefenen met vrijwilligers.',
     'In het Taalcafé oefenen deelnemers onder begeleiding van vrijwilligers met spreken en luisteren in het Nederlands. De onderwerpen sluiten aan bij het dagelijks leven, zoals boodschappen doen, de huisarts of de buurt. Volgens het ledenonderzoek hoort het Taalhuis/Taalcafé bij de bekendste activiteiten van de bibliotheek.',
     'geletterdheid', 'meeting', 'session', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- digitale-vaardigheden: Heel Drenthe doet mee
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (28, 'klik-en-tik', 'Cursus Klik&Tik',
     'Leren omgaan met laptop, tablet of iPad aan de hand van het oefenprogramma Klik&Tik.',
     'Deelnemers leren hoe een computer werkt en wat ze ermee kunnen doen: teksten typen en aanpassen, e-mails versturen en zoeken op internet. Voor deelnemers met een tablet of iPad ligt de nadruk op de bediening van hun eigen apparaat. De cursus telt vier dagdelen en wordt in Midden-Drenthe meerdere keren per jaar gegeven.',
     'digitale-vaardigheden', 'course', 'course', 4, 8, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (29, 'digisterker', 'Cursus Digisterker',
     'Zelf zaken regelen met de digitale overheid, zoals inloggen met DigiD.',
     'In de cursus Digisterker leren deelnemers websites van de overheid gebruiken en veilig inloggen met DigiD. Ze oefenen met het zoeken van informatie, het aanvragen van toeslagen en het zelfstandig regelen van zaken. De cursus telt vier dagdelen; we geven hem samen met lokale partners zoals welzijnsinstellingen.',
     'digitale-vaardigheden', 'course', 'course', 4, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (30, 'digivitaler', 'Cursus DigiVitaler',
     'Digitale zorg leren gebruiken: patiëntenportaal, gezondheidsapps en betrouwbare informatie.',
     'DigiVitaler helpt inwoners om digitaal zaken te regelen met de zorg, zoals het patiëntenportaal van de huisarts en online afspraken maken. Deelnemers leren betrouwbare gezondheidsinformatie vinden en oefenen op hun eigen apparaat. De cursus telt drie dagdelen.',
     'digitale-vaardigheden', 'course', 'course', 3, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (31, 'cursus-smartphone', 'Cursus Smartphone',
     'Alle basisfuncties van de smartphone in een cursus voor beginners.',
     'Deelnemers leren hun smartphone bedienen, veilig wifi gebruiken, wachtwoorden bewaren, foto''s maken, WhatsApp gebruiken en apps downloaden. Ook veilig online winkelen komt aan bod. Omdat er steeds volop aanmeldingen zijn, geven we de cursus in Midden-Drenthe meerdere keren per jaar.',
     'digitale-vaardigheden', 'course', 'course', 4, 10, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (32, 'ido-spreekuur', 'IDO-spreekuur (Informatiepunt Digitale Overheid)',
     'Hulp bij vragen over de digitale overheid, zoals DigiD, toeslagen en online formulieren.',
     'Speciaal opgeleide medewerkers van de bibliotheek helpen bezoekers tijdens het spreekuur van het Informatiepunt Digitale Overheid. Ze zoeken informatie op, maken afspraken bij andere instanties en verwijzen door met de IDO-informatiewaaier. Naast de vaste spreekuren in Beilen, Smilde en Westerbork zijn er spreekuren in dorpshuizen, wijkpunten en huisartsenpraktijken; de prijs geldt per spreekuur.',
     'digitale-vaardigheden', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (33, 'ido-informatiepunt', 'Informatiepunt Digitale Overheid in de vestiging',
     'Een zichtbaar informatiepunt in de bibliotheek als laagdrempelige vraagbaak voor digitale overheidszaken.',
     'Elke vestiging heeft een herkenbaar IDO-informatiepunt waar medewerkers eenvoudige vragen over digitaal meedoen bij de overheid direct beantwoorden. IDO-medewerkers volgen de basistraining IDO, de training Privacy in het IDO en intervisie; ook frontoffice-medewerkers zijn geschoold. De prijs geldt per vestiging per jaar.',
     'digitale-vaardigheden', 'service', 'location_year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (34, 'belastingaangifte-spreekuur', 'Belastingaangifte-spreekuur',
     'Hulp bij het invullen van de jaarlijkse belastingaangifte, op afspraak in de bibliotheek.',
     'Elk voorjaar organiseren we belastingspreekuren voor inwoners die hulp kunnen gebruiken bij hun aangifte inkomstenbelasting. Getrainde vrijwilligers van lokale partners helpen met inloggen, het controleren van de vooraf ingevulde aangifte en het aanvragen van toeslagen. De prijs geldt per spreekuur (dagdeel).',
     'digitale-vaardigheden', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (35, 'workshop-veilig-online-bankieren', 'Workshop Veilig online bankieren',
     'Leren veilig bankieren met app en computer en phishingberichten herkennen.',
     'Steeds vaker komen inwoners bij het IDO met vragen over digitaal bankieren. In deze workshop oefenen deelnemers met de bankapp, leren ze betalingen controleren en herkennen ze phishingberichten in e-mail en sms. We geven de workshop samen met lokale partners.',
     'digitale-vaardigheden', 'workshop', 'activity', NULL, 15, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- platform: Platformactiviteiten
INSERT INTO activity (id, code, name, summary, description, programme, format, unit, sessions_per_unit, max_participants, created_at, updated_at) VALUES
    (36, 'breicafe', 'Het Breicafé',
     'Samen breien, haken en bijpraten in de bibliotheek.',
     'In het Breicafé ontmoeten liefhebbers van handwerken elkaar bij een kop koffie. Beginners leren van ervaren breiers en de bibliotheek zet passende boeken en tijdschriften klaar. Het Breicafé is een van de activiteiten die de bibliotheek in Midden-Drenthe faciliteert als huiskamer van het dorp.',
     'platform', 'meeting', 'session', NULL, 20, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (37, 'koffieochtend', 'Koffieochtend',
     'Een laagdrempelige ochtend om elkaar te ontmoeten bij een kop koffie en de krant.',
     'Tijdens de koffieochtend is iedereen welkom, lid of niet, om elkaar te ontmoeten en bij te praten. Soms schuift een partner aan met informatie, bijvoorbeeld over welzijn of veiligheid. Zo is de bibliotheek de huiskamer van het dorp.',
     'platform', 'meeting', 'session', NULL, 30, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (38, 'meeleesclub', 'Meeleesclub',
     'Een leesclub waarin we samen een boek lezen en erover praten.',
     'In de Meeleesclub lezen deelnemers hetzelfde boek en bespreken ze het onder leiding van een gespreksleider. Ook wie minder vaardig leest kan aanschuiven: we lezen fragmenten samen hardop. De club komt eens per maand bij elkaar.',
     'platform', 'meeting', 'session', NULL, 12, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (39, 'filmavond', 'Filmavond',
     'Een film kijken en nabespreken in de sfeervolle setting van de bibliotheek.',
     'Op de filmavond vertonen we een film, vaak een boekverfilming of documentaire, met een korte inleiding en een nagesprek. De avond is een ontmoetingsmoment voor inwoners uit het dorp. De prijs is inclusief de vertoningslicentie.',
     'platform', 'performance', 'activity', NULL, 50, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (40, 'steunouder-spreekuur', 'Spreekuur Steunouder',
     'Een spreekuur waar ouders terechtkunnen met vragen over opvoeden en opgroeien.',
     'Steunouder biedt ouders die er even alleen voor staan een luisterend oor en praktisch advies. In de bibliotheek lopen ouders laagdrempelig binnen en gaan ze in gesprek met een vrijwilliger. De bibliotheek faciliteert het spreekuur met ruimte en een gastvrije ontvangst.',
     'platform', 'office_hours', 'session', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (41, 'silent-reading-sessie', 'Silent Reading Sessie',
     'In alle rust samen lezen, met live vioolmuziek en hapjes en drankjes.',
     'Tijdens de campagne Heel Nederland Leest organiseert Bibliotheek Beilen een sfeervolle Silent Reading Sessie. Bezoekers lezen Joe Speedboot van Tommy Wieringa of een zelf meegebracht boek. Live vioolmuziek en een selectie hapjes en drankjes maken de sessie tot een bijzondere beleving.',
     'platform', 'meeting', 'activity', NULL, 40, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (42, 'bibliotheek-aan-huis', 'Bibliotheek-aan-huis',
     'Vrijwilligers brengen boeken thuis bij lezers die niet zelf naar de bibliotheek kunnen komen.',
     'Met de Bibliotheek-aan-huis genieten leesliefhebbers die niet zelf naar de bibliotheek kunnen komen toch van de collectie. Een team vrijwilligers levert de gewenste boeken rechtstreeks aan huis. We bieden de service vanuit alle vestigingen in Midden-Drenthe aan en stemmen hem af op de wensen van iedere lezer; de prijs geldt per jaar.',
     'platform', 'service', 'year', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z'),
    (43, 'basisbibliotheekvoorziening', 'Basisbibliotheekvoorziening',
     'De fysieke bibliotheek als basis: collectie, openingstijden, werkplekken en een plek om elkaar te ontmoeten.',
     'De basisvoorziening omvat de vestigingen met hun collectie, openingstijden, medewerkers, werk- en studieplekken en ruimte voor activiteiten van inwoners en lokale organisaties. Zo is de bibliotheek podium, platform en werkplaats voor inwoners, instellingen en community''s. De bijdrage wordt, zoals gebruikelijk, per inwoner berekend.',
     'platform', 'service', 'inhabitant', NULL, NULL, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z');

-- ------------------------------------------------------------------------------------------
-- Audiences per activity, in order of importance (position 0 first).
-- ------------------------------------------------------------------------------------------
INSERT INTO activity_audience (activity_id, audience, position) VALUES
    (1, 'adults', 0), (1, 'seniors', 1),  -- lezing-stamboomonderzoek
    (2, 'parents', 0), (2, 'adults', 1),  -- workshop-die-andere-ouders
    (3, 'children', 0),  -- biebfabriek
    (4, 'teenagers', 0),  -- escaperoom
    (5, 'adults', 0), (5, 'seniors', 1), (5, 'schools', 2),  -- verhalenbrink
    (6, 'adults', 0), (6, 'seniors', 1),  -- goodhabitz-soofos
    (7, 'children', 0), (7, 'parents', 1),  -- theaterworkshop-lekker-eigenwijs
    (8, 'children', 0),  -- boetiek-creatiek
    (9, 'toddlers', 0), (9, 'parents', 1),  -- boekstart-babykoffertje
    (10, 'toddlers', 0), (10, 'professionals', 1), (10, 'parents', 2),  -- boekstart-kinderopvang
    (11, 'toddlers', 0), (11, 'parents', 1),  -- kleintje-bieb-plaatjes-en-praatjes
    (12, 'toddlers', 0), (12, 'parents', 1),  -- kleintje-bieb-boekjes-en-brabbels
    (13, 'toddlers', 0), (13, 'parents', 1),  -- boekstartdag
    (14, 'children', 0), (14, 'schools', 1), (14, 'professionals', 2),  -- dbos-primair-onderwijs
    (15, 'teenagers', 0), (15, 'schools', 1),  -- dbos-voortgezet-onderwijs
    (16, 'toddlers', 0), (16, 'children', 1), (16, 'parents', 2),  -- nationale-voorleesdagen-voorstelling
    (17, 'children', 0), (17, 'schools', 1),  -- kinderboekenweek
    (18, 'children', 0), (18, 'teenagers', 1), (18, 'schools', 2),  -- leskist-kansrijk
    (19, 'professionals', 0), (19, 'schools', 1),  -- webinar-voorleesdagen
    (20, 'adults', 0), (20, 'teenagers', 1), (20, 'seniors', 2),  -- online-bibliotheek
    (21, 'low_literate', 0), (21, 'adults', 1), (21, 'professionals', 2),  -- taalhuis
    (22, 'low_literate', 0), (22, 'adults', 1),  -- taalhuis-inloopspreekuur
    (23, 'low_literate', 0), (23, 'adults', 1), (23, 'seniors', 2),  -- digi-taalhuis
    (24, 'low_literate', 0), (24, 'adults', 1), (24, 'seniors', 2),  -- oefenplein
    (25, 'low_literate', 0), (25, 'adults', 1), (25, 'professionals', 2),  -- week-van-lezen-en-schrijven
    (26, 'low_literate', 0), (26, 'adults', 1),  -- nederlandse-taalshow
    (27, 'low_literate', 0), (27, 'adults', 1),  -- taalcafe
    (28, 'seniors', 0), (28, 'adults', 1), (28, 'low_literate', 2),  -- klik-en-tik
    (29, 'adults', 0), (29, 'seniors', 1),  -- digisterker
    (30, 'seniors', 0), (30, 'adults', 1),  -- digivitaler
    (31, 'seniors', 0), (31, 'adults', 1),  -- cursus-smartphone
    (32, 'adults', 0), (32, 'seniors', 1), (32, 'low_literate', 2),  -- ido-spreekuur
    (33, 'adults', 0), (33, 'seniors', 1),  -- ido-informatiepunt
    (34, 'adults', 0), (34, 'seniors', 1),  -- belastingaangifte-spreekuur
    (35, 'seniors', 0), (35, 'adults', 1),  -- workshop-veilig-online-bankieren
    (36, 'adults', 0), (36, 'seniors', 1),  -- breicafe
    (37, 'seniors', 0), (37, 'adults', 1),  -- koffieochtend
    (38, 'adults', 0), (38, 'seniors', 1), (38, 'low_literate', 2),  -- meeleesclub
    (39, 'adults', 0), (39, 'seniors', 1),  -- filmavond
    (40, 'parents', 0),  -- steunouder-spreekuur
    (41, 'adults', 0), (41, 'seniors', 1), (41, 'teenagers', 2),  -- silent-reading-sessie
    (42, 'seniors', 0), (42, 'adults', 1),  -- bibliotheek-aan-huis
    (43, 'adults', 0), (43, 'children', 1), (43, 'teenagers', 2), (43, 'seniors', 3);  -- basisbibliotheekvoorziening

-- ------------------------------------------------------------------------------------------
-- Prices (all examples, is_example = 1), in euro cents per unit. The report publishes no
-- prices. 2025 = 2024 indexed by 3.2 %, 2026 = 2025 indexed by 2.8 %, each rounded half up
-- to the cent. Per-inhabitant prices are cents per inhabitant (basic provision 18.50 euro).
-- VAT by format, consistently: lectures, performances and meetings 9 %; workshops 21 %;
-- courses, office hours, programmes and services 0 % (exempt or subsidised basic provision).
-- The price rows come before the price_year rows: a published year refuses new prices.
-- ------------------------------------------------------------------------------------------

-- 2024
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2024, 45000, 9, 1, '2024-01-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2024, 55000, 21, 1, '2024-01-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2024, 32500, 21, 1, '2024-01-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2024, 62500, 21, 1, '2024-01-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2024, 450000, 0, 1, '2024-01-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2024, 22, 0, 1, '2024-01-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2024, 85000, 21, 1, '2024-01-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2024, 60000, 21, 1, '2024-01-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2024, 425000, 0, 1, '2024-01-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2024, 35000, 0, 1, '2024-01-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2024, 17500, 9, 1, '2024-01-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2024, 15000, 9, 1, '2024-01-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2024, 40000, 9, 1, '2024-01-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2024, 250000, 0, 1, '2024-01-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2024, 325000, 0, 1, '2024-01-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2024, 65000, 9, 1, '2024-01-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2024, 180000, 0, 1, '2024-01-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2024, 27500, 0, 1, '2024-01-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2024, 55000, 9, 1, '2024-01-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2024, 95, 0, 1, '2024-01-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2024, 1250000, 0, 1, '2024-01-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2024, 12500, 0, 1, '2024-01-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2024, 480000, 0, 1, '2024-01-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2024, 14500, 0, 1, '2024-01-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2024, 150000, 0, 1, '2024-01-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2024, 175000, 9, 1, '2024-01-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2024, 11000, 9, 1, '2024-01-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2024, 95000, 0, 1, '2024-01-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2024, 95000, 0, 1, '2024-01-01T00:00:00Z'),  -- digisterker, per course
    (30, 2024, 75000, 0, 1, '2024-01-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2024, 85000, 0, 1, '2024-01-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2024, 12500, 0, 1, '2024-01-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2024, 320000, 0, 1, '2024-01-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2024, 14000, 0, 1, '2024-01-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2024, 42500, 21, 1, '2024-01-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2024, 6500, 9, 1, '2024-01-01T00:00:00Z'),  -- breicafe, per session
    (37, 2024, 5500, 9, 1, '2024-01-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2024, 9500, 9, 1, '2024-01-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2024, 35000, 9, 1, '2024-01-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2024, 7500, 0, 1, '2024-01-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2024, 60000, 9, 1, '2024-01-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2024, 850000, 0, 1, '2024-01-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2024, 1850, 0, 1, '2024-01-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- 2025 (2024 + 3.2 %)
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2025, 46440, 9, 1, '2024-11-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2025, 56760, 21, 1, '2024-11-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2025, 33540, 21, 1, '2024-11-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2025, 64500, 21, 1, '2024-11-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2025, 464400, 0, 1, '2024-11-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2025, 23, 0, 1, '2024-11-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2025, 87720, 21, 1, '2024-11-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2025, 61920, 21, 1, '2024-11-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2025, 438600, 0, 1, '2024-11-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2025, 36120, 0, 1, '2024-11-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2025, 18060, 9, 1, '2024-11-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2025, 15480, 9, 1, '2024-11-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2025, 41280, 9, 1, '2024-11-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2025, 258000, 0, 1, '2024-11-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2025, 335400, 0, 1, '2024-11-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2025, 67080, 9, 1, '2024-11-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2025, 185760, 0, 1, '2024-11-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2025, 28380, 0, 1, '2024-11-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2025, 56760, 9, 1, '2024-11-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2025, 98, 0, 1, '2024-11-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2025, 1290000, 0, 1, '2024-11-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2025, 12900, 0, 1, '2024-11-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2025, 495360, 0, 1, '2024-11-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2025, 14964, 0, 1, '2024-11-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2025, 154800, 0, 1, '2024-11-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2025, 180600, 9, 1, '2024-11-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2025, 11352, 9, 1, '2024-11-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2025, 98040, 0, 1, '2024-11-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2025, 98040, 0, 1, '2024-11-01T00:00:00Z'),  -- digisterker, per course
    (30, 2025, 77400, 0, 1, '2024-11-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2025, 87720, 0, 1, '2024-11-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2025, 12900, 0, 1, '2024-11-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2025, 330240, 0, 1, '2024-11-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2025, 14448, 0, 1, '2024-11-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2025, 43860, 21, 1, '2024-11-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2025, 6708, 9, 1, '2024-11-01T00:00:00Z'),  -- breicafe, per session
    (37, 2025, 5676, 9, 1, '2024-11-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2025, 9804, 9, 1, '2024-11-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2025, 36120, 9, 1, '2024-11-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2025, 7740, 0, 1, '2024-11-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2025, 61920, 9, 1, '2024-11-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2025, 877200, 0, 1, '2024-11-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2025, 1909, 0, 1, '2024-11-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- 2026 (2025 + 2.8 %)
INSERT INTO activity_price (activity_id, year, unit_price_cents, vat_rate, is_example, updated_at) VALUES
    (1, 2026, 47740, 9, 1, '2025-11-01T00:00:00Z'),  -- lezing-stamboomonderzoek, per activity
    (2, 2026, 58349, 21, 1, '2025-11-01T00:00:00Z'),  -- workshop-die-andere-ouders, per activity
    (3, 2026, 34479, 21, 1, '2025-11-01T00:00:00Z'),  -- biebfabriek, per session
    (4, 2026, 66306, 21, 1, '2025-11-01T00:00:00Z'),  -- escaperoom, per activity
    (5, 2026, 477403, 0, 1, '2025-11-01T00:00:00Z'),  -- verhalenbrink, per year
    (6, 2026, 24, 0, 1, '2025-11-01T00:00:00Z'),  -- goodhabitz-soofos, per inhabitant
    (7, 2026, 90176, 21, 1, '2025-11-01T00:00:00Z'),  -- theaterworkshop-lekker-eigenwijs, per activity
    (8, 2026, 63654, 21, 1, '2025-11-01T00:00:00Z'),  -- boetiek-creatiek, per activity
    (9, 2026, 450881, 0, 1, '2025-11-01T00:00:00Z'),  -- boekstart-babykoffertje, per year
    (10, 2026, 37131, 0, 1, '2025-11-01T00:00:00Z'),  -- boekstart-kinderopvang, per location_year
    (11, 2026, 18566, 9, 1, '2025-11-01T00:00:00Z'),  -- kleintje-bieb-plaatjes-en-praatjes, per session
    (12, 2026, 15913, 9, 1, '2025-11-01T00:00:00Z'),  -- kleintje-bieb-boekjes-en-brabbels, per session
    (13, 2026, 42436, 9, 1, '2025-11-01T00:00:00Z'),  -- boekstartdag, per activity
    (14, 2026, 265224, 0, 1, '2025-11-01T00:00:00Z'),  -- dbos-primair-onderwijs, per school_year
    (15, 2026, 344791, 0, 1, '2025-11-01T00:00:00Z'),  -- dbos-voortgezet-onderwijs, per school_year
    (16, 2026, 68958, 9, 1, '2025-11-01T00:00:00Z'),  -- nationale-voorleesdagen-voorstelling, per activity
    (17, 2026, 190961, 0, 1, '2025-11-01T00:00:00Z'),  -- kinderboekenweek, per year
    (18, 2026, 29175, 0, 1, '2025-11-01T00:00:00Z'),  -- leskist-kansrijk, per school_year
    (19, 2026, 58349, 9, 1, '2025-11-01T00:00:00Z'),  -- webinar-voorleesdagen, per activity
    (20, 2026, 101, 0, 1, '2025-11-01T00:00:00Z'),  -- online-bibliotheek, per inhabitant
    (21, 2026, 1326120, 0, 1, '2025-11-01T00:00:00Z'),  -- taalhuis, per year
    (22, 2026, 13261, 0, 1, '2025-11-01T00:00:00Z'),  -- taalhuis-inloopspreekuur, per session
    (23, 2026, 509230, 0, 1, '2025-11-01T00:00:00Z'),  -- digi-taalhuis, per location_year
    (24, 2026, 15383, 0, 1, '2025-11-01T00:00:00Z'),  -- oefenplein, per session
    (25, 2026, 159134, 0, 1, '2025-11-01T00:00:00Z'),  -- week-van-lezen-en-schrijven, per year
    (26, 2026, 185657, 9, 1, '2025-11-01T00:00:00Z'),  -- nederlandse-taalshow, per activity
    (27, 2026, 11670, 9, 1, '2025-11-01T00:00:00Z'),  -- taalcafe, per session
    (28, 2026, 100785, 0, 1, '2025-11-01T00:00:00Z'),  -- klik-en-tik, per course
    (29, 2026, 100785, 0, 1, '2025-11-01T00:00:00Z'),  -- digisterker, per course
    (30, 2026, 79567, 0, 1, '2025-11-01T00:00:00Z'),  -- digivitaler, per course
    (31, 2026, 90176, 0, 1, '2025-11-01T00:00:00Z'),  -- cursus-smartphone, per course
    (32, 2026, 13261, 0, 1, '2025-11-01T00:00:00Z'),  -- ido-spreekuur, per session
    (33, 2026, 339487, 0, 1, '2025-11-01T00:00:00Z'),  -- ido-informatiepunt, per location_year
    (34, 2026, 14853, 0, 1, '2025-11-01T00:00:00Z'),  -- belastingaangifte-spreekuur, per session
    (35, 2026, 45088, 21, 1, '2025-11-01T00:00:00Z'),  -- workshop-veilig-online-bankieren, per activity
    (36, 2026, 6896, 9, 1, '2025-11-01T00:00:00Z'),  -- breicafe, per session
    (37, 2026, 5835, 9, 1, '2025-11-01T00:00:00Z'),  -- koffieochtend, per session
    (38, 2026, 10079, 9, 1, '2025-11-01T00:00:00Z'),  -- meeleesclub, per session
    (39, 2026, 37131, 9, 1, '2025-11-01T00:00:00Z'),  -- filmavond, per activity
    (40, 2026, 7957, 0, 1, '2025-11-01T00:00:00Z'),  -- steunouder-spreekuur, per session
    (41, 2026, 63654, 9, 1, '2025-11-01T00:00:00Z'),  -- silent-reading-sessie, per activity
    (42, 2026, 901762, 0, 1, '2025-11-01T00:00:00Z'),  -- bibliotheek-aan-huis, per year
    (43, 2026, 1962, 0, 1, '2025-11-01T00:00:00Z');  -- basisbibliotheekvoorziening, per inhabitant

-- ------------------------------------------------------------------------------------------
-- Price lists 2024, 2025 and 2026 are published: from here on their prices are immutable.
-- ------------------------------------------------------------------------------------------
INSERT INTO price_year (year, published_at, published_by) VALUES
    (2024, '2024-01-01T00:00:00Z', 'demo'),
    (2025, '2024-12-01T00:00:00Z', 'demo'),
    (2026, '2025-12-01T00:00:00Z', 'demo');