package ru.nastavnik.registry.api;

import java.util.Map;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

public record HeadcountRequest(
        @NotNull(message = "укажите число обучающихся 10–14 лет") @Min(value = 0, message = "не меньше 0") Integer pupilsAged10To14,
        @NotNull(message = "укажите число обучающихся 15–18 лет") @Min(value = 0, message = "не меньше 0") Integer pupilsAged15To18,
        @NotNull(message = "укажите число педагогов со стажем до 3 лет") @Min(value = 0, message = "не меньше 0") Integer teachersWithUpTo3Years,
        @NotNull(message = "укажите число педагогов со стажем более 3 лет") @Min(value = 0, message = "не меньше 0") Integer teachersWithOver3Years,
        Map<Integer, @NotNull(message = "укажите число обучающихся") @Min(value = 0, message = "не меньше 0") Integer> pupilsByGrade) {
}
