package ru.nastavnik.pairing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class PairingServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(PairingServiceApplication.class, args);
    }
}
