package switchboard.desktop.demo;

import java.util.List;
import java.util.SplittableRandom;

import switchboard.desktop.customer.phone.InvalidPhoneNumberException;
import switchboard.desktop.customer.phone.PhoneNumbers;

/**
 * Where demo customers live: a country, its language, first and last names, and number patterns
 * of areas that each pin down one time zone, so that the time zone is derived from the number as for
 * real customers.
 */
final class DemoPhoneBook {

    /**
     * A country with its share of customers. Number patterns: {@code N} is a digit 2–9, {@code X}
     * any digit.
     */
    record Country(String region, int weight, List<String> patterns, String language,
            String secondLanguage, List<String> firstNames, List<String> lastNames) {
    }

    /** A generated number, its zone and country. */
    record Line(String e164, String timeZone, String region) {
    }

    private static final List<String> EN_FIRST = List.of("James", "Mary", "Robert", "Patricia", "John", "Jennifer",
            "Michael", "Linda", "David", "Elizabeth", "William", "Susan", "Richard", "Jessica", "Joseph", "Sarah",
            "Thomas", "Karen", "Chris", "Emily", "Olivia", "Noah", "Liam", "Ava");
    private static final List<String> EN_LAST = List.of("Smith", "Johnson", "Williams", "Brown", "Jones", "Miller",
            "Davis", "Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "White", "Harris", "Clark",
            "Lewis", "Walker", "Hall", "Young", "King", "Wright", "Scott", "Green");
    private static final List<String> ES_FIRST = List.of("Antonio", "María", "José", "Carmen", "Manuel", "Ana",
            "Francisco", "Laura", "David", "Lucía", "Javier", "Marta", "Carlos", "Elena", "Miguel", "Sofía");
    private static final List<String> ES_LAST = List.of("García", "Fernández", "González", "Rodríguez", "López",
            "Martínez", "Sánchez", "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno",
            "Álvarez");
    private static final List<String> DE_FIRST = List.of("Lukas", "Anna", "Leon", "Mia", "Finn", "Emma", "Jonas",
            "Hannah", "Paul", "Lena", "Felix", "Lea", "Max", "Marie", "Elias", "Sophie");
    private static final List<String> DE_LAST = List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber",
            "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann",
            "Schröder");
    private static final List<String> FR_FIRST = List.of("Gabriel", "Louise", "Raphaël", "Jade", "Louis", "Ambre",
            "Arthur", "Alice", "Jules", "Chloé", "Adam", "Lina", "Hugo", "Rose", "Léo", "Anna");
    private static final List<String> FR_LAST = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert",
            "Richard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefebvre", "Michel", "Garcia",
            "David");

    static final List<Country> COUNTRIES = List.of(
            new Country("US", 38, List.of("+1212NXXXXXX", "+1415NXXXXXX", "+1312NXXXXXX", "+1305NXXXXXX",
                    "+1206NXXXXXX", "+1713NXXXXXX", "+1602NXXXXXX", "+1303NXXXXXX", "+1617NXXXXXX", "+1404NXXXXXX"),
                    "en", "es", EN_FIRST, EN_LAST),
            new Country("GB", 15, List.of("+4420NXXXXXXX", "+44161NXXXXXX", "+44121NXXXXXX", "+44131NXXXXXX"), "en",
                    null, EN_FIRST, EN_LAST),
            new Country("DE", 10, List.of("+4930NXXXXXXX", "+4940NXXXXXXX", "+4989NXXXXXXX", "+49221NXXXXXX"), "de",
                    null, DE_FIRST, DE_LAST),
            new Country("ES", 10, List.of("+3491NXXXXXX", "+3493NXXXXXX", "+3495NXXXXXX", "+3496NXXXXXX"), "es", null,
                    ES_FIRST, ES_LAST),
            new Country("FR", 8, List.of("+331NXXXXXXX", "+334NXXXXXXX", "+335NXXXXXXX"), "fr", null, FR_FIRST,
                    FR_LAST),
            new Country("MX", 7, List.of("+5255NXXXXXXX", "+5233NXXXXXXX", "+5281NXXXXXXX"), "es", null, ES_FIRST,
                    ES_LAST),
            new Country("CA", 7, List.of("+1416NXXXXXX", "+1604NXXXXXX", "+1514NXXXXXX"), "en", "fr", EN_FIRST,
                    EN_LAST),
            new Country("AU", 5, List.of("+612NXXXXXXX", "+613NXXXXXXX", "+617NXXXXXXX", "+618NXXXXXXX"), "en", null,
                    EN_FIRST, EN_LAST));

    private static final int TOTAL_WEIGHT = COUNTRIES.stream().mapToInt(Country::weight).sum();
    private static final int MAX_TRIES = 50;

    private final PhoneNumbers numbers;

    DemoPhoneBook(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    Country pickCountry(SplittableRandom random) {
        int ticket = random.nextInt(TOTAL_WEIGHT);
        for (Country country : COUNTRIES) {
            ticket -= country.weight();
            if (ticket < 0) {
                return country;
            }
        }
        throw new IllegalStateException("weights do not add up");
    }

    /** A valid number of the country whose prefix names exactly one time zone. */
    Line line(Country country, SplittableRandom random) {
        for (int attempt = 0; attempt < MAX_TRIES; attempt++) {
            String pattern = country.patterns().get(random.nextInt(country.patterns().size()));
            StringBuilder number = new StringBuilder(pattern.length());
            for (char c : pattern.toCharArray()) {
                number.append(switch (c) {
                    case 'N' -> (char) ('2' + random.nextInt(8));
                    case 'X' -> (char) ('0' + random.nextInt(10));
                    default -> c;
                });
            }
            try {
                String e164 = numbers.toE164(number.toString());
                var zone = numbers.timeZone(e164);
                if (zone.isPresent()) {
                    return new Line(e164, zone.get().getId(), country.region());
                }
            } catch (InvalidPhoneNumberException e) {
                // Not every digit string is an allocated range: draw again.
            }
        }
        throw new IllegalStateException("No valid number found for " + country.region());
    }
}
