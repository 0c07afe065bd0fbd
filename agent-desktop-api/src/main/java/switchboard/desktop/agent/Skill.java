package switchboard.desktop.agent;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A skill calls can require: a subject ({@code billing}) or a language ({@code spanish}). */
@Entity
public class Skill extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String name;

    public static Skill named(String name) {
        return find("name", name).firstResult();
    }
}
