import { District } from '../../src/catalog/district.ts';
import { VenueKind, type Venue } from '../../src/catalog/venue.ts';

/**
 * Real Antwerp venues. Addresses and coordinates are approximate, from public knowledge; a street
 * without a house number means we were not sure of the number.
 */
export interface VenueSeed {
  slug: string;
  name: string;
  kind: VenueKind;
  street: string;
  postalCode: string;
  district: District;
  lat: number;
  lon: number;
  /** Organisation that programmes the venue. */
  provider: string;
  /** How much the venue programmes, 1 (little) .. 4 (a lot). */
  size: number;
  /** Halls that can host an event at the same time. */
  rooms: number;
}

/** slug ; name ; kind ; street ; postal code ; district ; lat ; lon ; provider ; size ; rooms */
const VENUE_TABLE = `
mas ; MAS | Museum aan de Stroom ; museum ; Hanzestedenplaats 1 ; 2000 ; Antwerpen ; 51.2289 ; 4.4049 ; MAS ; 4 ; 3
museum-plantin-moretus ; Museum Plantin-Moretus ; museum ; Vrijdagmarkt 22 ; 2000 ; Antwerpen ; 51.2183 ; 4.3980 ; Museum Plantin-Moretus ; 3 ; 2
rubenshuis ; Rubenshuis ; museum ; Wapper 9-11 ; 2000 ; Antwerpen ; 51.2175 ; 4.4108 ; Rubenshuis ; 3 ; 2
kmska ; KMSKA ; museum ; Leopold De Waelplaats 1 ; 2000 ; Antwerpen ; 51.2084 ; 4.3946 ; Koninklijk Museum voor Schone Kunsten Antwerpen ; 4 ; 3
m-hka ; M HKA ; museum ; Leuvenstraat 32 ; 2000 ; Antwerpen ; 51.2064 ; 4.3918 ; M HKA ; 3 ; 2
fomu ; FOMU Fotomuseum Antwerpen ; museum ; Waalsekaai 47 ; 2000 ; Antwerpen ; 51.2078 ; 4.3906 ; FOMU ; 3 ; 2
red-star-line-museum ; Red Star Line Museum ; museum ; Montevideostraat 3 ; 2000 ; Antwerpen ; 51.2333 ; 4.4036 ; Red Star Line Museum ; 3 ; 2
diva ; DIVA, museum voor diamant, juwelen en zilver ; museum ; Suikerrui 1 ; 2000 ; Antwerpen ; 51.2208 ; 4.3993 ; DIVA ; 2 ; 1
middelheimmuseum ; Middelheimmuseum ; museum ; Middelheimlaan 61 ; 2020 ; Antwerpen ; 51.1822 ; 4.4130 ; Middelheimmuseum ; 3 ; 2
museum-mayer-van-den-bergh ; Museum Mayer van den Bergh ; museum ; Lange Gasthuisstraat 19 ; 2000 ; Antwerpen ; 51.2160 ; 4.4042 ; Musea Stad Antwerpen ; 1 ; 1
letterenhuis ; Letterenhuis ; museum ; Minderbroedersstraat 22 ; 2000 ; Antwerpen ; 51.2222 ; 4.4083 ; Letterenhuis ; 2 ; 1
museum-vleeshuis ; Museum Vleeshuis | Klank van de stad ; museum ; Vleeshouwersstraat 38 ; 2000 ; Antwerpen ; 51.2227 ; 4.3985 ; Musea Stad Antwerpen ; 2 ; 1
momu ; MoMu ModeMuseum Antwerpen ; museum ; Nationalestraat 28 ; 2000 ; Antwerpen ; 51.2172 ; 4.3998 ; MoMu ; 2 ; 1
snijders-rockoxhuis ; Snijders&Rockoxhuis ; museum ; Keizerstraat 10-12 ; 2000 ; Antwerpen ; 51.2218 ; 4.4069 ; Snijders&Rockoxhuis ; 1 ; 1
museum-maagdenhuis ; Museum Maagdenhuis ; museum ; Lange Gasthuisstraat 33 ; 2000 ; Antwerpen ; 51.2146 ; 4.4045 ; Museum Maagdenhuis ; 1 ; 1
het-steen ; Het Steen ; heritage-site ; Steenplein 1 ; 2000 ; Antwerpen ; 51.2227 ; 4.3972 ; Visit Antwerpen ; 2 ; 1
kathedraal ; Onze-Lieve-Vrouwekathedraal ; heritage-site ; Groenplaats 21 ; 2000 ; Antwerpen ; 51.2202 ; 4.4015 ; Kathedraal Antwerpen ; 2 ; 1
sint-pauluskerk ; Sint-Pauluskerk ; heritage-site ; Sint-Paulusstraat 22 ; 2000 ; Antwerpen ; 51.2237 ; 4.3997 ; Sint-Pauluskerk ; 1 ; 1
sint-jacobskerk ; Sint-Jacobskerk ; heritage-site ; Lange Nieuwstraat 73 ; 2000 ; Antwerpen ; 51.2195 ; 4.4125 ; Sint-Jacobskerk ; 1 ; 1
felixarchief ; FelixArchief ; heritage-site ; Oude Leeuwenrui 29 ; 2000 ; Antwerpen ; 51.2283 ; 4.4041 ; FelixArchief, stadsarchief Antwerpen ; 2 ; 1
permeke ; Bibliotheek Permeke ; library ; De Coninckplein 25 ; 2060 ; Antwerpen ; 51.2228 ; 4.4245 ; Bibliotheek Antwerpen ; 4 ; 3
erfgoedbibliotheek ; Erfgoedbibliotheek Hendrik Conscience ; library ; Hendrik Conscienceplein 4 ; 2000 ; Antwerpen ; 51.2213 ; 4.4085 ; Erfgoedbibliotheek Hendrik Conscience ; 2 ; 1
bib-berchem ; bib Berchem ; library ; Driekoningenstraat ; 2600 ; Berchem ; 51.1975 ; 4.4236 ; Bibliotheek Antwerpen ; 2 ; 1
bib-couwelaar ; bib Couwelaar (Deurne) ; library ; Frank Craeybeckxlaan ; 2100 ; Deurne ; 51.2258 ; 4.4580 ; Bibliotheek Antwerpen ; 2 ; 1
bib-hoboken ; bib Hoboken ; library ; Kapelstraat ; 2660 ; Hoboken ; 51.1749 ; 4.3478 ; Bibliotheek Antwerpen ; 2 ; 1
bib-merksem ; bib Merksem ; library ; Bredabaan ; 2170 ; Merksem ; 51.2461 ; 4.4462 ; Bibliotheek Antwerpen ; 2 ; 1
bib-wilrijk ; bib Wilrijk ; library ; Bist ; 2610 ; Wilrijk ; 51.1683 ; 4.3957 ; Bibliotheek Antwerpen ; 2 ; 1
bib-ekeren ; bib Ekeren ; library ; Veltwijcklaan ; 2180 ; Ekeren ; 51.2808 ; 4.4171 ; Bibliotheek Antwerpen ; 1 ; 1
bib-borgerhout ; bib Borgerhout ; library ; Moorkensplein ; 2140 ; Borgerhout ; 51.2127 ; 4.4372 ; Bibliotheek Antwerpen ; 2 ; 1
bib-linkeroever ; bib Linkeroever ; library ; Frederik van Eedenplein ; 2050 ; Antwerpen ; 51.2229 ; 4.3833 ; Bibliotheek Antwerpen ; 1 ; 1
bib-berendrecht ; bib Berendrecht ; library ; Monnikenhofstraat ; 2040 ; Berendrecht-Zandvliet-Lillo ; 51.3422 ; 4.3135 ; Bibliotheek Antwerpen ; 1 ; 1
desingel ; deSingel ; stage ; Desguinlei 25 ; 2018 ; Antwerpen ; 51.1932 ; 4.4097 ; deSingel ; 4 ; 3
de-roma ; De Roma ; stage ; Turnhoutsebaan 327 ; 2140 ; Borgerhout ; 51.2142 ; 4.4432 ; De Roma ; 3 ; 1
trix ; Trix ; concert-hall ; Noordersingel 28 ; 2140 ; Borgerhout ; 51.2250 ; 4.4418 ; Trix ; 3 ; 3
stadsschouwburg ; Stadsschouwburg Antwerpen ; stage ; Theaterplein 1 ; 2000 ; Antwerpen ; 51.2149 ; 4.4088 ; Stadsschouwburg Antwerpen ; 2 ; 1
opera-antwerpen ; Opera Antwerpen ; stage ; Frankrijklei 1 ; 2000 ; Antwerpen ; 51.2167 ; 4.4147 ; Opera Ballet Vlaanderen ; 3 ; 1
theater-t-eilandje ; Theater 't Eilandje ; stage ; Kattendijkdok-Westkaai 16 ; 2000 ; Antwerpen ; 51.2323 ; 4.4032 ; Opera Ballet Vlaanderen ; 1 ; 1
koningin-elisabethzaal ; Koningin Elisabethzaal ; concert-hall ; Koningin Astridplein 26 ; 2018 ; Antwerpen ; 51.2177 ; 4.4205 ; Antwerp Symphony Orchestra ; 4 ; 2
zuiderpershuis ; Zuiderpershuis ; stage ; Waalsekaai 14 ; 2000 ; Antwerpen ; 51.2094 ; 4.3889 ; Zuiderpershuis ; 2 ; 2
arenberg ; Arenberg ; stage ; Arenbergstraat 28 ; 2000 ; Antwerpen ; 51.2163 ; 4.4059 ; Arenberg ; 2 ; 1
bourla ; Bourla ; stage ; Komedieplaats 18 ; 2000 ; Antwerpen ; 51.2158 ; 4.4069 ; Toneelhuis ; 2 ; 1
fakkelteater ; Fakkelteater ; stage ; Hoogstraat 12 ; 2000 ; Antwerpen ; 51.2198 ; 4.3987 ; Fakkelteater ; 2 ; 2
monty ; Monty ; stage ; Montignystraat 3 ; 2018 ; Antwerpen ; 51.2021 ; 4.3950 ; Monty ; 1 ; 1
theater-elckerlyc ; Theater Elckerlyc ; stage ; Appelmansstraat 33 ; 2018 ; Antwerpen ; 51.2143 ; 4.4158 ; Theater Elckerlyc ; 1 ; 1
poppenschouwburg-van-campen ; Poppenschouwburg Van Campen ; stage ; Lange Nieuwstraat 3 ; 2000 ; Antwerpen ; 51.2195 ; 4.4055 ; Poppenschouwburg Van Campen ; 1 ; 1
de-studio ; De Studio ; stage ; Maarschalk Gérardstraat 4 ; 2000 ; Antwerpen ; 51.2130 ; 4.4108 ; De Studio ; 2 ; 2
amuz ; AMUZ ; concert-hall ; Kammenstraat 81 ; 2000 ; Antwerpen ; 51.2160 ; 4.4002 ; AMUZ ; 2 ; 1
het-bos ; Het Bos ; stage ; Ankerrui 5-7 ; 2000 ; Antwerpen ; 51.2260 ; 4.4060 ; Het Bos ; 1 ; 1
hof-ter-lo ; Hof Ter Lo ; concert-hall ; Noorderlaan 219 ; 2030 ; Antwerpen ; 51.2440 ; 4.4200 ; Hof Ter Lo ; 1 ; 1
lotto-arena ; Lotto Arena ; concert-hall ; Schijnpoortweg 119 ; 2170 ; Merksem ; 51.2323 ; 4.4425 ; Sportpaleis Group ; 2 ; 1
sportpaleis ; Sportpaleis ; concert-hall ; Schijnpoortweg 119 ; 2170 ; Merksem ; 51.2331 ; 4.4398 ; Sportpaleis Group ; 2 ; 1
antwerp-expo ; Antwerp Expo ; event-hall ; Jan Van Rijswijcklaan 191 ; 2020 ; Antwerpen ; 51.1910 ; 4.3948 ; Antwerp Expo ; 1 ; 2
cartoons ; Cinema Cartoon's ; cinema ; Kaasstraat 4 ; 2000 ; Antwerpen ; 51.2216 ; 4.3983 ; Cinema Cartoon's ; 3 ; 3
cinema-lumiere ; Cinema Lumière ; cinema ; Sint-Jacobsmarkt ; 2000 ; Antwerpen ; 51.2205 ; 4.4135 ; Cinema Lumière ; 2 ; 2
kinepolis-antwerpen ; Kinepolis Antwerpen ; cinema ; Groenendaallaan 394 ; 2030 ; Antwerpen ; 51.2461 ; 4.4259 ; Kinepolis ; 3 ; 4
cinema-zuid ; Cinema Zuid ; cinema ; Waalsekaai 47 ; 2000 ; Antwerpen ; 51.2077 ; 4.3909 ; Cinema Zuid ; 2 ; 1
ugc-antwerpen ; UGC Antwerpen ; cinema ; Van Ertbornstraat 17 ; 2018 ; Antwerpen ; 51.2167 ; 4.4160 ; UGC ; 2 ; 3
cc-berchem ; cc Berchem ; cultural-centre ; Driekoningenstraat 126 ; 2600 ; Berchem ; 51.1968 ; 4.4250 ; cc Berchem ; 3 ; 2
cc-deurne ; cc Deurne ; cultural-centre ; Frank Craeybeckxlaan 22 ; 2100 ; Deurne ; 51.2262 ; 4.4612 ; cc Deurne ; 3 ; 2
cc-merksem ; cc Merksem ; cultural-centre ; Nieuwdreef 135 ; 2170 ; Merksem ; 51.2502 ; 4.4457 ; cc Merksem ; 3 ; 2
cc-hoboken ; cc Hoboken ; cultural-centre ; Kioskplaats 25 ; 2660 ; Hoboken ; 51.1762 ; 4.3466 ; cc Hoboken ; 2 ; 2
de-kern ; De Kern (cc Wilrijk) ; cultural-centre ; Oudestraat ; 2610 ; Wilrijk ; 51.1688 ; 4.3930 ; cc Wilrijk ; 2 ; 2
cc-ekeren ; cc Ekeren ; cultural-centre ; Veltwijcklaan ; 2180 ; Ekeren ; 51.2795 ; 4.4225 ; cc Ekeren ; 2 ; 1
cc-luchtbal ; cc Luchtbal ; cultural-centre ; Columbiastraat 110 ; 2030 ; Antwerpen ; 51.2495 ; 4.4232 ; cc Luchtbal ; 1 ; 1
cc-borgerhout ; cc Borgerhout ; cultural-centre ; Moorkensplein ; 2140 ; Borgerhout ; 51.2133 ; 4.4378 ; cc Borgerhout ; 2 ; 1
stadspark ; Stadspark ; outdoor ; Van Eycklei ; 2018 ; Antwerpen ; 51.2125 ; 4.4125 ; Stad Antwerpen ; 1 ; 1
rivierenhof ; Openluchttheater Rivierenhof ; outdoor ; Turnhoutsebaan ; 2100 ; Deurne ; 51.2145 ; 4.4720 ; Openluchttheater Rivierenhof ; 2 ; 1
park-spoor-noord ; Park Spoor Noord ; outdoor ; Damplein ; 2060 ; Antwerpen ; 51.2295 ; 4.4245 ; Stad Antwerpen ; 2 ; 2
grote-markt ; Grote Markt ; outdoor ; Grote Markt ; 2000 ; Antwerpen ; 51.2212 ; 4.3995 ; Stad Antwerpen ; 2 ; 1
sint-annastrand ; Sint-Annastrand ; outdoor ; Sint-Annastrand ; 2050 ; Antwerpen ; 51.2285 ; 4.3870 ; Stad Antwerpen ; 1 ; 1
nachtegalenpark ; Nachtegalenpark ; outdoor ; Beukenlaan ; 2020 ; Antwerpen ; 51.1840 ; 4.4080 ; Stad Antwerpen ; 1 ; 1
boekenbergpark ; Boekenbergpark ; outdoor ; Boekenberglei ; 2100 ; Deurne ; 51.2035 ; 4.4620 ; district Deurne ; 1 ; 1
lillo-fort ; Lillo-Fort ; heritage-site ; Tolhuisstraat ; 2040 ; Berendrecht-Zandvliet-Lillo ; 51.3035 ; 4.2910 ; Polder- en Zeemuseum Lillo ; 1 ; 1
fort-8 ; Fort 8 ; heritage-site ; Sint-Bernardsesteenweg ; 2660 ; Hoboken ; 51.1790 ; 4.3620 ; district Hoboken ; 1 ; 1
kasteel-veltwijck ; Veltwijckpark ; outdoor ; Veltwijcklaan ; 2180 ; Ekeren ; 51.2785 ; 4.4245 ; district Ekeren ; 1 ; 1
`;

export const VENUE_SEEDS: readonly VenueSeed[] = VENUE_TABLE.trim()
  .split('\n')
  .map((line) => {
    const [slug, name, kind, street, postalCode, district, lat, lon, provider, size, rooms] = line
      .split(';')
      .map((cell) => cell.trim());
    return {
      slug: slug ?? '',
      name: name ?? '',
      kind: VenueKind.parse(kind),
      street: street ?? '',
      postalCode: postalCode ?? '',
      district: District.parse(district),
      lat: Number(lat),
      lon: Number(lon),
      provider: provider ?? '',
      size: Number(size),
      rooms: Number(rooms),
    };
  });

export function venueId(slug: string): string {
  return `venue-${slug}`;
}

export function toVenue(seed: VenueSeed): Venue {
  return {
    id: venueId(seed.slug),
    name: seed.name,
    kind: seed.kind,
    address: {
      street: seed.street,
      postalCode: seed.postalCode,
      locality: 'Antwerpen',
      district: seed.district,
    },
    geo: { latitude: seed.lat, longitude: seed.lon },
    provider: { id: slugify(seed.provider), name: seed.provider },
  };
}

export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
