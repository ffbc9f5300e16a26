NAME          slotproo  FREE
ROWS
 N  OBJROW
 E  cum_g0_p0
 E  cum_g1_p2
 E  cum_g2_p2
 E  cum_g3_p2
 E  cum_g4_p2
 E  cum_g5_p2
 E  cum_g6_p2
 E  cum_g7_p2
 E  cum_g8_p2
 E  cum_g9_p2
 E  cum_g10_p2
 E  cum_g11_p2
 E  cum_g12_p2
 E  cum_g13_p2
 E  cum_g14_p2
 E  cum_g15_p2
 E  cum_g16_p2
 E  cum_g17_p2
 E  cum_g18_p2
 E  cum_g19_p2
 E  cum_g20_p2
 E  cum_g21_p2
 E  cum_g22_p2
 E  cum_g23_p2
 E  cum_g24_p2
 E  cum_g25_p2
 E  cum_g26_p2
 E  cum_g27_p2
 E  cum_g28_p2
 E  cum_g29_p2
 E  cum_g30_p2
 E  cum_g31_p2
 E  cum_g32_p2
 E  cum_g33_p2
 E  cum_g34_p2
 E  cum_g35_p2
 E  cum_g36_p2
 E  cum_g37_p6
 E  cum_g38_p6
 E  cum_g39_p6
 E  cum_g40_p6
 E  cum_g41_p6
 E  cum_g42_p6
 E  cum_g43_p6
 E  cum_g44_p6
 E  cum_g45_p6
 E  cum_g46_p6
 E  cum_g47_p6
 E  cum_g48_p6
 E  cum_g49_p6
 E  cum_g50_p6
 E  cum_g51_p6
 E  cum_g52_p6
 E  cum_g53_p6
 E  cum_g54_p6
 E  cum_g55_p6
 E  cum_g56_p6
 E  cum_g57_p6
 E  cum_g58_p6
 E  cum_g59_p6
 E  cum_g60_p6
 E  cum_g61_p6
 E  cum_g62_p6
 E  cum_g63_p6
 E  cum_g64_p6
 E  cum_g65_p6
 E  cum_g66_p6
 E  cum_g67_p6
 E  cum_g68_p6
 E  cum_g69_p6
 E  cum_g70_p6
 E  cum_g71_p6
 E  cum_g72_p6
 E  cum_g73_p7
 E  cum_g73_p9
 E  cum_g74_p6
 E  cum_g75_p6
 E  cum_g76_p6
 E  cum_g77_p6
 E  cum_g78_p6
 E  cum_g79_p6
 E  cum_g80_p6
 E  cum_g81_p6
 E  cum_g82_p6
 E  cum_g83_p6
 E  cum_g84_p6
 E  cum_g85_p6
 E  cum_g86_p6
 E  cum_g87_p6
 E  cum_g88_p6
 E  cum_g89_p6
 E  cum_g90_p6
 E  cum_g91_p6
 E  cum_g92_p6
 E  cum_g93_p6
 E  cum_g94_p6
 E  cum_g95_p6
 E  cum_g96_p6
 E  cum_g97_p6
 E  cum_g98_p6
 E  cum_g99_p6
 E  cum_g100_p6
 E  cum_g101_p6
 E  cum_g102_p6
 E  cum_g103_p6
 E  cum_g104_p6
 E  cum_g105_p6
 E  cum_g106_p6
 E  cum_g107_p6
 E  cum_g108_p6
 E  cum_g109_p6
 E  cum_g110_p7
 E  cum_g110_p9
 E  cum_g111_p6
 E  cum_g112_p6
 E  cum_g113_p6
 E  cum_g114_p6
 E  cum_g115_p6
 E  cum_g116_p6
 E  cum_g117_p6
 E  cum_g118_p6
 E  cum_g119_p6
 E  cum_g120_p6
 E  cum_g121_p6
 E  cum_g122_p6
 E  cum_g123_p6
 E  cum_g124_p6
 E  cum_g125_p6
 E  cum_g126_p6
 E  cum_g127_p6
 E  cum_g128_p6
 E  cum_g129_p6
 E  cum_g130_p6
 E  cum_g131_p6
 E  cum_g132_p6
 E  cum_g133_p6
 E  cum_g134_p6
 E  cum_g135_p6
 E  cum_g136_p6
 E  cum_g137_p6
 E  cum_g138_p6
 E  cum_g139_p6
 E  cum_g140_p6
 E  cum_g141_p6
 E  cum_g142_p6
 E  cum_g143_p6
 E  cum_g144_p6
 E  cum_g145_p6
 E  cum_g146_p6
 E  cum_g147_p7
 E  cum_g147_p9
 E  cum_g148_p6
 E  cum_g149_p6
 E  cum_g150_p6
 E  cum_g151_p6
 E  cum_g152_p6
 E  cum_g153_p6
 E  cum_g154_p6
 E  cum_g155_p6
 E  cum_g156_p6
 E  cum_g157_p6
 E  cum_g158_p6
 E  cum_g159_p6
 E  cum_g160_p6
 E  cum_g161_p6
 E  cum_g162_p6
 E  cum_g163_p6
 E  cum_g164_p6
 E  cum_g165_p6
 E  cum_g166_p6
 E  cum_g167_p6
 E  cum_g168_p6
 E  cum_g169_p6
 E  cum_g170_p6
 E  cum_g171_p6
 E  cum_g172_p6
 E  cum_g173_p6
 E  cum_g174_p6
 E  cum_g175_p6
 E  cum_g176_p6
 E  cum_g177_p6
 E  cum_g178_p6
 E  cum_g179_p6
 E  cum_g180_p6
 E  cum_g181_p6
 E  cum_g182_p6
 E  cum_g183_p6
 E  cum_g184_p7
 E  cum_g184_p9
 E  cum_g185_p2
 E  cum_g186_p2
 E  cum_g187_p3
 E  cum_g187_p5
 E  cum_g187_p7
 E  cum_g188_p2
 E  cum_g189_p2
 E  cum_g190_p3
 E  cum_g190_p5
 E  cum_g190_p7
 E  cum_g191_p2
 E  cum_g192_p2
 E  cum_g193_p3
 E  cum_g193_p5
 E  cum_g193_p7
 E  cum_g194_p2
 E  cum_g195_p2
 E  cum_g196_p3
 E  cum_g196_p5
 E  cum_g196_p7
 E  cum_g197_p2
 E  cum_g198_p2
 E  cum_g199_p3
 E  cum_g199_p5
 E  cum_g199_p7
 E  cum_g200_p2
 E  cum_g201_p2
 E  cum_g202_p3
 E  cum_g202_p5
 E  cum_g202_p7
 E  cum_g203_p2
 E  cum_g204_p2
 E  cum_g205_p3
 E  cum_g205_p5
 E  cum_g205_p7
 E  cum_g206_p2
 E  cum_g207_p2
 E  cum_g208_p3
 E  cum_g208_p5
 E  cum_g208_p7
 E  cum_g209_p2
 E  cum_g210_p2
 E  cum_g211_p3
 E  cum_g211_p5
 E  cum_g211_p7
 E  cum_g212_p2
 E  cum_g213_p2
 E  cum_g214_p3
 E  cum_g214_p5
 E  cum_g214_p7
 E  cum_g215_p2
 E  cum_g216_p2
 E  cum_g217_p3
 E  cum_g217_p5
 E  cum_g217_p7
 E  cum_g218_p2
 E  cum_g219_p2
 E  cum_g220_p3
 E  cum_g220_p5
 E  cum_g220_p7
 E  cum_g221_p2
 E  cum_g222_p2
 E  cum_g223_p3
 E  cum_g223_p5
 E  cum_g223_p7
 E  cum_g224_p2
 E  cum_g225_p2
 E  cum_g226_p3
 E  cum_g226_p5
 E  cum_g226_p7
 E  cum_g227_p2
 E  cum_g228_p2
 E  cum_g229_p3
 E  cum_g229_p5
 E  cum_g229_p7
 E  cum_g230_p2
 E  cum_g231_p2
 E  cum_g232_p3
 E  cum_g232_p5
 E  cum_g232_p7
 E  cum_g233_p2
 E  cum_g234_p2
 E  cum_g235_p3
 E  cum_g235_p5
 E  cum_g235_p7
 E  cum_g236_p2
 E  cum_g237_p2
 E  cum_g238_p3
 E  cum_g238_p5
 E  cum_g238_p7
 E  cum_g239_p2
 E  cum_g240_p2
 E  cum_g241_p3
 E  cum_g241_p5
 E  cum_g241_p7
 E  cum_g242_p2
 E  cum_g243_p2
 E  cum_g244_p3
 E  cum_g244_p5
 E  cum_g244_p7
 E  cum_g245_p2
 E  cum_g246_p2
 E  cum_g247_p3
 E  cum_g247_p5
 E  cum_g247_p7
 E  cum_g248_p2
 E  cum_g249_p2
 E  cum_g250_p3
 E  cum_g250_p5
 E  cum_g250_p7
 E  cum_g251_p2
 E  cum_g252_p2
 E  cum_g253_p3
 E  cum_g253_p5
 E  cum_g253_p7
 E  cum_g254_p2
 E  cum_g255_p2
 E  cum_g256_p3
 E  cum_g256_p5
 E  cum_g256_p7
 E  cum_g257_p2
 E  cum_g258_p2
 E  cum_g259_p3
 E  cum_g259_p5
 E  cum_g259_p7
 E  cum_g260_p2
 E  cum_g261_p2
 E  cum_g262_p3
 E  cum_g262_p5
 E  cum_g262_p7
 E  cum_g263_p2
 E  cum_g264_p2
 E  cum_g265_p3
 E  cum_g265_p5
 E  cum_g265_p7
 E  cum_g266_p2
 E  cum_g267_p2
 E  cum_g268_p3
 E  cum_g268_p5
 E  cum_g268_p7
 E  cum_g269_p2
 E  cum_g270_p2
 E  cum_g271_p3
 E  cum_g271_p5
 E  cum_g271_p7
 E  cum_g272_p2
 E  cum_g273_p2
 E  cum_g274_p3
 E  cum_g274_p5
 E  cum_g274_p7
 E  cum_g275_p2
 E  cum_g276_p2
 E  cum_g277_p3
 E  cum_g277_p5
 E  cum_g277_p7
 E  cum_g278_p2
 E  cum_g279_p2
 E  cum_g280_p3
 E  cum_g280_p5
 E  cum_g280_p7
 E  cum_g281_p5
 E  cum_g281_p7
 E  cum_g281_p9
 E  cum_g282_p3
 E  cum_g282_p5
 E  cum_g282_p7
 E  cum_g282_p9
 E  assign_g0
 E  assign_g1
 E  assign_g2
 E  assign_g3
 E  assign_g4
 E  assign_g5
 E  assign_g6
 E  assign_g7
 E  assign_g8
 E  assign_g9
 E  assign_g10
 E  assign_g11
 E  assign_g12
 E  assign_g13
 E  assign_g14
 E  assign_g15
 E  assign_g16
 E  assign_g17
 E  assign_g18
 E  assign_g19
 E  assign_g20
 E  assign_g21
 E  assign_g22
 E  assign_g23
 E  assign_g24
 E  assign_g25
 E  assign_g26
 E  assign_g27
 E  assign_g28
 E  assign_g29
 E  assign_g30
 E  assign_g31
 E  assign_g32
 E  assign_g33
 E  assign_g34
 E  assign_g35
 E  assign_g36
 E  assign_g37
 E  assign_g38
 E  assign_g39
 E  assign_g40
 E  assign_g41
 E  assign_g42
 E  assign_g43
 E  assign_g44
 E  assign_g45
 E  assign_g46
 E  assign_g47
 E  assign_g48
 E  assign_g49
 E  assign_g50
 E  assign_g51
 E  assign_g52
 E  assign_g53
 E  assign_g54
 E  assign_g55
 E  assign_g56
 E  assign_g57
 E  assign_g58
 E  assign_g59
 E  assign_g60
 E  assign_g61
 E  assign_g62
 E  assign_g63
 E  assign_g64
 E  assign_g65
 E  assign_g66
 E  assign_g67
 E  assign_g68
 E  assign_g69
 E  assign_g70
 E  assign_g71
 E  assign_g72
 E  assign_g73
 E  assign_g74
 E  assign_g75
 E  assign_g76
 E  assign_g77
 E  assign_g78
 E  assign_g79
 E  assign_g80
 E  assign_g81
 E  assign_g82
 E  assign_g83
 E  assign_g84
 E  assign_g85
 E  assign_g86
 E  assign_g87
 E  assign_g88
 E  assign_g89
 E  assign_g90
 E  assign_g91
 E  assign_g92
 E  assign_g93
 E  assign_g94
 E  assign_g95
 E  assign_g96
 E  assign_g97
 E  assign_g98
 E  assign_g99
 E  assign_g100
 E  assign_g101
 E  assign_g102
 E  assign_g103
 E  assign_g104
 E  assign_g105
 E  assign_g106
 E  assign_g107
 E  assign_g108
 E  assign_g109
 E  assign_g110
 E  assign_g111
 E  assign_g112
 E  assign_g113
 E  assign_g114
 E  assign_g115
 E  assign_g116
 E  assign_g117
 E  assign_g118
 E  assign_g119
 E  assign_g120
 E  assign_g121
 E  assign_g122
 E  assign_g123
 E  assign_g124
 E  assign_g125
 E  assign_g126
 E  assign_g127
 E  assign_g128
 E  assign_g129
 E  assign_g130
 E  assign_g131
 E  assign_g132
 E  assign_g133
 E  assign_g134
 E  assign_g135
 E  assign_g136
 E  assign_g137
 E  assign_g138
 E  assign_g139
 E  assign_g140
 E  assign_g141
 E  assign_g142
 E  assign_g143
 E  assign_g144
 E  assign_g145
 E  assign_g146
 E  assign_g147
 E  assign_g148
 E  assign_g149
 E  assign_g150
 E  assign_g151
 E  assign_g152
 E  assign_g153
 E  assign_g154
 E  assign_g155
 E  assign_g156
 E  assign_g157
 E  assign_g158
 E  assign_g159
 E  assign_g160
 E  assign_g161
 E  assign_g162
 E  assign_g163
 E  assign_g164
 E  assign_g165
 E  assign_g166
 E  assign_g167
 E  assign_g168
 E  assign_g169
 E  assign_g170
 E  assign_g171
 E  assign_g172
 E  assign_g173
 E  assign_g174
 E  assign_g175
 E  assign_g176
 E  assign_g177
 E  assign_g178
 E  assign_g179
 E  assign_g180
 E  assign_g181
 E  assign_g182
 E  assign_g183
 E  assign_g184
 E  assign_g185
 E  assign_g186
 E  assign_g187
 E  assign_g188
 E  assign_g189
 E  assign_g190
 E  assign_g191
 E  assign_g192
 E  assign_g193
 E  assign_g194
 E  assign_g195
 E  assign_g196
 E  assign_g197
 E  assign_g198
 E  assign_g199
 E  assign_g200
 E  assign_g201
 E  assign_g202
 E  assign_g203
 E  assign_g204
 E  assign_g205
 E  assign_g206
 E  assign_g207
 E  assign_g208
 E  assign_g209
 E  assign_g210
 E  assign_g211
 E  assign_g212
 E  assign_g213
 E  assign_g214
 E  assign_g215
 E  assign_g216
 E  assign_g217
 E  assign_g218
 E  assign_g219
 E  assign_g220
 E  assign_g221
 E  assign_g222
 E  assign_g223
 E  assign_g224
 E  assign_g225
 E  assign_g226
 E  assign_g227
 E  assign_g228
 E  assign_g229
 E  assign_g230
 E  assign_g231
 E  assign_g232
 E  assign_g233
 E  assign_g234
 E  assign_g235
 E  assign_g236
 E  assign_g237
 E  assign_g238
 E  assign_g239
 E  assign_g240
 E  assign_g241
 E  assign_g242
 E  assign_g243
 E  assign_g244
 E  assign_g245
 E  assign_g246
 E  assign_g247
 E  assign_g248
 E  assign_g249
 E  assign_g250
 E  assign_g251
 E  assign_g252
 E  assign_g253
 E  assign_g254
 E  assign_g255
 E  assign_g256
 E  assign_g257
 E  assign_g258
 E  assign_g259
 E  assign_g260
 E  assign_g261
 E  assign_g262
 E  assign_g263
 E  assign_g264
 E  assign_g265
 E  assign_g266
 E  assign_g267
 E  assign_g268
 E  assign_g269
 E  assign_g270
 E  assign_g271
 E  assign_g272
 E  assign_g273
 E  assign_g274
 E  assign_g275
 E  assign_g276
 E  assign_g277
 E  assign_g278
 E  assign_g279
 E  assign_g280
 E  assign_g281
 E  assign_g282
 L  prec_g1_g0_t2
 L  prec_g2_g0_t2
 L  prec_g3_g0_t2
 L  prec_g4_g0_t2
 L  prec_g5_g0_t2
 L  prec_g6_g0_t2
 L  prec_g7_g0_t2
 L  prec_g8_g0_t2
 L  prec_g9_g0_t2
 L  prec_g10_g0_t2
 L  prec_g11_g0_t2
 L  prec_g12_g0_t2
 L  prec_g13_g0_t2
 L  prec_g14_g0_t2
 L  prec_g15_g0_t2
 L  prec_g16_g0_t2
 L  prec_g17_g0_t2
 L  prec_g18_g0_t2
 L  prec_g19_g0_t2
 L  prec_g20_g0_t2
 L  prec_g21_g0_t2
 L  prec_g22_g0_t2
 L  prec_g23_g0_t2
 L  prec_g24_g0_t2
 L  prec_g25_g0_t2
 L  prec_g26_g0_t2
 L  prec_g27_g0_t2
 L  prec_g28_g0_t2
 L  prec_g29_g0_t2
 L  prec_g30_g0_t2
 L  prec_g31_g0_t2
 L  prec_g32_g0_t2
 L  prec_g33_g0_t2
 L  prec_g34_g0_t2
 L  prec_g35_g0_t2
 L  prec_g36_g0_t2
 L  prec_g37_g1_t6
 L  prec_g38_g2_t6
 L  prec_g39_g3_t6
 L  prec_g40_g4_t6
 L  prec_g41_g5_t6
 L  prec_g42_g6_t6
 L  prec_g43_g7_t6
 L  prec_g44_g8_t6
 L  prec_g45_g9_t6
 L  prec_g46_g10_t6
 L  prec_g47_g11_t6
 L  prec_g48_g12_t6
 L  prec_g49_g13_t6
 L  prec_g50_g14_t6
 L  prec_g51_g15_t6
 L  prec_g52_g16_t6
 L  prec_g53_g17_t6
 L  prec_g54_g18_t6
 L  prec_g55_g19_t6
 L  prec_g56_g20_t6
 L  prec_g57_g21_t6
 L  prec_g58_g22_t6
 L  prec_g59_g23_t6
 L  prec_g60_g24_t6
 L  prec_g61_g25_t6
 L  prec_g62_g26_t6
 L  prec_g63_g27_t6
 L  prec_g64_g28_t6
 L  prec_g65_g29_t6
 L  prec_g66_g30_t6
 L  prec_g67_g31_t6
 L  prec_g68_g32_t6
 L  prec_g69_g33_t6
 L  prec_g70_g34_t6
 L  prec_g71_g35_t6
 L  prec_g72_g36_t6
 L  prec_g73_g37_t7
 L  prec_g73_g37_t9
 L  prec_g73_g38_t7
 L  prec_g73_g38_t9
 L  prec_g73_g39_t7
 L  prec_g73_g39_t9
 L  prec_g73_g40_t7
 L  prec_g73_g40_t9
 L  prec_g73_g41_t7
 L  prec_g73_g41_t9
 L  prec_g73_g42_t7
 L  prec_g73_g42_t9
 L  prec_g73_g43_t7
 L  prec_g73_g43_t9
 L  prec_g73_g44_t7
 L  prec_g73_g44_t9
 L  prec_g73_g45_t7
 L  prec_g73_g45_t9
 L  prec_g73_g46_t7
 L  prec_g73_g46_t9
 L  prec_g73_g47_t7
 L  prec_g73_g47_t9
 L  prec_g73_g48_t7
 L  prec_g73_g48_t9
 L  prec_g73_g49_t7
 L  prec_g73_g49_t9
 L  prec_g73_g50_t7
 L  prec_g73_g50_t9
 L  prec_g73_g51_t7
 L  prec_g73_g51_t9
 L  prec_g73_g52_t7
 L  prec_g73_g52_t9
 L  prec_g73_g53_t7
 L  prec_g73_g53_t9
 L  prec_g73_g54_t7
 L  prec_g73_g54_t9
 L  prec_g73_g55_t7
 L  prec_g73_g55_t9
 L  prec_g73_g56_t7
 L  prec_g73_g56_t9
 L  prec_g73_g57_t7
 L  prec_g73_g57_t9
 L  prec_g73_g58_t7
 L  prec_g73_g58_t9
 L  prec_g73_g59_t7
 L  prec_g73_g59_t9
 L  prec_g73_g60_t7
 L  prec_g73_g60_t9
 L  prec_g73_g61_t7
 L  prec_g73_g61_t9
 L  prec_g73_g62_t7
 L  prec_g73_g62_t9
 L  prec_g73_g63_t7
 L  prec_g73_g63_t9
 L  prec_g73_g64_t7
 L  prec_g73_g64_t9
 L  prec_g73_g65_t7
 L  prec_g73_g65_t9
 L  prec_g73_g66_t7
 L  prec_g73_g66_t9
 L  prec_g73_g67_t7
 L  prec_g73_g67_t9
 L  prec_g73_g68_t7
 L  prec_g73_g68_t9
 L  prec_g73_g69_t7
 L  prec_g73_g69_t9
 L  prec_g73_g70_t7
 L  prec_g73_g70_t9
 L  prec_g73_g71_t7
 L  prec_g73_g71_t9
 L  prec_g73_g72_t7
 L  prec_g73_g72_t9
 L  prec_g74_g1_t6
 L  prec_g75_g2_t6
 L  prec_g76_g3_t6
 L  prec_g77_g4_t6
 L  prec_g78_g5_t6
 L  prec_g79_g6_t6
 L  prec_g80_g7_t6
 L  prec_g81_g8_t6
 L  prec_g82_g9_t6
 L  prec_g83_g10_t6
 L  prec_g84_g11_t6
 L  prec_g85_g12_t6
 L  prec_g86_g13_t6
 L  prec_g87_g14_t6
 L  prec_g88_g15_t6
 L  prec_g89_g16_t6
 L  prec_g90_g17_t6
 L  prec_g91_g18_t6
 L  prec_g92_g19_t6
 L  prec_g93_g20_t6
 L  prec_g94_g21_t6
 L  prec_g95_g22_t6
 L  prec_g96_g23_t6
 L  prec_g97_g24_t6
 L  prec_g98_g25_t6
 L  prec_g99_g26_t6
 L  prec_g100_g27_t6
 L  prec_g101_g28_t6
 L  prec_g102_g29_t6
 L  prec_g103_g30_t6
 L  prec_g104_g31_t6
 L  prec_g105_g32_t6
 L  prec_g106_g33_t6
 L  prec_g107_g34_t6
 L  prec_g108_g35_t6
 L  prec_g109_g36_t6
 L  prec_g110_g74_t7
 L  prec_g110_g74_t9
 L  prec_g110_g75_t7
 L  prec_g110_g75_t9
 L  prec_g110_g76_t7
 L  prec_g110_g76_t9
 L  prec_g110_g77_t7
 L  prec_g110_g77_t9
 L  prec_g110_g78_t7
 L  prec_g110_g78_t9
 L  prec_g110_g79_t7
 L  prec_g110_g79_t9
 L  prec_g110_g80_t7
 L  prec_g110_g80_t9
 L  prec_g110_g81_t7
 L  prec_g110_g81_t9
 L  prec_g110_g82_t7
 L  prec_g110_g82_t9
 L  prec_g110_g83_t7
 L  prec_g110_g83_t9
 L  prec_g110_g84_t7
 L  prec_g110_g84_t9
 L  prec_g110_g85_t7
 L  prec_g110_g85_t9
 L  prec_g110_g86_t7
 L  prec_g110_g86_t9
 L  prec_g110_g87_t7
 L  prec_g110_g87_t9
 L  prec_g110_g88_t7
 L  prec_g110_g88_t9
 L  prec_g110_g89_t7
 L  prec_g110_g89_t9
 L  prec_g110_g90_t7
 L  prec_g110_g90_t9
 L  prec_g110_g91_t7
 L  prec_g110_g91_t9
 L  prec_g110_g92_t7
 L  prec_g110_g92_t9
 L  prec_g110_g93_t7
 L  prec_g110_g93_t9
 L  prec_g110_g94_t7
 L  prec_g110_g94_t9
 L  prec_g110_g95_t7
 L  prec_g110_g95_t9
 L  prec_g110_g96_t7
 L  prec_g110_g96_t9
 L  prec_g110_g97_t7
 L  prec_g110_g97_t9
 L  prec_g110_g98_t7
 L  prec_g110_g98_t9
 L  prec_g110_g99_t7
 L  prec_g110_g99_t9
 L  prec_g110_g100_t7
 L  prec_g110_g100_t9
 L  prec_g110_g101_t7
 L  prec_g110_g101_t9
 L  prec_g110_g102_t7
 L  prec_g110_g102_t9
 L  prec_g110_g103_t7
 L  prec_g110_g103_t9
 L  prec_g110_g104_t7
 L  prec_g110_g104_t9
 L  prec_g110_g105_t7
 L  prec_g110_g105_t9
 L  prec_g110_g106_t7
 L  prec_g110_g106_t9
 L  prec_g110_g107_t7
 L  prec_g110_g107_t9
 L  prec_g110_g108_t7
 L  prec_g110_g108_t9
 L  prec_g110_g109_t7
 L  prec_g110_g109_t9
 L  prec_g111_g1_t6
 L  prec_g112_g2_t6
 L  prec_g113_g3_t6
 L  prec_g114_g4_t6
 L  prec_g115_g5_t6
 L  prec_g116_g6_t6
 L  prec_g117_g7_t6
 L  prec_g118_g8_t6
 L  prec_g119_g9_t6
 L  prec_g120_g10_t6
 L  prec_g121_g11_t6
 L  prec_g122_g12_t6
 L  prec_g123_g13_t6
 L  prec_g124_g14_t6
 L  prec_g125_g15_t6
 L  prec_g126_g16_t6
 L  prec_g127_g17_t6
 L  prec_g128_g18_t6
 L  prec_g129_g19_t6
 L  prec_g130_g20_t6
 L  prec_g131_g21_t6
 L  prec_g132_g22_t6
 L  prec_g133_g23_t6
 L  prec_g134_g24_t6
 L  prec_g135_g25_t6
 L  prec_g136_g26_t6
 L  prec_g137_g27_t6
 L  prec_g138_g28_t6
 L  prec_g139_g29_t6
 L  prec_g140_g30_t6
 L  prec_g141_g31_t6
 L  prec_g142_g32_t6
 L  prec_g143_g33_t6
 L  prec_g144_g34_t6
 L  prec_g145_g35_t6
 L  prec_g146_g36_t6
 L  prec_g147_g111_t7
 L  prec_g147_g111_t9
 L  prec_g147_g112_t7
 L  prec_g147_g112_t9
 L  prec_g147_g113_t7
 L  prec_g147_g113_t9
 L  prec_g147_g114_t7
 L  prec_g147_g114_t9
 L  prec_g147_g115_t7
 L  prec_g147_g115_t9
 L  prec_g147_g116_t7
 L  prec_g147_g116_t9
 L  prec_g147_g117_t7
 L  prec_g147_g117_t9
 L  prec_g147_g118_t7
 L  prec_g147_g118_t9
 L  prec_g147_g119_t7
 L  prec_g147_g119_t9
 L  prec_g147_g120_t7
 L  prec_g147_g120_t9
 L  prec_g147_g121_t7
 L  prec_g147_g121_t9
 L  prec_g147_g122_t7
 L  prec_g147_g122_t9
 L  prec_g147_g123_t7
 L  prec_g147_g123_t9
 L  prec_g147_g124_t7
 L  prec_g147_g124_t9
 L  prec_g147_g125_t7
 L  prec_g147_g125_t9
 L  prec_g147_g126_t7
 L  prec_g147_g126_t9
 L  prec_g147_g127_t7
 L  prec_g147_g127_t9
 L  prec_g147_g128_t7
 L  prec_g147_g128_t9
 L  prec_g147_g129_t7
 L  prec_g147_g129_t9
 L  prec_g147_g130_t7
 L  prec_g147_g130_t9
 L  prec_g147_g131_t7
 L  prec_g147_g131_t9
 L  prec_g147_g132_t7
 L  prec_g147_g132_t9
 L  prec_g147_g133_t7
 L  prec_g147_g133_t9
 L  prec_g147_g134_t7
 L  prec_g147_g134_t9
 L  prec_g147_g135_t7
 L  prec_g147_g135_t9
 L  prec_g147_g136_t7
 L  prec_g147_g136_t9
 L  prec_g147_g137_t7
 L  prec_g147_g137_t9
 L  prec_g147_g138_t7
 L  prec_g147_g138_t9
 L  prec_g147_g139_t7
 L  prec_g147_g139_t9
 L  prec_g147_g140_t7
 L  prec_g147_g140_t9
 L  prec_g147_g141_t7
 L  prec_g147_g141_t9
 L  prec_g147_g142_t7
 L  prec_g147_g142_t9
 L  prec_g147_g143_t7
 L  prec_g147_g143_t9
 L  prec_g147_g144_t7
 L  prec_g147_g144_t9
 L  prec_g147_g145_t7
 L  prec_g147_g145_t9
 L  prec_g147_g146_t7
 L  prec_g147_g146_t9
 L  prec_g148_g1_t6
 L  prec_g149_g2_t6
 L  prec_g150_g3_t6
 L  prec_g151_g4_t6
 L  prec_g152_g5_t6
 L  prec_g153_g6_t6
 L  prec_g154_g7_t6
 L  prec_g155_g8_t6
 L  prec_g156_g9_t6
 L  prec_g157_g10_t6
 L  prec_g158_g11_t6
 L  prec_g159_g12_t6
 L  prec_g160_g13_t6
 L  prec_g161_g14_t6
 L  prec_g162_g15_t6
 L  prec_g163_g16_t6
 L  prec_g164_g17_t6
 L  prec_g165_g18_t6
 L  prec_g166_g19_t6
 L  prec_g167_g20_t6
 L  prec_g168_g21_t6
 L  prec_g169_g22_t6
 L  prec_g170_g23_t6
 L  prec_g171_g24_t6
 L  prec_g172_g25_t6
 L  prec_g173_g26_t6
 L  prec_g174_g27_t6
 L  prec_g175_g28_t6
 L  prec_g176_g29_t6
 L  prec_g177_g30_t6
 L  prec_g178_g31_t6
 L  prec_g179_g32_t6
 L  prec_g180_g33_t6
 L  prec_g181_g34_t6
 L  prec_g182_g35_t6
 L  prec_g183_g36_t6
 L  prec_g184_g148_t7
 L  prec_g184_g148_t9
 L  prec_g184_g149_t7
 L  prec_g184_g149_t9
 L  prec_g184_g150_t7
 L  prec_g184_g150_t9
 L  prec_g184_g151_t7
 L  prec_g184_g151_t9
 L  prec_g184_g152_t7
 L  prec_g184_g152_t9
 L  prec_g184_g153_t7
 L  prec_g184_g153_t9
 L  prec_g184_g154_t7
 L  prec_g184_g154_t9
 L  prec_g184_g155_t7
 L  prec_g184_g155_t9
 L  prec_g184_g156_t7
 L  prec_g184_g156_t9
 L  prec_g184_g157_t7
 L  prec_g184_g157_t9
 L  prec_g184_g158_t7
 L  prec_g184_g158_t9
 L  prec_g184_g159_t7
 L  prec_g184_g159_t9
 L  prec_g184_g160_t7
 L  prec_g184_g160_t9
 L  prec_g184_g161_t7
 L  prec_g184_g161_t9
 L  prec_g184_g162_t7
 L  prec_g184_g162_t9
 L  prec_g184_g163_t7
 L  prec_g184_g163_t9
 L  prec_g184_g164_t7
 L  prec_g184_g164_t9
 L  prec_g184_g165_t7
 L  prec_g184_g165_t9
 L  prec_g184_g166_t7
 L  prec_g184_g166_t9
 L  prec_g184_g167_t7
 L  prec_g184_g167_t9
 L  prec_g184_g168_t7
 L  prec_g184_g168_t9
 L  prec_g184_g169_t7
 L  prec_g184_g169_t9
 L  prec_g184_g170_t7
 L  prec_g184_g170_t9
 L  prec_g184_g171_t7
 L  prec_g184_g171_t9
 L  prec_g184_g172_t7
 L  prec_g184_g172_t9
 L  prec_g184_g173_t7
 L  prec_g184_g173_t9
 L  prec_g184_g174_t7
 L  prec_g184_g174_t9
 L  prec_g184_g175_t7
 L  prec_g184_g175_t9
 L  prec_g184_g176_t7
 L  prec_g184_g176_t9
 L  prec_g184_g177_t7
 L  prec_g184_g177_t9
 L  prec_g184_g178_t7
 L  prec_g184_g178_t9
 L  prec_g184_g179_t7
 L  prec_g184_g179_t9
 L  prec_g184_g180_t7
 L  prec_g184_g180_t9
 L  prec_g184_g181_t7
 L  prec_g184_g181_t9
 L  prec_g184_g182_t7
 L  prec_g184_g182_t9
 L  prec_g184_g183_t7
 L  prec_g184_g183_t9
 L  prec_g185_g0_t2
 L  prec_g186_g0_t2
 L  prec_g187_g185_t3
 L  prec_g187_g185_t5
 L  prec_g187_g186_t3
 L  prec_g187_g186_t5
 L  prec_g188_g0_t2
 L  prec_g189_g0_t2
 L  prec_g190_g188_t3
 L  prec_g190_g188_t5
 L  prec_g190_g189_t3
 L  prec_g190_g189_t5
 L  prec_g191_g0_t2
 L  prec_g192_g0_t2
 L  prec_g193_g191_t3
 L  prec_g193_g191_t5
 L  prec_g193_g192_t3
 L  prec_g193_g192_t5
 L  prec_g194_g0_t2
 L  prec_g195_g0_t2
 L  prec_g196_g194_t3
 L  prec_g196_g194_t5
 L  prec_g196_g195_t3
 L  prec_g196_g195_t5
 L  prec_g197_g0_t2
 L  prec_g198_g0_t2
 L  prec_g199_g197_t3
 L  prec_g199_g197_t5
 L  prec_g199_g198_t3
 L  prec_g199_g198_t5
 L  prec_g200_g0_t2
 L  prec_g201_g0_t2
 L  prec_g202_g200_t3
 L  prec_g202_g200_t5
 L  prec_g202_g201_t3
 L  prec_g202_g201_t5
 L  prec_g203_g0_t2
 L  prec_g204_g0_t2
 L  prec_g205_g203_t3
 L  prec_g205_g203_t5
 L  prec_g205_g204_t3
 L  prec_g205_g204_t5
 L  prec_g206_g0_t2
 L  prec_g207_g0_t2
 L  prec_g208_g206_t3
 L  prec_g208_g206_t5
 L  prec_g208_g207_t3
 L  prec_g208_g207_t5
 L  prec_g209_g0_t2
 L  prec_g210_g0_t2
 L  prec_g211_g209_t3
 L  prec_g211_g209_t5
 L  prec_g211_g210_t3
 L  prec_g211_g210_t5
 L  prec_g212_g0_t2
 L  prec_g213_g0_t2
 L  prec_g214_g212_t3
 L  prec_g214_g212_t5
 L  prec_g214_g213_t3
 L  prec_g214_g213_t5
 L  prec_g215_g0_t2
 L  prec_g216_g0_t2
 L  prec_g217_g215_t3
 L  prec_g217_g215_t5
 L  prec_g217_g216_t3
 L  prec_g217_g216_t5
 L  prec_g218_g0_t2
 L  prec_g219_g0_t2
 L  prec_g220_g218_t3
 L  prec_g220_g218_t5
 L  prec_g220_g219_t3
 L  prec_g220_g219_t5
 L  prec_g221_g0_t2
 L  prec_g222_g0_t2
 L  prec_g223_g221_t3
 L  prec_g223_g221_t5
 L  prec_g223_g222_t3
 L  prec_g223_g222_t5
 L  prec_g224_g0_t2
 L  prec_g225_g0_t2
 L  prec_g226_g224_t3
 L  prec_g226_g224_t5
 L  prec_g226_g225_t3
 L  prec_g226_g225_t5
 L  prec_g227_g0_t2
 L  prec_g228_g0_t2
 L  prec_g229_g227_t3
 L  prec_g229_g227_t5
 L  prec_g229_g228_t3
 L  prec_g229_g228_t5
 L  prec_g230_g0_t2
 L  prec_g231_g0_t2
 L  prec_g232_g230_t3
 L  prec_g232_g230_t5
 L  prec_g232_g231_t3
 L  prec_g232_g231_t5
 L  prec_g233_g0_t2
 L  prec_g234_g0_t2
 L  prec_g235_g233_t3
 L  prec_g235_g233_t5
 L  prec_g235_g234_t3
 L  prec_g235_g234_t5
 L  prec_g236_g0_t2
 L  prec_g237_g0_t2
 L  prec_g238_g236_t3
 L  prec_g238_g236_t5
 L  prec_g238_g237_t3
 L  prec_g238_g237_t5
 L  prec_g239_g0_t2
 L  prec_g240_g0_t2
 L  prec_g241_g239_t3
 L  prec_g241_g239_t5
 L  prec_g241_g240_t3
 L  prec_g241_g240_t5
 L  prec_g242_g0_t2
 L  prec_g243_g0_t2
 L  prec_g244_g242_t3
 L  prec_g244_g242_t5
 L  prec_g244_g243_t3
 L  prec_g244_g243_t5
 L  prec_g245_g0_t2
 L  prec_g246_g0_t2
 L  prec_g247_g245_t3
 L  prec_g247_g245_t5
 L  prec_g247_g246_t3
 L  prec_g247_g246_t5
 L  prec_g248_g0_t2
 L  prec_g249_g0_t2
 L  prec_g250_g248_t3
 L  prec_g250_g248_t5
 L  prec_g250_g249_t3
 L  prec_g250_g249_t5
 L  prec_g251_g0_t2
 L  prec_g252_g0_t2
 L  prec_g253_g251_t3
 L  prec_g253_g251_t5
 L  prec_g253_g252_t3
 L  prec_g253_g252_t5
 L  prec_g254_g0_t2
 L  prec_g255_g0_t2
 L  prec_g256_g254_t3
 L  prec_g256_g254_t5
 L  prec_g256_g255_t3
 L  prec_g256_g255_t5
 L  prec_g257_g0_t2
 L  prec_g258_g0_t2
 L  prec_g259_g257_t3
 L  prec_g259_g257_t5
 L  prec_g259_g258_t3
 L  prec_g259_g258_t5
 L  prec_g260_g0_t2
 L  prec_g261_g0_t2
 L  prec_g262_g260_t3
 L  prec_g262_g260_t5
 L  prec_g262_g261_t3
 L  prec_g262_g261_t5
 L  prec_g263_g0_t2
 L  prec_g264_g0_t2
 L  prec_g265_g263_t3
 L  prec_g265_g263_t5
 L  prec_g265_g264_t3
 L  prec_g265_g264_t5
 L  prec_g266_g0_t2
 L  prec_g267_g0_t2
 L  prec_g268_g266_t3
 L  prec_g268_g266_t5
 L  prec_g268_g267_t3
 L  prec_g268_g267_t5
 L  prec_g269_g0_t2
 L  prec_g270_g0_t2
 L  prec_g271_g269_t3
 L  prec_g271_g269_t5
 L  prec_g271_g270_t3
 L  prec_g271_g270_t5
 L  prec_g272_g0_t2
 L  prec_g273_g0_t2
 L  prec_g274_g272_t3
 L  prec_g274_g272_t5
 L  prec_g274_g273_t3
 L  prec_g274_g273_t5
 L  prec_g275_g0_t2
 L  prec_g276_g0_t2
 L  prec_g277_g275_t3
 L  prec_g277_g275_t5
 L  prec_g277_g276_t3
 L  prec_g277_g276_t5
 L  prec_g278_g0_t2
 L  prec_g279_g0_t2
 L  prec_g280_g278_t3
 L  prec_g280_g278_t5
 L  prec_g280_g279_t3
 L  prec_g280_g279_t5
 L  prec_g281_g187_t5
 L  prec_g281_g187_t7
 L  prec_g281_g187_t9
 L  prec_g281_g190_t5
 L  prec_g281_g190_t7
 L  prec_g281_g190_t9
 L  prec_g281_g193_t5
 L  prec_g281_g193_t7
 L  prec_g281_g193_t9
 L  prec_g281_g196_t5
 L  prec_g281_g196_t7
 L  prec_g281_g196_t9
 L  prec_g281_g199_t5
 L  prec_g281_g199_t7
 L  prec_g281_g199_t9
 L  prec_g281_g202_t5
 L  prec_g281_g202_t7
 L  prec_g281_g202_t9
 L  prec_g281_g205_t5
 L  prec_g281_g205_t7
 L  prec_g281_g205_t9
 L  prec_g281_g208_t5
 L  prec_g281_g208_t7
 L  prec_g281_g208_t9
 L  prec_g281_g211_t5
 L  prec_g281_g211_t7
 L  prec_g281_g211_t9
 L  prec_g281_g214_t5
 L  prec_g281_g214_t7
 L  prec_g281_g214_t9
 L  prec_g281_g217_t5
 L  prec_g281_g217_t7
 L  prec_g281_g217_t9
 L  prec_g281_g220_t5
 L  prec_g281_g220_t7
 L  prec_g281_g220_t9
 L  prec_g281_g223_t5
 L  prec_g281_g223_t7
 L  prec_g281_g223_t9
 L  prec_g281_g226_t5
 L  prec_g281_g226_t7
 L  prec_g281_g226_t9
 L  prec_g281_g229_t5
 L  prec_g281_g229_t7
 L  prec_g281_g229_t9
 L  prec_g281_g232_t5
 L  prec_g281_g232_t7
 L  prec_g281_g232_t9
 L  prec_g281_g235_t5
 L  prec_g281_g235_t7
 L  prec_g281_g235_t9
 L  prec_g281_g238_t5
 L  prec_g281_g238_t7
 L  prec_g281_g238_t9
 L  prec_g281_g241_t5
 L  prec_g281_g241_t7
 L  prec_g281_g241_t9
 L  prec_g281_g244_t5
 L  prec_g281_g244_t7
 L  prec_g281_g244_t9
 L  prec_g281_g247_t5
 L  prec_g281_g247_t7
 L  prec_g281_g247_t9
 L  prec_g281_g250_t5
 L  prec_g281_g250_t7
 L  prec_g281_g250_t9
 L  prec_g281_g253_t5
 L  prec_g281_g253_t7
 L  prec_g281_g253_t9
 L  prec_g281_g256_t5
 L  prec_g281_g256_t7
 L  prec_g281_g256_t9
 L  prec_g281_g259_t5
 L  prec_g281_g259_t7
 L  prec_g281_g259_t9
 L  prec_g281_g262_t5
 L  prec_g281_g262_t7
 L  prec_g281_g262_t9
 L  prec_g281_g265_t5
 L  prec_g281_g265_t7
 L  prec_g281_g265_t9
 L  prec_g281_g268_t5
 L  prec_g281_g268_t7
 L  prec_g281_g268_t9
 L  prec_g281_g271_t5
 L  prec_g281_g271_t7
 L  prec_g281_g271_t9
 L  prec_g281_g274_t5
 L  prec_g281_g274_t7
 L  prec_g281_g274_t9
 L  prec_g281_g277_t5
 L  prec_g281_g277_t7
 L  prec_g281_g277_t9
 L  prec_g281_g280_t5
 L  prec_g281_g280_t7
 L  prec_g281_g280_t9
 L  prec_g282_g1_t3
 L  prec_g282_g1_t5
 L  prec_g282_g2_t3
 L  prec_g282_g2_t5
 L  prec_g282_g3_t3
 L  prec_g282_g3_t5
 L  prec_g282_g4_t3
 L  prec_g282_g4_t5
 L  prec_g282_g5_t3
 L  prec_g282_g5_t5
 L  prec_g282_g6_t3
 L  prec_g282_g6_t5
 L  prec_g282_g7_t3
 L  prec_g282_g7_t5
 L  prec_g282_g8_t3
 L  prec_g282_g8_t5
 L  prec_g282_g9_t3
 L  prec_g282_g9_t5
 L  prec_g282_g10_t3
 L  prec_g282_g10_t5
 L  prec_g282_g11_t3
 L  prec_g282_g11_t5
 L  prec_g282_g12_t3
 L  prec_g282_g12_t5
 L  prec_g282_g13_t3
 L  prec_g282_g13_t5
 L  prec_g282_g14_t3
 L  prec_g282_g14_t5
 L  prec_g282_g15_t3
 L  prec_g282_g15_t5
 L  prec_g282_g16_t3
 L  prec_g282_g16_t5
 L  prec_g282_g17_t3
 L  prec_g282_g17_t5
 L  prec_g282_g18_t3
 L  prec_g282_g18_t5
 L  prec_g282_g19_t3
 L  prec_g282_g19_t5
 L  prec_g282_g20_t3
 L  prec_g282_g20_t5
 L  prec_g282_g21_t3
 L  prec_g282_g21_t5
 L  prec_g282_g22_t3
 L  prec_g282_g22_t5
 L  prec_g282_g23_t3
 L  prec_g282_g23_t5
 L  prec_g282_g24_t3
 L  prec_g282_g24_t5
 L  prec_g282_g25_t3
 L  prec_g282_g25_t5
 L  prec_g282_g26_t3
 L  prec_g282_g26_t5
 L  prec_g282_g27_t3
 L  prec_g282_g27_t5
 L  prec_g282_g28_t3
 L  prec_g282_g28_t5
 L  prec_g282_g29_t3
 L  prec_g282_g29_t5
 L  prec_g282_g30_t3
 L  prec_g282_g30_t5
 L  prec_g282_g31_t3
 L  prec_g282_g31_t5
 L  prec_g282_g32_t3
 L  prec_g282_g32_t5
 L  prec_g282_g33_t3
 L  prec_g282_g33_t5
 L  prec_g282_g34_t3
 L  prec_g282_g34_t5
 L  prec_g282_g35_t3
 L  prec_g282_g35_t5
 L  prec_g282_g36_t3
 L  prec_g282_g36_t5
 L  ffn_L0
 L  ffn_L1
 L  ffn_L2
 G  o_v0_c9_r0
 G  o_v0_c9_r1
 G  o_v0_c9_r2
 G  o_v0_c9_r3
 G  o_v0_c9_r4
 G  o_v0_c9_r5
 G  o_v0_c9_r6
 G  o_v0_c9_r7
 G  o_v0_c9_r8
 G  o_v0_c9_r9
 G  o_v0_c9_r10
 G  o_v0_c9_r11
 G  o_v0_c9_r12
 G  o_v0_c9_r13
 G  o_v0_c9_r14
 G  o_v0_c9_r15
 G  o_v0_c9_r16
 G  o_v0_c9_r17
 G  o_v0_c9_r18
 G  o_v0_c9_r19
 G  o_v0_c9_r20
 G  o_v0_c9_r21
 G  o_v0_c9_r22
 G  o_v0_c9_r23
 G  o_v0_c9_r24
 G  o_v0_c9_r25
 G  o_v0_c9_r26
 G  o_v0_c9_r27
 G  o_v0_c9_r28
 G  o_v0_c9_r29
 G  o_v0_c9_r30
 G  o_v0_c9_r31
 G  o_v0_c9_r32
 G  o_v0_c9_r33
 G  o_v0_c9_r34
 G  o_v0_c9_r35
 G  o_v0_c9_r36
 G  o_v0_c9_r37
 G  o_v0_c9_r38
 G  o_v0_c9_r39
 G  o_v0_c9_r40
 G  o_v0_c9_r41
 G  o_v0_c9_r42
 G  o_v0_c9_r43
 G  o_v0_c9_r44
 G  o_v0_c9_r45
 G  o_v0_c9_r46
 G  o_v0_c9_r47
 G  o_v0_c9_r48
 G  o_v0_c9_r49
 G  o_v0_c9_r50
 G  o_v0_c9_r51
 G  o_v0_c9_r52
 G  o_v0_c9_r53
 G  o_v0_c9_r54
 G  o_v0_c9_r55
 G  o_v0_c9_r56
 G  o_v0_c9_r57
 G  o_v0_c9_r58
 G  o_v0_c9_r59
 G  o_v0_c9_r60
 G  o_v0_c9_r61
 G  o_v0_c9_r62
 G  o_v0_c9_r63
 G  o_v0_c9_r64
 G  o_v0_c9_r65
 G  o_v0_c9_r66
 G  o_v0_c9_r67
 G  o_v0_c9_r68
 G  o_v0_c9_r69
 G  o_v0_c9_r70
 G  o_v0_c9_r71
 G  o_v0_c9_r72
 G  o_v0_c9_r73
 G  o_v0_c9_r74
 G  o_v0_c9_r75
 G  o_v0_c9_r76
 G  o_v0_c9_r77
 G  o_v0_c9_r78
 G  o_v0_c9_r79
 G  o_v0_c9_r80
 G  o_v0_c9_r81
 G  o_v0_c9_r82
 G  o_v0_c9_r83
 G  o_v0_c9_r84
 G  o_v0_c9_r85
 G  o_v0_c9_r86
 G  o_v0_c9_r87
 G  o_v0_c9_r88
 G  o_v0_c9_r89
 G  o_v0_c9_r90
 G  o_v0_c9_r91
 G  o_v0_c9_r92
 G  o_v0_c9_r93
 G  o_v0_c9_r94
 G  o_v0_c9_r95
 G  o_v0_c11_r0
 G  o_v0_c11_r1
 G  o_v0_c11_r2
 G  o_v0_c11_r3
 G  o_v0_c11_r4
 G  o_v0_c11_r5
 G  o_v0_c11_r6
 G  o_v0_c11_r7
 G  o_v0_c11_r8
 G  o_v0_c11_r9
 G  o_v0_c11_r10
 G  o_v0_c11_r11
 G  o_v0_c11_r12
 G  o_v0_c11_r13
 G  o_v0_c11_r14
 G  o_v0_c11_r15
 G  o_v0_c11_r16
 G  o_v0_c11_r17
 G  o_v0_c11_r18
 G  o_v0_c11_r19
 G  o_v0_c11_r20
 G  o_v0_c11_r21
 G  o_v0_c11_r22
 G  o_v0_c11_r23
 G  o_v0_c11_r24
 G  o_v0_c11_r25
 G  o_v0_c11_r26
 G  o_v0_c11_r27
 G  o_v0_c11_r28
 G  o_v0_c11_r29
 G  o_v0_c11_r30
 G  o_v0_c11_r31
 G  o_v0_c11_r32
 G  o_v0_c11_r33
 G  o_v0_c11_r34
 G  o_v0_c11_r35
 G  o_v0_c11_r36
 G  o_v0_c11_r37
 G  o_v0_c11_r38
 G  o_v0_c11_r39
 G  o_v0_c11_r40
 G  o_v0_c11_r41
 G  o_v0_c11_r42
 G  o_v0_c11_r43
 G  o_v0_c11_r44
 G  o_v0_c11_r45
 G  o_v0_c11_r46
 G  o_v0_c11_r47
 G  o_v0_c11_r48
 G  o_v0_c11_r49
 G  o_v0_c11_r50
 G  o_v0_c11_r51
 G  o_v0_c11_r52
 G  o_v0_c11_r53
 G  o_v0_c11_r54
 G  o_v0_c11_r55
 G  o_v0_c11_r56
 G  o_v0_c11_r57
 G  o_v0_c11_r58
 G  o_v0_c11_r59
 G  o_v0_c11_r60
 G  o_v0_c11_r61
 G  o_v0_c11_r62
 G  o_v0_c11_r63
 G  o_v0_c11_r64
 G  o_v0_c11_r65
 G  o_v0_c11_r66
 G  o_v0_c11_r67
 G  o_v0_c11_r68
 G  o_v0_c11_r69
 G  o_v0_c11_r70
 G  o_v0_c11_r71
 G  o_v0_c11_r72
 G  o_v0_c11_r73
 G  o_v0_c11_r74
 G  o_v0_c11_r75
 G  o_v0_c11_r76
 G  o_v0_c11_r77
 G  o_v0_c11_r78
 G  o_v0_c11_r79
 G  o_v0_c11_r80
 G  o_v0_c11_r81
 G  o_v0_c11_r82
 G  o_v0_c11_r83
 G  o_v0_c11_r84
 G  o_v0_c11_r85
 G  o_v0_c11_r86
 G  o_v0_c11_r87
 G  o_v0_c11_r88
 G  o_v0_c11_r89
 G  o_v0_c11_r90
 G  o_v0_c11_r91
 G  o_v0_c11_r92
 G  o_v0_c11_r93
 G  o_v0_c11_r94
 G  o_v0_c11_r95
 G  o_v11_c1_r0
 G  o_v11_c1_r1
 G  o_v11_c1_r2
 G  o_v11_c1_r3
 G  o_v11_c1_r4
 G  o_v11_c1_r5
 G  o_v11_c1_r6
 G  o_v11_c1_r7
 G  o_v11_c1_r8
 G  o_v11_c1_r9
 G  o_v11_c1_r10
 G  o_v11_c1_r11
 G  o_v11_c1_r12
 G  o_v11_c1_r13
 G  o_v11_c1_r14
 G  o_v11_c1_r15
 G  o_v11_c1_r16
 G  o_v11_c1_r17
 G  o_v11_c1_r18
 G  o_v11_c1_r19
 G  o_v11_c1_r20
 G  o_v11_c1_r21
 G  o_v11_c1_r22
 G  o_v11_c1_r23
 G  o_v11_c1_r24
 G  o_v11_c1_r25
 G  o_v11_c1_r26
 G  o_v11_c1_r27
 G  o_v11_c1_r28
 G  o_v11_c1_r29
 G  o_v11_c1_r30
 G  o_v11_c1_r31
 G  o_v11_c1_r32
 G  o_v11_c1_r33
 G  o_v11_c3_r0
 G  o_v11_c3_r1
 G  o_v11_c3_r2
 G  o_v11_c3_r3
 G  o_v11_c3_r4
 G  o_v11_c3_r5
 G  o_v11_c3_r6
 G  o_v11_c3_r7
 G  o_v11_c3_r8
 G  o_v11_c3_r9
 G  o_v11_c3_r10
 G  o_v11_c3_r11
 G  o_v11_c3_r12
 G  o_v11_c3_r13
 G  o_v11_c3_r14
 G  o_v11_c3_r15
 G  o_v11_c3_r16
 G  o_v11_c3_r17
 G  o_v11_c3_r18
 G  o_v11_c3_r19
 G  o_v11_c3_r20
 G  o_v11_c3_r21
 G  o_v11_c3_r22
 G  o_v11_c3_r23
 G  o_v11_c3_r24
 G  o_v11_c3_r25
 G  o_v11_c3_r26
 G  o_v11_c3_r27
 G  o_v11_c3_r28
 G  o_v11_c3_r29
 G  o_v11_c3_r30
 G  o_v11_c3_r31
 G  o_v11_c3_r32
 G  o_v11_c3_r33
 G  o_v11_c5_r0
 G  o_v11_c5_r1
 G  o_v11_c5_r2
 G  o_v11_c5_r3
 G  o_v11_c5_r4
 G  o_v11_c5_r5
 G  o_v11_c5_r6
 G  o_v11_c5_r7
 G  o_v11_c5_r8
 G  o_v11_c5_r9
 G  o_v11_c5_r10
 G  o_v11_c5_r11
 G  o_v11_c5_r12
 G  o_v11_c5_r13
 G  o_v11_c5_r14
 G  o_v11_c5_r15
 G  o_v11_c5_r16
 G  o_v11_c5_r17
 G  o_v11_c5_r18
 G  o_v11_c5_r19
 G  o_v11_c5_r20
 G  o_v11_c5_r21
 G  o_v11_c5_r22
 G  o_v11_c5_r23
 G  o_v11_c5_r24
 G  o_v11_c5_r25
 G  o_v11_c5_r26
 G  o_v11_c5_r27
 G  o_v11_c5_r28
 G  o_v11_c5_r29
 G  o_v11_c5_r30
 G  o_v11_c5_r31
 G  o_v11_c5_r32
 G  o_v11_c5_r33
 G  o_v11_c7_r0
 G  o_v11_c7_r1
 G  o_v11_c7_r2
 G  o_v11_c7_r3
 G  o_v11_c7_r4
 G  o_v11_c7_r5
 G  o_v11_c7_r6
 G  o_v11_c7_r7
 G  o_v11_c7_r8
 G  o_v11_c7_r9
 G  o_v11_c7_r10
 G  o_v11_c7_r11
 G  o_v11_c7_r12
 G  o_v11_c7_r13
 G  o_v11_c7_r14
 G  o_v11_c7_r15
 G  o_v11_c7_r16
 G  o_v11_c7_r17
 G  o_v11_c7_r18
 G  o_v11_c7_r19
 G  o_v11_c7_r20
 G  o_v11_c7_r21
 G  o_v11_c7_r22
 G  o_v11_c7_r23
 G  o_v11_c7_r24
 G  o_v11_c7_r25
 G  o_v11_c7_r26
 G  o_v11_c7_r27
 G  o_v11_c7_r28
 G  o_v11_c7_r29
 G  o_v11_c7_r30
 G  o_v11_c7_r31
 G  o_v11_c7_r32
 G  o_v11_c7_r33
 G  o_v12_c1_r0
 G  o_v12_c1_r1
 G  o_v12_c1_r2
 G  o_v12_c1_r3
 G  o_v12_c1_r4
 G  o_v12_c1_r5
 G  o_v12_c1_r6
 G  o_v12_c1_r7
 G  o_v12_c1_r8
 G  o_v12_c1_r9
 G  o_v12_c1_r10
 G  o_v12_c1_r11
 G  o_v12_c1_r12
 G  o_v12_c1_r13
 G  o_v12_c1_r14
 G  o_v12_c1_r15
 G  o_v12_c1_r16
 G  o_v12_c1_r17
 G  o_v12_c1_r18
 G  o_v12_c1_r19
 G  o_v12_c1_r20
 G  o_v12_c1_r21
 G  o_v12_c1_r22
 G  o_v12_c1_r23
 G  o_v12_c1_r24
 G  o_v12_c1_r25
 G  o_v12_c1_r26
 G  o_v12_c1_r27
 G  o_v12_c1_r28
 G  o_v12_c1_r29
 G  o_v12_c1_r30
 G  o_v12_c1_r31
 G  o_v12_c1_r32
 G  o_v12_c1_r33
 G  o_v12_c3_r0
 G  o_v12_c3_r1
 G  o_v12_c3_r2
 G  o_v12_c3_r3
 G  o_v12_c3_r4
 G  o_v12_c3_r5
 G  o_v12_c3_r6
 G  o_v12_c3_r7
 G  o_v12_c3_r8
 G  o_v12_c3_r9
 G  o_v12_c3_r10
 G  o_v12_c3_r11
 G  o_v12_c3_r12
 G  o_v12_c3_r13
 G  o_v12_c3_r14
 G  o_v12_c3_r15
 G  o_v12_c3_r16
 G  o_v12_c3_r17
 G  o_v12_c3_r18
 G  o_v12_c3_r19
 G  o_v12_c3_r20
 G  o_v12_c3_r21
 G  o_v12_c3_r22
 G  o_v12_c3_r23
 G  o_v12_c3_r24
 G  o_v12_c3_r25
 G  o_v12_c3_r26
 G  o_v12_c3_r27
 G  o_v12_c3_r28
 G  o_v12_c3_r29
 G  o_v12_c3_r30
 G  o_v12_c3_r31
 G  o_v12_c3_r32
 G  o_v12_c3_r33
 G  o_v12_c5_r0
 G  o_v12_c5_r1
 G  o_v12_c5_r2
 G  o_v12_c5_r3
 G  o_v12_c5_r4
 G  o_v12_c5_r5
 G  o_v12_c5_r6
 G  o_v12_c5_r7
 G  o_v12_c5_r8
 G  o_v12_c5_r9
 G  o_v12_c5_r10
 G  o_v12_c5_r11
 G  o_v12_c5_r12
 G  o_v12_c5_r13
 G  o_v12_c5_r14
 G  o_v12_c5_r15
 G  o_v12_c5_r16
 G  o_v12_c5_r17
 G  o_v12_c5_r18
 G  o_v12_c5_r19
 G  o_v12_c5_r20
 G  o_v12_c5_r21
 G  o_v12_c5_r22
 G  o_v12_c5_r23
 G  o_v12_c5_r24
 G  o_v12_c5_r25
 G  o_v12_c5_r26
 G  o_v12_c5_r27
 G  o_v12_c5_r28
 G  o_v12_c5_r29
 G  o_v12_c5_r30
 G  o_v12_c5_r31
 G  o_v12_c5_r32
 G  o_v12_c5_r33
 G  o_v12_c7_r0
 G  o_v12_c7_r1
 G  o_v12_c7_r2
 G  o_v12_c7_r3
 G  o_v12_c7_r4
 G  o_v12_c7_r5
 G  o_v12_c7_r6
 G  o_v12_c7_r7
 G  o_v12_c7_r8
 G  o_v12_c7_r9
 G  o_v12_c7_r10
 G  o_v12_c7_r11
 G  o_v12_c7_r12
 G  o_v12_c7_r13
 G  o_v12_c7_r14
 G  o_v12_c7_r15
 G  o_v12_c7_r16
 G  o_v12_c7_r17
 G  o_v12_c7_r18
 G  o_v12_c7_r19
 G  o_v12_c7_r20
 G  o_v12_c7_r21
 G  o_v12_c7_r22
 G  o_v12_c7_r23
 G  o_v12_c7_r24
 G  o_v12_c7_r25
 G  o_v12_c7_r26
 G  o_v12_c7_r27
 G  o_v12_c7_r28
 G  o_v12_c7_r29
 G  o_v12_c7_r30
 G  o_v12_c7_r31
 G  o_v12_c7_r32
 G  o_v12_c7_r33
 G  o_v13_c1_r0
 G  o_v13_c1_r1
 G  o_v13_c1_r2
 G  o_v13_c1_r3
 G  o_v13_c1_r4
 G  o_v13_c1_r5
 G  o_v13_c1_r6
 G  o_v13_c1_r7
 G  o_v13_c1_r8
 G  o_v13_c1_r9
 G  o_v13_c1_r10
 G  o_v13_c1_r11
 G  o_v13_c1_r12
 G  o_v13_c1_r13
 G  o_v13_c1_r14
 G  o_v13_c1_r15
 G  o_v13_c1_r16
 G  o_v13_c1_r17
 G  o_v13_c1_r18
 G  o_v13_c1_r19
 G  o_v13_c1_r20
 G  o_v13_c1_r21
 G  o_v13_c1_r22
 G  o_v13_c1_r23
 G  o_v13_c1_r24
 G  o_v13_c1_r25
 G  o_v13_c1_r26
 G  o_v13_c1_r27
 G  o_v13_c1_r28
 G  o_v13_c1_r29
 G  o_v13_c1_r30
 G  o_v13_c1_r31
 G  o_v13_c1_r32
 G  o_v13_c1_r33
 G  o_v13_c1_r34
 G  o_v13_c1_r35
 G  o_v13_c1_r36
 G  o_v13_c1_r37
 G  o_v13_c1_r38
 G  o_v13_c1_r39
 G  o_v13_c1_r40
 G  o_v13_c1_r41
 G  o_v13_c1_r42
 G  o_v13_c1_r43
 G  o_v13_c1_r44
 G  o_v13_c1_r45
 G  o_v13_c1_r46
 G  o_v13_c1_r47
 G  o_v13_c1_r48
 G  o_v13_c1_r49
 G  o_v13_c1_r50
 G  o_v13_c1_r51
 G  o_v13_c1_r52
 G  o_v13_c1_r53
 G  o_v13_c1_r54
 G  o_v13_c1_r55
 G  o_v13_c1_r56
 G  o_v13_c1_r57
 G  o_v13_c1_r58
 G  o_v13_c1_r59
 G  o_v13_c1_r60
 G  o_v13_c1_r61
 G  o_v13_c1_r62
 G  o_v13_c1_r63
 G  o_v13_c1_r64
 G  o_v13_c1_r65
 G  o_v13_c1_r66
 G  o_v13_c1_r67
 G  o_v13_c1_r68
 G  o_v13_c1_r69
 G  o_v13_c1_r70
 G  o_v13_c1_r71
 G  o_v13_c1_r72
 G  o_v13_c1_r73
 G  o_v13_c1_r74
 G  o_v13_c1_r75
 G  o_v13_c1_r76
 G  o_v13_c1_r77
 G  o_v13_c1_r78
 G  o_v13_c1_r79
 G  o_v13_c1_r80
 G  o_v13_c1_r81
 G  o_v13_c1_r82
 G  o_v13_c1_r83
 G  o_v13_c1_r84
 G  o_v13_c1_r85
 G  o_v13_c1_r86
 G  o_v13_c1_r87
 G  o_v13_c1_r88
 G  o_v13_c1_r89
 G  o_v13_c1_r90
 G  o_v13_c1_r91
 G  o_v13_c1_r92
 G  o_v13_c1_r93
 G  o_v13_c1_r94
 G  o_v13_c1_r95
 G  o_v13_c1_r96
 G  o_v13_c1_r97
 G  o_v13_c1_r98
 G  o_v13_c1_r99
 G  o_v13_c1_r100
 G  o_v13_c1_r101
 G  o_v13_c1_r102
 G  o_v13_c1_r103
 G  o_v13_c1_r104
 G  o_v13_c1_r105
 G  o_v13_c1_r106
 G  o_v13_c1_r107
 G  o_v13_c1_r108
 G  o_v13_c1_r109
 G  o_v13_c1_r110
 G  o_v13_c1_r111
 G  o_v13_c1_r112
 G  o_v13_c1_r113
 G  o_v13_c1_r114
 G  o_v13_c1_r115
 G  o_v13_c1_r116
 G  o_v13_c1_r117
 G  o_v13_c1_r118
 G  o_v13_c1_r119
 G  o_v13_c1_r120
 G  o_v13_c1_r121
 G  o_v13_c1_r122
 G  o_v13_c1_r123
 G  o_v13_c1_r124
 G  o_v13_c1_r125
 G  o_v13_c1_r126
 G  o_v13_c1_r127
 G  o_v13_c3_r0
 G  o_v13_c3_r1
 G  o_v13_c3_r2
 G  o_v13_c3_r3
 G  o_v13_c3_r4
 G  o_v13_c3_r5
 G  o_v13_c3_r6
 G  o_v13_c3_r7
 G  o_v13_c3_r8
 G  o_v13_c3_r9
 G  o_v13_c3_r10
 G  o_v13_c3_r11
 G  o_v13_c3_r12
 G  o_v13_c3_r13
 G  o_v13_c3_r14
 G  o_v13_c3_r15
 G  o_v13_c3_r16
 G  o_v13_c3_r17
 G  o_v13_c3_r18
 G  o_v13_c3_r19
 G  o_v13_c3_r20
 G  o_v13_c3_r21
 G  o_v13_c3_r22
 G  o_v13_c3_r23
 G  o_v13_c3_r24
 G  o_v13_c3_r25
 G  o_v13_c3_r26
 G  o_v13_c3_r27
 G  o_v13_c3_r28
 G  o_v13_c3_r29
 G  o_v13_c3_r30
 G  o_v13_c3_r31
 G  o_v13_c3_r32
 G  o_v13_c3_r33
 G  o_v13_c3_r34
 G  o_v13_c3_r35
 G  o_v13_c3_r36
 G  o_v13_c3_r37
 G  o_v13_c3_r38
 G  o_v13_c3_r39
 G  o_v13_c3_r40
 G  o_v13_c3_r41
 G  o_v13_c3_r42
 G  o_v13_c3_r43
 G  o_v13_c3_r44
 G  o_v13_c3_r45
 G  o_v13_c3_r46
 G  o_v13_c3_r47
 G  o_v13_c3_r48
 G  o_v13_c3_r49
 G  o_v13_c3_r50
 G  o_v13_c3_r51
 G  o_v13_c3_r52
 G  o_v13_c3_r53
 G  o_v13_c3_r54
 G  o_v13_c3_r55
 G  o_v13_c3_r56
 G  o_v13_c3_r57
 G  o_v13_c3_r58
 G  o_v13_c3_r59
 G  o_v13_c3_r60
 G  o_v13_c3_r61
 G  o_v13_c3_r62
 G  o_v13_c3_r63
 G  o_v13_c3_r64
 G  o_v13_c3_r65
 G  o_v13_c3_r66
 G  o_v13_c3_r67
 G  o_v13_c3_r68
 G  o_v13_c3_r69
 G  o_v13_c3_r70
 G  o_v13_c3_r71
 G  o_v13_c3_r72
 G  o_v13_c3_r73
 G  o_v13_c3_r74
 G  o_v13_c3_r75
 G  o_v13_c3_r76
 G  o_v13_c3_r77
 G  o_v13_c3_r78
 G  o_v13_c3_r79
 G  o_v13_c3_r80
 G  o_v13_c3_r81
 G  o_v13_c3_r82
 G  o_v13_c3_r83
 G  o_v13_c3_r84
 G  o_v13_c3_r85
 G  o_v13_c3_r86
 G  o_v13_c3_r87
 G  o_v13_c3_r88
 G  o_v13_c3_r89
 G  o_v13_c3_r90
 G  o_v13_c3_r91
 G  o_v13_c3_r92
 G  o_v13_c3_r93
 G  o_v13_c3_r94
 G  o_v13_c3_r95
 G  o_v13_c3_r96
 G  o_v13_c3_r97
 G  o_v13_c3_r98
 G  o_v13_c3_r99
 G  o_v13_c3_r100
 G  o_v13_c3_r101
 G  o_v13_c3_r102
 G  o_v13_c3_r103
 G  o_v13_c3_r104
 G  o_v13_c3_r105
 G  o_v13_c3_r106
 G  o_v13_c3_r107
 G  o_v13_c3_r108
 G  o_v13_c3_r109
 G  o_v13_c3_r110
 G  o_v13_c3_r111
 G  o_v13_c3_r112
 G  o_v13_c3_r113
 G  o_v13_c3_r114
 G  o_v13_c3_r115
 G  o_v13_c3_r116
 G  o_v13_c3_r117
 G  o_v13_c3_r118
 G  o_v13_c3_r119
 G  o_v13_c3_r120
 G  o_v13_c3_r121
 G  o_v13_c3_r122
 G  o_v13_c3_r123
 G  o_v13_c3_r124
 G  o_v13_c3_r125
 G  o_v13_c3_r126
 G  o_v13_c3_r127
 G  o_v13_c9_r0
 G  o_v13_c9_r1
 G  o_v13_c9_r2
 G  o_v13_c9_r3
 G  o_v13_c9_r4
 G  o_v13_c9_r5
 G  o_v13_c9_r6
 G  o_v13_c9_r7
 G  o_v13_c9_r8
 G  o_v13_c9_r9
 G  o_v13_c9_r10
 G  o_v13_c9_r11
 G  o_v13_c9_r12
 G  o_v13_c9_r13
 G  o_v13_c9_r14
 G  o_v13_c9_r15
 G  o_v13_c9_r16
 G  o_v13_c9_r17
 G  o_v13_c9_r18
 G  o_v13_c9_r19
 G  o_v13_c9_r20
 G  o_v13_c9_r21
 G  o_v13_c9_r22
 G  o_v13_c9_r23
 G  o_v13_c9_r24
 G  o_v13_c9_r25
 G  o_v13_c9_r26
 G  o_v13_c9_r27
 G  o_v13_c9_r28
 G  o_v13_c9_r29
 G  o_v13_c9_r30
 G  o_v13_c9_r31
 G  o_v13_c9_r32
 G  o_v13_c9_r33
 G  o_v13_c9_r34
 G  o_v13_c9_r35
 G  o_v13_c9_r36
 G  o_v13_c9_r37
 G  o_v13_c9_r38
 G  o_v13_c9_r39
 G  o_v13_c9_r40
 G  o_v13_c9_r41
 G  o_v13_c9_r42
 G  o_v13_c9_r43
 G  o_v13_c9_r44
 G  o_v13_c9_r45
 G  o_v13_c9_r46
 G  o_v13_c9_r47
 G  o_v13_c9_r48
 G  o_v13_c9_r49
 G  o_v13_c9_r50
 G  o_v13_c9_r51
 G  o_v13_c9_r52
 G  o_v13_c9_r53
 G  o_v13_c9_r54
 G  o_v13_c9_r55
 G  o_v13_c9_r56
 G  o_v13_c9_r57
 G  o_v13_c9_r58
 G  o_v13_c9_r59
 G  o_v13_c9_r60
 G  o_v13_c9_r61
 G  o_v13_c9_r62
 G  o_v13_c9_r63
 G  o_v13_c11_r0
 G  o_v13_c11_r1
 G  o_v13_c11_r2
 G  o_v13_c11_r3
 G  o_v13_c11_r4
 G  o_v13_c11_r5
 G  o_v13_c11_r6
 G  o_v13_c11_r7
 G  o_v13_c11_r8
 G  o_v13_c11_r9
 G  o_v13_c11_r10
 G  o_v13_c11_r11
 G  o_v13_c11_r12
 G  o_v13_c11_r13
 G  o_v13_c11_r14
 G  o_v13_c11_r15
 G  o_v13_c11_r16
 G  o_v13_c11_r17
 G  o_v13_c11_r18
 G  o_v13_c11_r19
 G  o_v13_c11_r20
 G  o_v13_c11_r21
 G  o_v13_c11_r22
 G  o_v13_c11_r23
 G  o_v13_c11_r24
 G  o_v13_c11_r25
 G  o_v13_c11_r26
 G  o_v13_c11_r27
 G  o_v13_c11_r28
 G  o_v13_c11_r29
 G  o_v13_c11_r30
 G  o_v13_c11_r31
 G  o_v13_c11_r32
 G  o_v13_c11_r33
 G  o_v13_c11_r34
 G  o_v13_c11_r35
 G  o_v13_c11_r36
 G  o_v13_c11_r37
 G  o_v13_c11_r38
 G  o_v13_c11_r39
 G  o_v13_c11_r40
 G  o_v13_c11_r41
 G  o_v13_c11_r42
 G  o_v13_c11_r43
 G  o_v13_c11_r44
 G  o_v13_c11_r45
 G  o_v13_c11_r46
 G  o_v13_c11_r47
 G  o_v13_c11_r48
 G  o_v13_c11_r49
 G  o_v13_c11_r50
 G  o_v13_c11_r51
 G  o_v13_c11_r52
 G  o_v13_c11_r53
 G  o_v13_c11_r54
 G  o_v13_c11_r55
 G  o_v13_c11_r56
 G  o_v13_c11_r57
 G  o_v13_c11_r58
 G  o_v13_c11_r59
 G  o_v13_c11_r60
 G  o_v13_c11_r61
 G  o_v13_c11_r62
 G  o_v13_c11_r63
 G  o_v14_c1_r0
 G  o_v14_c1_r1
 G  o_v14_c1_r2
 G  o_v14_c1_r3
 G  o_v14_c1_r4
 G  o_v14_c1_r5
 G  o_v14_c1_r6
 G  o_v14_c1_r7
 G  o_v14_c1_r8
 G  o_v14_c1_r9
 G  o_v14_c1_r10
 G  o_v14_c1_r11
 G  o_v14_c1_r12
 G  o_v14_c1_r13
 G  o_v14_c1_r14
 G  o_v14_c1_r15
 G  o_v14_c1_r16
 G  o_v14_c1_r17
 G  o_v14_c1_r18
 G  o_v14_c1_r19
 G  o_v14_c1_r20
 G  o_v14_c1_r21
 G  o_v14_c1_r22
 G  o_v14_c1_r23
 G  o_v14_c1_r24
 G  o_v14_c1_r25
 G  o_v14_c1_r26
 G  o_v14_c1_r27
 G  o_v14_c1_r28
 G  o_v14_c1_r29
 G  o_v14_c1_r30
 G  o_v14_c1_r31
 G  o_v14_c1_r32
 G  o_v14_c1_r33
 G  o_v14_c1_r34
 G  o_v14_c1_r35
 G  o_v14_c1_r36
 G  o_v14_c1_r37
 G  o_v14_c1_r38
 G  o_v14_c1_r39
 G  o_v14_c1_r40
 G  o_v14_c1_r41
 G  o_v14_c1_r42
 G  o_v14_c1_r43
 G  o_v14_c1_r44
 G  o_v14_c1_r45
 G  o_v14_c1_r46
 G  o_v14_c1_r47
 G  o_v14_c1_r48
 G  o_v14_c1_r49
 G  o_v14_c1_r50
 G  o_v14_c1_r51
 G  o_v14_c1_r52
 G  o_v14_c1_r53
 G  o_v14_c1_r54
 G  o_v14_c1_r55
 G  o_v14_c1_r56
 G  o_v14_c1_r57
 G  o_v14_c1_r58
 G  o_v14_c1_r59
 G  o_v14_c1_r60
 G  o_v14_c1_r61
 G  o_v14_c1_r62
 G  o_v14_c1_r63
 G  o_v14_c3_r0
 G  o_v14_c3_r1
 G  o_v14_c3_r2
 G  o_v14_c3_r3
 G  o_v14_c3_r4
 G  o_v14_c3_r5
 G  o_v14_c3_r6
 G  o_v14_c3_r7
 G  o_v14_c3_r8
 G  o_v14_c3_r9
 G  o_v14_c3_r10
 G  o_v14_c3_r11
 G  o_v14_c3_r12
 G  o_v14_c3_r13
 G  o_v14_c3_r14
 G  o_v14_c3_r15
 G  o_v14_c3_r16
 G  o_v14_c3_r17
 G  o_v14_c3_r18
 G  o_v14_c3_r19
 G  o_v14_c3_r20
 G  o_v14_c3_r21
 G  o_v14_c3_r22
 G  o_v14_c3_r23
 G  o_v14_c3_r24
 G  o_v14_c3_r25
 G  o_v14_c3_r26
 G  o_v14_c3_r27
 G  o_v14_c3_r28
 G  o_v14_c3_r29
 G  o_v14_c3_r30
 G  o_v14_c3_r31
 G  o_v14_c3_r32
 G  o_v14_c3_r33
 G  o_v14_c3_r34
 G  o_v14_c3_r35
 G  o_v14_c3_r36
 G  o_v14_c3_r37
 G  o_v14_c3_r38
 G  o_v14_c3_r39
 G  o_v14_c3_r40
 G  o_v14_c3_r41
 G  o_v14_c3_r42
 G  o_v14_c3_r43
 G  o_v14_c3_r44
 G  o_v14_c3_r45
 G  o_v14_c3_r46
 G  o_v14_c3_r47
 G  o_v14_c3_r48
 G  o_v14_c3_r49
 G  o_v14_c3_r50
 G  o_v14_c3_r51
 G  o_v14_c3_r52
 G  o_v14_c3_r53
 G  o_v14_c3_r54
 G  o_v14_c3_r55
 G  o_v14_c3_r56
 G  o_v14_c3_r57
 G  o_v14_c3_r58
 G  o_v14_c3_r59
 G  o_v14_c3_r60
 G  o_v14_c3_r61
 G  o_v14_c3_r62
 G  o_v14_c3_r63
 G  o_v14_c9_r0
 G  o_v14_c9_r1
 G  o_v14_c9_r2
 G  o_v14_c9_r3
 G  o_v14_c9_r4
 G  o_v14_c9_r5
 G  o_v14_c9_r6
 G  o_v14_c9_r7
 G  o_v14_c9_r8
 G  o_v14_c9_r9
 G  o_v14_c9_r10
 G  o_v14_c9_r11
 G  o_v14_c9_r12
 G  o_v14_c9_r13
 G  o_v14_c9_r14
 G  o_v14_c9_r15
 G  o_v14_c9_r16
 G  o_v14_c9_r17
 G  o_v14_c9_r18
 G  o_v14_c9_r19
 G  o_v14_c9_r20
 G  o_v14_c9_r21
 G  o_v14_c9_r22
 G  o_v14_c9_r23
 G  o_v14_c9_r24
 G  o_v14_c9_r25
 G  o_v14_c9_r26
 G  o_v14_c9_r27
 G  o_v14_c9_r28
 G  o_v14_c9_r29
 G  o_v14_c9_r30
 G  o_v14_c9_r31
 G  o_v14_c9_r32
 G  o_v14_c9_r33
 G  o_v14_c9_r34
 G  o_v14_c9_r35
 G  o_v14_c9_r36
 G  o_v14_c9_r37
 G  o_v14_c9_r38
 G  o_v14_c9_r39
 G  o_v14_c9_r40
 G  o_v14_c9_r41
 G  o_v14_c9_r42
 G  o_v14_c9_r43
 G  o_v14_c9_r44
 G  o_v14_c9_r45
 G  o_v14_c9_r46
 G  o_v14_c9_r47
 G  o_v14_c9_r48
 G  o_v14_c9_r49
 G  o_v14_c9_r50
 G  o_v14_c9_r51
 G  o_v14_c9_r52
 G  o_v14_c9_r53
 G  o_v14_c9_r54
 G  o_v14_c9_r55
 G  o_v14_c9_r56
 G  o_v14_c9_r57
 G  o_v14_c9_r58
 G  o_v14_c9_r59
 G  o_v14_c9_r60
 G  o_v14_c9_r61
 G  o_v14_c9_r62
 G  o_v14_c9_r63
 G  o_v14_c11_r0
 G  o_v14_c11_r1
 G  o_v14_c11_r2
 G  o_v14_c11_r3
 G  o_v14_c11_r4
 G  o_v14_c11_r5
 G  o_v14_c11_r6
 G  o_v14_c11_r7
 G  o_v14_c11_r8
 G  o_v14_c11_r9
 G  o_v14_c11_r10
 G  o_v14_c11_r11
 G  o_v14_c11_r12
 G  o_v14_c11_r13
 G  o_v14_c11_r14
 G  o_v14_c11_r15
 G  o_v14_c11_r16
 G  o_v14_c11_r17
 G  o_v14_c11_r18
 G  o_v14_c11_r19
 G  o_v14_c11_r20
 G  o_v14_c11_r21
 G  o_v14_c11_r22
 G  o_v14_c11_r23
 G  o_v14_c11_r24
 G  o_v14_c11_r25
 G  o_v14_c11_r26
 G  o_v14_c11_r27
 G  o_v14_c11_r28
 G  o_v14_c11_r29
 G  o_v14_c11_r30
 G  o_v14_c11_r31
 G  o_v14_c11_r32
 G  o_v14_c11_r33
 G  o_v14_c11_r34
 G  o_v14_c11_r35
 G  o_v14_c11_r36
 G  o_v14_c11_r37
 G  o_v14_c11_r38
 G  o_v14_c11_r39
 G  o_v14_c11_r40
 G  o_v14_c11_r41
 G  o_v14_c11_r42
 G  o_v14_c11_r43
 G  o_v14_c11_r44
 G  o_v14_c11_r45
 G  o_v14_c11_r46
 G  o_v14_c11_r47
 G  o_v14_c11_r48
 G  o_v14_c11_r49
 G  o_v14_c11_r50
 G  o_v14_c11_r51
 G  o_v14_c11_r52
 G  o_v14_c11_r53
 G  o_v14_c11_r54
 G  o_v14_c11_r55
 G  o_v14_c11_r56
 G  o_v14_c11_r57
 G  o_v14_c11_r58
 G  o_v14_c11_r59
 G  o_v14_c11_r60
 G  o_v14_c11_r61
 G  o_v14_c11_r62
 G  o_v14_c11_r63
 G  o_v15_c1_r0
 G  o_v15_c1_r1
 G  o_v15_c1_r2
 G  o_v15_c1_r3
 G  o_v15_c1_r4
 G  o_v15_c1_r5
 G  o_v15_c1_r6
 G  o_v15_c1_r7
 G  o_v15_c1_r8
 G  o_v15_c1_r9
 G  o_v15_c1_r10
 G  o_v15_c1_r11
 G  o_v15_c1_r12
 G  o_v15_c1_r13
 G  o_v15_c1_r14
 G  o_v15_c1_r15
 G  o_v15_c1_r16
 G  o_v15_c1_r17
 G  o_v15_c1_r18
 G  o_v15_c1_r19
 G  o_v15_c1_r20
 G  o_v15_c1_r21
 G  o_v15_c1_r22
 G  o_v15_c1_r23
 G  o_v15_c1_r24
 G  o_v15_c1_r25
 G  o_v15_c1_r26
 G  o_v15_c1_r27
 G  o_v15_c1_r28
 G  o_v15_c1_r29
 G  o_v15_c1_r30
 G  o_v15_c1_r31
 G  o_v15_c1_r32
 G  o_v15_c1_r33
 G  o_v15_c1_r34
 G  o_v15_c1_r35
 G  o_v15_c1_r36
 G  o_v15_c1_r37
 G  o_v15_c1_r38
 G  o_v15_c1_r39
 G  o_v15_c1_r40
 G  o_v15_c1_r41
 G  o_v15_c1_r42
 G  o_v15_c1_r43
 G  o_v15_c1_r44
 G  o_v15_c1_r45
 G  o_v15_c1_r46
 G  o_v15_c1_r47
 G  o_v15_c1_r48
 G  o_v15_c1_r49
 G  o_v15_c1_r50
 G  o_v15_c1_r51
 G  o_v15_c1_r52
 G  o_v15_c1_r53
 G  o_v15_c1_r54
 G  o_v15_c1_r55
 G  o_v15_c1_r56
 G  o_v15_c1_r57
 G  o_v15_c1_r58
 G  o_v15_c1_r59
 G  o_v15_c1_r60
 G  o_v15_c1_r61
 G  o_v15_c1_r62
 G  o_v15_c1_r63
 G  o_v15_c3_r0
 G  o_v15_c3_r1
 G  o_v15_c3_r2
 G  o_v15_c3_r3
 G  o_v15_c3_r4
 G  o_v15_c3_r5
 G  o_v15_c3_r6
 G  o_v15_c3_r7
 G  o_v15_c3_r8
 G  o_v15_c3_r9
 G  o_v15_c3_r10
 G  o_v15_c3_r11
 G  o_v15_c3_r12
 G  o_v15_c3_r13
 G  o_v15_c3_r14
 G  o_v15_c3_r15
 G  o_v15_c3_r16
 G  o_v15_c3_r17
 G  o_v15_c3_r18
 G  o_v15_c3_r19
 G  o_v15_c3_r20
 G  o_v15_c3_r21
 G  o_v15_c3_r22
 G  o_v15_c3_r23
 G  o_v15_c3_r24
 G  o_v15_c3_r25
 G  o_v15_c3_r26
 G  o_v15_c3_r27
 G  o_v15_c3_r28
 G  o_v15_c3_r29
 G  o_v15_c3_r30
 G  o_v15_c3_r31
 G  o_v15_c3_r32
 G  o_v15_c3_r33
 G  o_v15_c3_r34
 G  o_v15_c3_r35
 G  o_v15_c3_r36
 G  o_v15_c3_r37
 G  o_v15_c3_r38
 G  o_v15_c3_r39
 G  o_v15_c3_r40
 G  o_v15_c3_r41
 G  o_v15_c3_r42
 G  o_v15_c3_r43
 G  o_v15_c3_r44
 G  o_v15_c3_r45
 G  o_v15_c3_r46
 G  o_v15_c3_r47
 G  o_v15_c3_r48
 G  o_v15_c3_r49
 G  o_v15_c3_r50
 G  o_v15_c3_r51
 G  o_v15_c3_r52
 G  o_v15_c3_r53
 G  o_v15_c3_r54
 G  o_v15_c3_r55
 G  o_v15_c3_r56
 G  o_v15_c3_r57
 G  o_v15_c3_r58
 G  o_v15_c3_r59
 G  o_v15_c3_r60
 G  o_v15_c3_r61
 G  o_v15_c3_r62
 G  o_v15_c3_r63
 G  o_v15_c9_r0
 G  o_v15_c9_r1
 G  o_v15_c9_r2
 G  o_v15_c9_r3
 G  o_v15_c9_r4
 G  o_v15_c9_r5
 G  o_v15_c9_r6
 G  o_v15_c9_r7
 G  o_v15_c9_r8
 G  o_v15_c9_r9
 G  o_v15_c9_r10
 G  o_v15_c9_r11
 G  o_v15_c9_r12
 G  o_v15_c9_r13
 G  o_v15_c9_r14
 G  o_v15_c9_r15
 G  o_v15_c9_r16
 G  o_v15_c9_r17
 G  o_v15_c9_r18
 G  o_v15_c9_r19
 G  o_v15_c9_r20
 G  o_v15_c9_r21
 G  o_v15_c9_r22
 G  o_v15_c9_r23
 G  o_v15_c9_r24
 G  o_v15_c9_r25
 G  o_v15_c9_r26
 G  o_v15_c9_r27
 G  o_v15_c9_r28
 G  o_v15_c9_r29
 G  o_v15_c9_r30
 G  o_v15_c9_r31
 G  o_v15_c9_r32
 G  o_v15_c9_r33
 G  o_v15_c9_r34
 G  o_v15_c9_r35
 G  o_v15_c9_r36
 G  o_v15_c9_r37
 G  o_v15_c9_r38
 G  o_v15_c9_r39
 G  o_v15_c9_r40
 G  o_v15_c9_r41
 G  o_v15_c9_r42
 G  o_v15_c9_r43
 G  o_v15_c9_r44
 G  o_v15_c9_r45
 G  o_v15_c9_r46
 G  o_v15_c9_r47
 G  o_v15_c9_r48
 G  o_v15_c9_r49
 G  o_v15_c9_r50
 G  o_v15_c9_r51
 G  o_v15_c9_r52
 G  o_v15_c9_r53
 G  o_v15_c9_r54
 G  o_v15_c9_r55
 G  o_v15_c9_r56
 G  o_v15_c9_r57
 G  o_v15_c9_r58
 G  o_v15_c9_r59
 G  o_v15_c9_r60
 G  o_v15_c9_r61
 G  o_v15_c9_r62
 G  o_v15_c9_r63
 G  o_v15_c11_r0
 G  o_v15_c11_r1
 G  o_v15_c11_r2
 G  o_v15_c11_r3
 G  o_v15_c11_r4
 G  o_v15_c11_r5
 G  o_v15_c11_r6
 G  o_v15_c11_r7
 G  o_v15_c11_r8
 G  o_v15_c11_r9
 G  o_v15_c11_r10
 G  o_v15_c11_r11
 G  o_v15_c11_r12
 G  o_v15_c11_r13
 G  o_v15_c11_r14
 G  o_v15_c11_r15
 G  o_v15_c11_r16
 G  o_v15_c11_r17
 G  o_v15_c11_r18
 G  o_v15_c11_r19
 G  o_v15_c11_r20
 G  o_v15_c11_r21
 G  o_v15_c11_r22
 G  o_v15_c11_r23
 G  o_v15_c11_r24
 G  o_v15_c11_r25
 G  o_v15_c11_r26
 G  o_v15_c11_r27
 G  o_v15_c11_r28
 G  o_v15_c11_r29
 G  o_v15_c11_r30
 G  o_v15_c11_r31
 G  o_v15_c11_r32
 G  o_v15_c11_r33
 G  o_v15_c11_r34
 G  o_v15_c11_r35
 G  o_v15_c11_r36
 G  o_v15_c11_r37
 G  o_v15_c11_r38
 G  o_v15_c11_r39
 G  o_v15_c11_r40
 G  o_v15_c11_r41
 G  o_v15_c11_r42
 G  o_v15_c11_r43
 G  o_v15_c11_r44
 G  o_v15_c11_r45
 G  o_v15_c11_r46
 G  o_v15_c11_r47
 G  o_v15_c11_r48
 G  o_v15_c11_r49
 G  o_v15_c11_r50
 G  o_v15_c11_r51
 G  o_v15_c11_r52
 G  o_v15_c11_r53
 G  o_v15_c11_r54
 G  o_v15_c11_r55
 G  o_v15_c11_r56
 G  o_v15_c11_r57
 G  o_v15_c11_r58
 G  o_v15_c11_r59
 G  o_v15_c11_r60
 G  o_v15_c11_r61
 G  o_v15_c11_r62
 G  o_v15_c11_r63
 G  o_v16_c1_r0
 G  o_v16_c1_r1
 G  o_v16_c1_r2
 G  o_v16_c1_r3
 G  o_v16_c1_r4
 G  o_v16_c1_r5
 G  o_v16_c1_r6
 G  o_v16_c1_r7
 G  o_v16_c1_r8
 G  o_v16_c1_r9
 G  o_v16_c1_r10
 G  o_v16_c1_r11
 G  o_v16_c1_r12
 G  o_v16_c1_r13
 G  o_v16_c1_r14
 G  o_v16_c1_r15
 G  o_v16_c1_r16
 G  o_v16_c1_r17
 G  o_v16_c1_r18
 G  o_v16_c1_r19
 G  o_v16_c1_r20
 G  o_v16_c1_r21
 G  o_v16_c1_r22
 G  o_v16_c1_r23
 G  o_v16_c1_r24
 G  o_v16_c1_r25
 G  o_v16_c1_r26
 G  o_v16_c1_r27
 G  o_v16_c1_r28
 G  o_v16_c1_r29
 G  o_v16_c1_r30
 G  o_v16_c1_r31
 G  o_v16_c1_r32
 G  o_v16_c1_r33
 G  o_v16_c1_r34
 G  o_v16_c1_r35
 G  o_v16_c1_r36
 G  o_v16_c1_r37
 G  o_v16_c1_r38
 G  o_v16_c1_r39
 G  o_v16_c1_r40
 G  o_v16_c1_r41
 G  o_v16_c1_r42
 G  o_v16_c1_r43
 G  o_v16_c1_r44
 G  o_v16_c1_r45
 G  o_v16_c1_r46
 G  o_v16_c1_r47
 G  o_v16_c1_r48
 G  o_v16_c1_r49
 G  o_v16_c1_r50
 G  o_v16_c1_r51
 G  o_v16_c1_r52
 G  o_v16_c1_r53
 G  o_v16_c1_r54
 G  o_v16_c1_r55
 G  o_v16_c1_r56
 G  o_v16_c1_r57
 G  o_v16_c1_r58
 G  o_v16_c1_r59
 G  o_v16_c1_r60
 G  o_v16_c1_r61
 G  o_v16_c1_r62
 G  o_v16_c1_r63
 G  o_v16_c3_r0
 G  o_v16_c3_r1
 G  o_v16_c3_r2
 G  o_v16_c3_r3
 G  o_v16_c3_r4
 G  o_v16_c3_r5
 G  o_v16_c3_r6
 G  o_v16_c3_r7
 G  o_v16_c3_r8
 G  o_v16_c3_r9
 G  o_v16_c3_r10
 G  o_v16_c3_r11
 G  o_v16_c3_r12
 G  o_v16_c3_r13
 G  o_v16_c3_r14
 G  o_v16_c3_r15
 G  o_v16_c3_r16
 G  o_v16_c3_r17
 G  o_v16_c3_r18
 G  o_v16_c3_r19
 G  o_v16_c3_r20
 G  o_v16_c3_r21
 G  o_v16_c3_r22
 G  o_v16_c3_r23
 G  o_v16_c3_r24
 G  o_v16_c3_r25
 G  o_v16_c3_r26
 G  o_v16_c3_r27
 G  o_v16_c3_r28
 G  o_v16_c3_r29
 G  o_v16_c3_r30
 G  o_v16_c3_r31
 G  o_v16_c3_r32
 G  o_v16_c3_r33
 G  o_v16_c3_r34
 G  o_v16_c3_r35
 G  o_v16_c3_r36
 G  o_v16_c3_r37
 G  o_v16_c3_r38
 G  o_v16_c3_r39
 G  o_v16_c3_r40
 G  o_v16_c3_r41
 G  o_v16_c3_r42
 G  o_v16_c3_r43
 G  o_v16_c3_r44
 G  o_v16_c3_r45
 G  o_v16_c3_r46
 G  o_v16_c3_r47
 G  o_v16_c3_r48
 G  o_v16_c3_r49
 G  o_v16_c3_r50
 G  o_v16_c3_r51
 G  o_v16_c3_r52
 G  o_v16_c3_r53
 G  o_v16_c3_r54
 G  o_v16_c3_r55
 G  o_v16_c3_r56
 G  o_v16_c3_r57
 G  o_v16_c3_r58
 G  o_v16_c3_r59
 G  o_v16_c3_r60
 G  o_v16_c3_r61
 G  o_v16_c3_r62
 G  o_v16_c3_r63
 G  o_v16_c9_r0
 G  o_v16_c9_r1
 G  o_v16_c9_r2
 G  o_v16_c9_r3
 G  o_v16_c9_r4
 G  o_v16_c9_r5
 G  o_v16_c9_r6
 G  o_v16_c9_r7
 G  o_v16_c9_r8
 G  o_v16_c9_r9
 G  o_v16_c9_r10
 G  o_v16_c9_r11
 G  o_v16_c9_r12
 G  o_v16_c9_r13
 G  o_v16_c9_r14
 G  o_v16_c9_r15
 G  o_v16_c9_r16
 G  o_v16_c9_r17
 G  o_v16_c9_r18
 G  o_v16_c9_r19
 G  o_v16_c9_r20
 G  o_v16_c9_r21
 G  o_v16_c9_r22
 G  o_v16_c9_r23
 G  o_v16_c9_r24
 G  o_v16_c9_r25
 G  o_v16_c9_r26
 G  o_v16_c9_r27
 G  o_v16_c9_r28
 G  o_v16_c9_r29
 G  o_v16_c9_r30
 G  o_v16_c9_r31
 G  o_v16_c9_r32
 G  o_v16_c9_r33
 G  o_v16_c9_r34
 G  o_v16_c9_r35
 G  o_v16_c9_r36
 G  o_v16_c9_r37
 G  o_v16_c9_r38
 G  o_v16_c9_r39
 G  o_v16_c9_r40
 G  o_v16_c9_r41
 G  o_v16_c9_r42
 G  o_v16_c9_r43
 G  o_v16_c9_r44
 G  o_v16_c9_r45
 G  o_v16_c9_r46
 G  o_v16_c9_r47
 G  o_v16_c9_r48
 G  o_v16_c9_r49
 G  o_v16_c9_r50
 G  o_v16_c9_r51
 G  o_v16_c9_r52
 G  o_v16_c9_r53
 G  o_v16_c9_r54
 G  o_v16_c9_r55
 G  o_v16_c9_r56
 G  o_v16_c9_r57
 G  o_v16_c9_r58
 G  o_v16_c9_r59
 G  o_v16_c9_r60
 G  o_v16_c9_r61
 G  o_v16_c9_r62
 G  o_v16_c9_r63
 G  o_v16_c11_r0
 G  o_v16_c11_r1
 G  o_v16_c11_r2
 G  o_v16_c11_r3
 G  o_v16_c11_r4
 G  o_v16_c11_r5
 G  o_v16_c11_r6
 G  o_v16_c11_r7
 G  o_v16_c11_r8
 G  o_v16_c11_r9
 G  o_v16_c11_r10
 G  o_v16_c11_r11
 G  o_v16_c11_r12
 G  o_v16_c11_r13
 G  o_v16_c11_r14
 G  o_v16_c11_r15
 G  o_v16_c11_r16
 G  o_v16_c11_r17
 G  o_v16_c11_r18
 G  o_v16_c11_r19
 G  o_v16_c11_r20
 G  o_v16_c11_r21
 G  o_v16_c11_r22
 G  o_v16_c11_r23
 G  o_v16_c11_r24
 G  o_v16_c11_r25
 G  o_v16_c11_r26
 G  o_v16_c11_r27
 G  o_v16_c11_r28
 G  o_v16_c11_r29
 G  o_v16_c11_r30
 G  o_v16_c11_r31
 G  o_v16_c11_r32
 G  o_v16_c11_r33
 G  o_v16_c11_r34
 G  o_v16_c11_r35
 G  o_v16_c11_r36
 G  o_v16_c11_r37
 G  o_v16_c11_r38
 G  o_v16_c11_r39
 G  o_v16_c11_r40
 G  o_v16_c11_r41
 G  o_v16_c11_r42
 G  o_v16_c11_r43
 G  o_v16_c11_r44
 G  o_v16_c11_r45
 G  o_v16_c11_r46
 G  o_v16_c11_r47
 G  o_v16_c11_r48
 G  o_v16_c11_r49
 G  o_v16_c11_r50
 G  o_v16_c11_r51
 G  o_v16_c11_r52
 G  o_v16_c11_r53
 G  o_v16_c11_r54
 G  o_v16_c11_r55
 G  o_v16_c11_r56
 G  o_v16_c11_r57
 G  o_v16_c11_r58
 G  o_v16_c11_r59
 G  o_v16_c11_r60
 G  o_v16_c11_r61
 G  o_v16_c11_r62
 G  o_v16_c11_r63
 G  o_v17_c3_r0
 G  o_v17_c3_r1
 G  o_v17_c3_r2
 G  o_v17_c3_r3
 G  o_v17_c3_r4
 G  o_v17_c5_r0
 G  o_v17_c5_r1
 G  o_v17_c5_r2
 G  o_v17_c5_r3
 G  o_v17_c5_r4
 G  o_v17_c5_r5
 G  o_v17_c9_r0
 G  o_v17_c9_r1
 G  o_v17_c9_r2
 G  o_v17_c9_r3
 G  o_v17_c9_r4
 G  o_v17_c9_r5
 G  o_v17_c11_r0
 G  o_v17_c11_r1
 G  o_v17_c11_r2
 G  o_v17_c11_r3
 G  o_v17_c11_r4
 G  dy_v17_L2_r0
 G  o_v18_c3_r0
 G  o_v18_c3_r1
 G  o_v18_c3_r2
 G  o_v18_c3_r3
 G  o_v18_c3_r4
 G  o_v18_c5_r0
 G  o_v18_c5_r1
 G  o_v18_c5_r2
 G  o_v18_c5_r3
 G  o_v18_c5_r4
 G  o_v18_c5_r5
 G  o_v18_c9_r0
 G  o_v18_c9_r1
 G  o_v18_c9_r2
 G  o_v18_c9_r3
 G  o_v18_c9_r4
 G  o_v18_c9_r5
 G  o_v18_c11_r0
 G  o_v18_c11_r1
 G  o_v18_c11_r2
 G  o_v18_c11_r3
 G  o_v18_c11_r4
 G  dy_v18_L2_r0
 G  o_v19_c3_r0
 G  o_v19_c3_r1
 G  o_v19_c3_r2
 G  o_v19_c3_r3
 G  o_v19_c3_r4
 G  o_v19_c5_r0
 G  o_v19_c5_r1
 G  o_v19_c5_r2
 G  o_v19_c5_r3
 G  o_v19_c5_r4
 G  o_v19_c5_r5
 G  o_v19_c9_r0
 G  o_v19_c9_r1
 G  o_v19_c9_r2
 G  o_v19_c9_r3
 G  o_v19_c9_r4
 G  o_v19_c9_r5
 G  o_v19_c11_r0
 G  o_v19_c11_r1
 G  o_v19_c11_r2
 G  o_v19_c11_r3
 G  o_v19_c11_r4
 G  dy_v19_L2_r0
 G  o_v20_c3_r0
 G  o_v20_c3_r1
 G  o_v20_c3_r2
 G  o_v20_c3_r3
 G  o_v20_c3_r4
 G  o_v20_c5_r0
 G  o_v20_c5_r1
 G  o_v20_c5_r2
 G  o_v20_c5_r3
 G  o_v20_c5_r4
 G  o_v20_c5_r5
 G  o_v20_c9_r0
 G  o_v20_c9_r1
 G  o_v20_c9_r2
 G  o_v20_c9_r3
 G  o_v20_c9_r4
 G  o_v20_c9_r5
 G  o_v20_c11_r0
 G  o_v20_c11_r1
 G  o_v20_c11_r2
 G  o_v20_c11_r3
 G  o_v20_c11_r4
 G  dy_v20_L2_r0
 G  o_v21_c3_r0
 G  o_v21_c3_r1
 G  o_v21_c3_r2
 G  o_v21_c3_r3
 G  o_v21_c3_r4
 G  o_v21_c5_r0
 G  o_v21_c5_r1
 G  o_v21_c5_r2
 G  o_v21_c5_r3
 G  o_v21_c5_r4
 G  o_v21_c5_r5
 G  o_v21_c9_r0
 G  o_v21_c9_r1
 G  o_v21_c9_r2
 G  o_v21_c9_r3
 G  o_v21_c9_r4
 G  o_v21_c9_r5
 G  o_v21_c11_r0
 G  o_v21_c11_r1
 G  o_v21_c11_r2
 G  o_v21_c11_r3
 G  o_v21_c11_r4
 G  dy_v21_L2_r0
 G  o_v22_c3_r0
 G  o_v22_c3_r1
 G  o_v22_c3_r2
 G  o_v22_c3_r3
 G  o_v22_c3_r4
 G  o_v22_c5_r0
 G  o_v22_c5_r1
 G  o_v22_c5_r2
 G  o_v22_c5_r3
 G  o_v22_c5_r4
 G  o_v22_c5_r5
 G  o_v22_c9_r0
 G  o_v22_c9_r1
 G  o_v22_c9_r2
 G  o_v22_c9_r3
 G  o_v22_c9_r4
 G  o_v22_c9_r5
 G  o_v22_c11_r0
 G  o_v22_c11_r1
 G  o_v22_c11_r2
 G  o_v22_c11_r3
 G  o_v22_c11_r4
 G  dy_v22_L2_r0
 G  o_v23_c3_r0
 G  o_v23_c3_r1
 G  o_v23_c3_r2
 G  o_v23_c3_r3
 G  o_v23_c3_r4
 G  o_v23_c5_r0
 G  o_v23_c5_r1
 G  o_v23_c5_r2
 G  o_v23_c5_r3
 G  o_v23_c5_r4
 G  o_v23_c5_r5
 G  o_v23_c9_r0
 G  o_v23_c9_r1
 G  o_v23_c9_r2
 G  o_v23_c9_r3
 G  o_v23_c9_r4
 G  o_v23_c9_r5
 G  o_v23_c11_r0
 G  o_v23_c11_r1
 G  o_v23_c11_r2
 G  o_v23_c11_r3
 G  o_v23_c11_r4
 G  dy_v23_L2_r0
 G  o_v24_c3_r0
 G  o_v24_c3_r1
 G  o_v24_c3_r2
 G  o_v24_c3_r3
 G  o_v24_c3_r4
 G  o_v24_c5_r0
 G  o_v24_c5_r1
 G  o_v24_c5_r2
 G  o_v24_c5_r3
 G  o_v24_c5_r4
 G  o_v24_c5_r5
 G  o_v24_c9_r0
 G  o_v24_c9_r1
 G  o_v24_c9_r2
 G  o_v24_c9_r3
 G  o_v24_c9_r4
 G  o_v24_c9_r5
 G  o_v24_c11_r0
 G  o_v24_c11_r1
 G  o_v24_c11_r2
 G  o_v24_c11_r3
 G  o_v24_c11_r4
 G  dy_v24_L2_r0
 G  o_v25_c3_r0
 G  o_v25_c3_r1
 G  o_v25_c3_r2
 G  o_v25_c3_r3
 G  o_v25_c3_r4
 G  o_v25_c5_r0
 G  o_v25_c5_r1
 G  o_v25_c5_r2
 G  o_v25_c5_r3
 G  o_v25_c5_r4
 G  o_v25_c5_r5
 G  o_v25_c9_r0
 G  o_v25_c9_r1
 G  o_v25_c9_r2
 G  o_v25_c9_r3
 G  o_v25_c9_r4
 G  o_v25_c9_r5
 G  o_v25_c11_r0
 G  o_v25_c11_r1
 G  o_v25_c11_r2
 G  o_v25_c11_r3
 G  o_v25_c11_r4
 G  dy_v25_L2_r0
 G  o_v26_c3_r0
 G  o_v26_c3_r1
 G  o_v26_c3_r2
 G  o_v26_c3_r3
 G  o_v26_c3_r4
 G  o_v26_c5_r0
 G  o_v26_c5_r1
 G  o_v26_c5_r2
 G  o_v26_c5_r3
 G  o_v26_c5_r4
 G  o_v26_c5_r5
 G  o_v26_c9_r0
 G  o_v26_c9_r1
 G  o_v26_c9_r2
 G  o_v26_c9_r3
 G  o_v26_c9_r4
 G  o_v26_c9_r5
 G  o_v26_c11_r0
 G  o_v26_c11_r1
 G  o_v26_c11_r2
 G  o_v26_c11_r3
 G  o_v26_c11_r4
 G  dy_v26_L2_r0
 G  o_v27_c3_r0
 G  o_v27_c3_r1
 G  o_v27_c3_r2
 G  o_v27_c3_r3
 G  o_v27_c3_r4
 G  o_v27_c5_r0
 G  o_v27_c5_r1
 G  o_v27_c5_r2
 G  o_v27_c5_r3
 G  o_v27_c5_r4
 G  o_v27_c5_r5
 G  o_v27_c9_r0
 G  o_v27_c9_r1
 G  o_v27_c9_r2
 G  o_v27_c9_r3
 G  o_v27_c9_r4
 G  o_v27_c9_r5
 G  o_v27_c11_r0
 G  o_v27_c11_r1
 G  o_v27_c11_r2
 G  o_v27_c11_r3
 G  o_v27_c11_r4
 G  dy_v27_L2_r0
 G  o_v28_c3_r0
 G  o_v28_c3_r1
 G  o_v28_c3_r2
 G  o_v28_c3_r3
 G  o_v28_c3_r4
 G  o_v28_c5_r0
 G  o_v28_c5_r1
 G  o_v28_c5_r2
 G  o_v28_c5_r3
 G  o_v28_c5_r4
 G  o_v28_c5_r5
 G  o_v28_c9_r0
 G  o_v28_c9_r1
 G  o_v28_c9_r2
 G  o_v28_c9_r3
 G  o_v28_c9_r4
 G  o_v28_c9_r5
 G  o_v28_c11_r0
 G  o_v28_c11_r1
 G  o_v28_c11_r2
 G  o_v28_c11_r3
 G  o_v28_c11_r4
 G  dy_v28_L2_r0
 G  o_v29_c3_r0
 G  o_v29_c3_r1
 G  o_v29_c3_r2
 G  o_v29_c3_r3
 G  o_v29_c3_r4
 G  o_v29_c5_r0
 G  o_v29_c5_r1
 G  o_v29_c5_r2
 G  o_v29_c5_r3
 G  o_v29_c5_r4
 G  o_v29_c5_r5
 G  o_v29_c9_r0
 G  o_v29_c9_r1
 G  o_v29_c9_r2
 G  o_v29_c9_r3
 G  o_v29_c9_r4
 G  o_v29_c9_r5
 G  o_v29_c11_r0
 G  o_v29_c11_r1
 G  o_v29_c11_r2
 G  o_v29_c11_r3
 G  o_v29_c11_r4
 G  dy_v29_L2_r0
 G  o_v30_c3_r0
 G  o_v30_c3_r1
 G  o_v30_c3_r2
 G  o_v30_c3_r3
 G  o_v30_c3_r4
 G  o_v30_c5_r0
 G  o_v30_c5_r1
 G  o_v30_c5_r2
 G  o_v30_c5_r3
 G  o_v30_c5_r4
 G  o_v30_c5_r5
 G  o_v30_c9_r0
 G  o_v30_c9_r1
 G  o_v30_c9_r2
 G  o_v30_c9_r3
 G  o_v30_c9_r4
 G  o_v30_c9_r5
 G  o_v30_c11_r0
 G  o_v30_c11_r1
 G  o_v30_c11_r2
 G  o_v30_c11_r3
 G  o_v30_c11_r4
 G  dy_v30_L2_r0
 G  o_v31_c3_r0
 G  o_v31_c3_r1
 G  o_v31_c3_r2
 G  o_v31_c3_r3
 G  o_v31_c3_r4
 G  o_v31_c5_r0
 G  o_v31_c5_r1
 G  o_v31_c5_r2
 G  o_v31_c5_r3
 G  o_v31_c5_r4
 G  o_v31_c5_r5
 G  o_v31_c9_r0
 G  o_v31_c9_r1
 G  o_v31_c9_r2
 G  o_v31_c9_r3
 G  o_v31_c9_r4
 G  o_v31_c9_r5
 G  o_v31_c11_r0
 G  o_v31_c11_r1
 G  o_v31_c11_r2
 G  o_v31_c11_r3
 G  o_v31_c11_r4
 G  dy_v31_L2_r0
 G  o_v32_c3_r0
 G  o_v32_c3_r1
 G  o_v32_c3_r2
 G  o_v32_c3_r3
 G  o_v32_c3_r4
 G  o_v32_c5_r0
 G  o_v32_c5_r1
 G  o_v32_c5_r2
 G  o_v32_c5_r3
 G  o_v32_c5_r4
 G  o_v32_c5_r5
 G  o_v32_c9_r0
 G  o_v32_c9_r1
 G  o_v32_c9_r2
 G  o_v32_c9_r3
 G  o_v32_c9_r4
 G  o_v32_c9_r5
 G  o_v32_c11_r0
 G  o_v32_c11_r1
 G  o_v32_c11_r2
 G  o_v32_c11_r3
 G  o_v32_c11_r4
 G  dy_v32_L2_r0
 G  o_v33_c3_r0
 G  o_v33_c3_r1
 G  o_v33_c3_r2
 G  o_v33_c3_r3
 G  o_v33_c3_r4
 G  o_v33_c5_r0
 G  o_v33_c5_r1
 G  o_v33_c5_r2
 G  o_v33_c5_r3
 G  o_v33_c5_r4
 G  o_v33_c5_r5
 G  o_v33_c9_r0
 G  o_v33_c9_r1
 G  o_v33_c9_r2
 G  o_v33_c9_r3
 G  o_v33_c9_r4
 G  o_v33_c9_r5
 G  o_v33_c11_r0
 G  o_v33_c11_r1
 G  o_v33_c11_r2
 G  o_v33_c11_r3
 G  o_v33_c11_r4
 G  dy_v33_L2_r0
 G  o_v34_c3_r0
 G  o_v34_c3_r1
 G  o_v34_c3_r2
 G  o_v34_c3_r3
 G  o_v34_c3_r4
 G  o_v34_c5_r0
 G  o_v34_c5_r1
 G  o_v34_c5_r2
 G  o_v34_c5_r3
 G  o_v34_c5_r4
 G  o_v34_c5_r5
 G  o_v34_c9_r0
 G  o_v34_c9_r1
 G  o_v34_c9_r2
 G  o_v34_c9_r3
 G  o_v34_c9_r4
 G  o_v34_c9_r5
 G  o_v34_c11_r0
 G  o_v34_c11_r1
 G  o_v34_c11_r2
 G  o_v34_c11_r3
 G  o_v34_c11_r4
 G  dy_v34_L2_r0
 G  o_v35_c3_r0
 G  o_v35_c3_r1
 G  o_v35_c3_r2
 G  o_v35_c3_r3
 G  o_v35_c3_r4
 G  o_v35_c5_r0
 G  o_v35_c5_r1
 G  o_v35_c5_r2
 G  o_v35_c5_r3
 G  o_v35_c5_r4
 G  o_v35_c5_r5
 G  o_v35_c9_r0
 G  o_v35_c9_r1
 G  o_v35_c9_r2
 G  o_v35_c9_r3
 G  o_v35_c9_r4
 G  o_v35_c9_r5
 G  o_v35_c11_r0
 G  o_v35_c11_r1
 G  o_v35_c11_r2
 G  o_v35_c11_r3
 G  o_v35_c11_r4
 G  dy_v35_L2_r0
 G  o_v36_c3_r0
 G  o_v36_c3_r1
 G  o_v36_c3_r2
 G  o_v36_c3_r3
 G  o_v36_c3_r4
 G  o_v36_c5_r0
 G  o_v36_c5_r1
 G  o_v36_c5_r2
 G  o_v36_c5_r3
 G  o_v36_c5_r4
 G  o_v36_c5_r5
 G  o_v36_c9_r0
 G  o_v36_c9_r1
 G  o_v36_c9_r2
 G  o_v36_c9_r3
 G  o_v36_c9_r4
 G  o_v36_c9_r5
 G  o_v36_c11_r0
 G  o_v36_c11_r1
 G  o_v36_c11_r2
 G  o_v36_c11_r3
 G  o_v36_c11_r4
 G  dy_v36_L2_r0
 G  o_v37_c3_r0
 G  o_v37_c3_r1
 G  o_v37_c3_r2
 G  o_v37_c3_r3
 G  o_v37_c3_r4
 G  o_v37_c5_r0
 G  o_v37_c5_r1
 G  o_v37_c5_r2
 G  o_v37_c5_r3
 G  o_v37_c5_r4
 G  o_v37_c5_r5
 G  o_v37_c9_r0
 G  o_v37_c9_r1
 G  o_v37_c9_r2
 G  o_v37_c9_r3
 G  o_v37_c9_r4
 G  o_v37_c9_r5
 G  o_v37_c11_r0
 G  o_v37_c11_r1
 G  o_v37_c11_r2
 G  o_v37_c11_r3
 G  o_v37_c11_r4
 G  dy_v37_L2_r0
 G  o_v38_c3_r0
 G  o_v38_c3_r1
 G  o_v38_c3_r2
 G  o_v38_c3_r3
 G  o_v38_c3_r4
 G  o_v38_c5_r0
 G  o_v38_c5_r1
 G  o_v38_c5_r2
 G  o_v38_c5_r3
 G  o_v38_c5_r4
 G  o_v38_c5_r5
 G  o_v38_c9_r0
 G  o_v38_c9_r1
 G  o_v38_c9_r2
 G  o_v38_c9_r3
 G  o_v38_c9_r4
 G  o_v38_c9_r5
 G  o_v38_c11_r0
 G  o_v38_c11_r1
 G  o_v38_c11_r2
 G  o_v38_c11_r3
 G  o_v38_c11_r4
 G  dy_v38_L2_r0
 G  o_v39_c3_r0
 G  o_v39_c3_r1
 G  o_v39_c3_r2
 G  o_v39_c3_r3
 G  o_v39_c3_r4
 G  o_v39_c5_r0
 G  o_v39_c5_r1
 G  o_v39_c5_r2
 G  o_v39_c5_r3
 G  o_v39_c5_r4
 G  o_v39_c5_r5
 G  o_v39_c9_r0
 G  o_v39_c9_r1
 G  o_v39_c9_r2
 G  o_v39_c9_r3
 G  o_v39_c9_r4
 G  o_v39_c9_r5
 G  o_v39_c11_r0
 G  o_v39_c11_r1
 G  o_v39_c11_r2
 G  o_v39_c11_r3
 G  o_v39_c11_r4
 G  dy_v39_L2_r0
 G  o_v40_c3_r0
 G  o_v40_c3_r1
 G  o_v40_c3_r2
 G  o_v40_c3_r3
 G  o_v40_c3_r4
 G  o_v40_c5_r0
 G  o_v40_c5_r1
 G  o_v40_c5_r2
 G  o_v40_c5_r3
 G  o_v40_c5_r4
 G  o_v40_c5_r5
 G  o_v40_c9_r0
 G  o_v40_c9_r1
 G  o_v40_c9_r2
 G  o_v40_c9_r3
 G  o_v40_c9_r4
 G  o_v40_c9_r5
 G  o_v40_c11_r0
 G  o_v40_c11_r1
 G  o_v40_c11_r2
 G  o_v40_c11_r3
 G  o_v40_c11_r4
 G  dy_v40_L2_r0
 G  o_v41_c3_r0
 G  o_v41_c3_r1
 G  o_v41_c3_r2
 G  o_v41_c3_r3
 G  o_v41_c3_r4
 G  o_v41_c5_r0
 G  o_v41_c5_r1
 G  o_v41_c5_r2
 G  o_v41_c5_r3
 G  o_v41_c5_r4
 G  o_v41_c5_r5
 G  o_v41_c9_r0
 G  o_v41_c9_r1
 G  o_v41_c9_r2
 G  o_v41_c9_r3
 G  o_v41_c9_r4
 G  o_v41_c9_r5
 G  o_v41_c11_r0
 G  o_v41_c11_r1
 G  o_v41_c11_r2
 G  o_v41_c11_r3
 G  o_v41_c11_r4
 G  dy_v41_L2_r0
 G  o_v42_c3_r0
 G  o_v42_c3_r1
 G  o_v42_c3_r2
 G  o_v42_c3_r3
 G  o_v42_c3_r4
 G  o_v42_c5_r0
 G  o_v42_c5_r1
 G  o_v42_c5_r2
 G  o_v42_c5_r3
 G  o_v42_c5_r4
 G  o_v42_c5_r5
 G  o_v42_c9_r0
 G  o_v42_c9_r1
 G  o_v42_c9_r2
 G  o_v42_c9_r3
 G  o_v42_c9_r4
 G  o_v42_c9_r5
 G  o_v42_c11_r0
 G  o_v42_c11_r1
 G  o_v42_c11_r2
 G  o_v42_c11_r3
 G  o_v42_c11_r4
 G  dy_v42_L2_r0
 G  o_v43_c3_r0
 G  o_v43_c3_r1
 G  o_v43_c3_r2
 G  o_v43_c3_r3
 G  o_v43_c3_r4
 G  o_v43_c5_r0
 G  o_v43_c5_r1
 G  o_v43_c5_r2
 G  o_v43_c5_r3
 G  o_v43_c5_r4
 G  o_v43_c5_r5
 G  o_v43_c9_r0
 G  o_v43_c9_r1
 G  o_v43_c9_r2
 G  o_v43_c9_r3
 G  o_v43_c9_r4
 G  o_v43_c9_r5
 G  o_v43_c11_r0
 G  o_v43_c11_r1
 G  o_v43_c11_r2
 G  o_v43_c11_r3
 G  o_v43_c11_r4
 G  dy_v43_L2_r0
 G  o_v44_c3_r0
 G  o_v44_c3_r1
 G  o_v44_c3_r2
 G  o_v44_c3_r3
 G  o_v44_c3_r4
 G  o_v44_c5_r0
 G  o_v44_c5_r1
 G  o_v44_c5_r2
 G  o_v44_c5_r3
 G  o_v44_c5_r4
 G  o_v44_c5_r5
 G  o_v44_c9_r0
 G  o_v44_c9_r1
 G  o_v44_c9_r2
 G  o_v44_c9_r3
 G  o_v44_c9_r4
 G  o_v44_c9_r5
 G  o_v44_c11_r0
 G  o_v44_c11_r1
 G  o_v44_c11_r2
 G  o_v44_c11_r3
 G  o_v44_c11_r4
 G  dy_v44_L2_r0
 G  o_v45_c3_r0
 G  o_v45_c3_r1
 G  o_v45_c3_r2
 G  o_v45_c3_r3
 G  o_v45_c3_r4
 G  o_v45_c5_r0
 G  o_v45_c5_r1
 G  o_v45_c5_r2
 G  o_v45_c5_r3
 G  o_v45_c5_r4
 G  o_v45_c5_r5
 G  o_v45_c9_r0
 G  o_v45_c9_r1
 G  o_v45_c9_r2
 G  o_v45_c9_r3
 G  o_v45_c9_r4
 G  o_v45_c9_r5
 G  o_v45_c11_r0
 G  o_v45_c11_r1
 G  o_v45_c11_r2
 G  o_v45_c11_r3
 G  o_v45_c11_r4
 G  dy_v45_L2_r0
 G  o_v46_c3_r0
 G  o_v46_c3_r1
 G  o_v46_c3_r2
 G  o_v46_c3_r3
 G  o_v46_c3_r4
 G  o_v46_c5_r0
 G  o_v46_c5_r1
 G  o_v46_c5_r2
 G  o_v46_c5_r3
 G  o_v46_c5_r4
 G  o_v46_c5_r5
 G  o_v46_c9_r0
 G  o_v46_c9_r1
 G  o_v46_c9_r2
 G  o_v46_c9_r3
 G  o_v46_c9_r4
 G  o_v46_c9_r5
 G  o_v46_c11_r0
 G  o_v46_c11_r1
 G  o_v46_c11_r2
 G  o_v46_c11_r3
 G  o_v46_c11_r4
 G  dy_v46_L2_r0
 G  o_v47_c3_r0
 G  o_v47_c3_r1
 G  o_v47_c3_r2
 G  o_v47_c3_r3
 G  o_v47_c3_r4
 G  o_v47_c5_r0
 G  o_v47_c5_r1
 G  o_v47_c5_r2
 G  o_v47_c5_r3
 G  o_v47_c5_r4
 G  o_v47_c5_r5
 G  o_v47_c9_r0
 G  o_v47_c9_r1
 G  o_v47_c9_r2
 G  o_v47_c9_r3
 G  o_v47_c9_r4
 G  o_v47_c9_r5
 G  o_v47_c11_r0
 G  o_v47_c11_r1
 G  o_v47_c11_r2
 G  o_v47_c11_r3
 G  o_v47_c11_r4
 G  dy_v47_L2_r0
 G  o_v48_c3_r0
 G  o_v48_c3_r1
 G  o_v48_c3_r2
 G  o_v48_c3_r3
 G  o_v48_c3_r4
 G  o_v48_c5_r0
 G  o_v48_c5_r1
 G  o_v48_c5_r2
 G  o_v48_c5_r3
 G  o_v48_c5_r4
 G  o_v48_c5_r5
 G  o_v48_c9_r0
 G  o_v48_c9_r1
 G  o_v48_c9_r2
 G  o_v48_c9_r3
 G  o_v48_c9_r4
 G  o_v48_c9_r5
 G  o_v48_c11_r0
 G  o_v48_c11_r1
 G  o_v48_c11_r2
 G  o_v48_c11_r3
 G  o_v48_c11_r4
 G  dy_v48_L2_r0
 G  o_v49_c3_r0
 G  o_v49_c3_r1
 G  o_v49_c3_r2
 G  o_v49_c3_r3
 G  o_v49_c3_r4
 G  o_v49_c5_r0
 G  o_v49_c5_r1
 G  o_v49_c5_r2
 G  o_v49_c5_r3
 G  o_v49_c5_r4
 G  o_v49_c5_r5
 G  o_v49_c9_r0
 G  o_v49_c9_r1
 G  o_v49_c9_r2
 G  o_v49_c9_r3
 G  o_v49_c9_r4
 G  o_v49_c9_r5
 G  o_v49_c11_r0
 G  o_v49_c11_r1
 G  o_v49_c11_r2
 G  o_v49_c11_r3
 G  o_v49_c11_r4
 G  dy_v49_L2_r0
 G  o_v50_c3_r0
 G  o_v50_c3_r1
 G  o_v50_c3_r2
 G  o_v50_c3_r3
 G  o_v50_c3_r4
 G  o_v50_c5_r0
 G  o_v50_c5_r1
 G  o_v50_c5_r2
 G  o_v50_c5_r3
 G  o_v50_c5_r4
 G  o_v50_c5_r5
 G  o_v50_c9_r0
 G  o_v50_c9_r1
 G  o_v50_c9_r2
 G  o_v50_c9_r3
 G  o_v50_c9_r4
 G  o_v50_c9_r5
 G  o_v50_c11_r0
 G  o_v50_c11_r1
 G  o_v50_c11_r2
 G  o_v50_c11_r3
 G  o_v50_c11_r4
 G  dy_v50_L2_r0
 G  o_v51_c3_r0
 G  o_v51_c3_r1
 G  o_v51_c3_r2
 G  o_v51_c3_r3
 G  o_v51_c3_r4
 G  o_v51_c5_r0
 G  o_v51_c5_r1
 G  o_v51_c5_r2
 G  o_v51_c5_r3
 G  o_v51_c5_r4
 G  o_v51_c5_r5
 G  o_v51_c9_r0
 G  o_v51_c9_r1
 G  o_v51_c9_r2
 G  o_v51_c9_r3
 G  o_v51_c9_r4
 G  o_v51_c9_r5
 G  o_v51_c11_r0
 G  o_v51_c11_r1
 G  o_v51_c11_r2
 G  o_v51_c11_r3
 G  o_v51_c11_r4
 G  dy_v51_L2_r0
 G  o_v52_c3_r0
 G  o_v52_c3_r1
 G  o_v52_c3_r2
 G  o_v52_c3_r3
 G  o_v52_c3_r4
 G  o_v52_c5_r0
 G  o_v52_c5_r1
 G  o_v52_c5_r2
 G  o_v52_c5_r3
 G  o_v52_c5_r4
 G  o_v52_c5_r5
 G  o_v52_c9_r0
 G  o_v52_c9_r1
 G  o_v52_c9_r2
 G  o_v52_c9_r3
 G  o_v52_c9_r4
 G  o_v52_c9_r5
 G  o_v52_c11_r0
 G  o_v52_c11_r1
 G  o_v52_c11_r2
 G  o_v52_c11_r3
 G  o_v52_c11_r4
 G  dy_v52_L2_r0
 G  o_v53_c7_r0
 G  o_v53_c9_r0
 G  o_v53_c9_r1
 G  o_v53_c11_r0
 G  o_v54_c7_r0
 G  o_v54_c9_r0
 G  o_v54_c9_r1
 G  o_v54_c11_r0
 G  o_v55_c7_r0
 G  o_v55_c9_r0
 G  o_v55_c9_r1
 G  o_v55_c11_r0
 G  o_v56_c7_r0
 G  o_v56_c9_r0
 G  o_v56_c9_r1
 G  o_v56_c11_r0
 G  o_v57_c7_r0
 G  o_v57_c9_r0
 G  o_v57_c9_r1
 G  o_v57_c11_r0
 G  o_v58_c7_r0
 G  o_v58_c9_r0
 G  o_v58_c9_r1
 G  o_v58_c11_r0
 G  o_v59_c7_r0
 G  o_v59_c9_r0
 G  o_v59_c9_r1
 G  o_v59_c11_r0
 G  o_v60_c7_r0
 G  o_v60_c9_r0
 G  o_v60_c9_r1
 G  o_v60_c11_r0
 G  o_v61_c7_r0
 G  o_v61_c9_r0
 G  o_v61_c9_r1
 G  o_v61_c11_r0
 G  o_v62_c7_r0
 G  o_v62_c9_r0
 G  o_v62_c9_r1
 G  o_v62_c11_r0
 G  o_v63_c7_r0
 G  o_v63_c9_r0
 G  o_v63_c9_r1
 G  o_v63_c11_r0
 G  o_v64_c7_r0
 G  o_v64_c9_r0
 G  o_v64_c9_r1
 G  o_v64_c11_r0
 G  o_v65_c7_r0
 G  o_v65_c9_r0
 G  o_v65_c9_r1
 G  o_v65_c11_r0
 G  o_v66_c7_r0
 G  o_v66_c9_r0
 G  o_v66_c9_r1
 G  o_v66_c11_r0
 G  o_v67_c7_r0
 G  o_v67_c9_r0
 G  o_v67_c9_r1
 G  o_v67_c11_r0
 G  o_v68_c7_r0
 G  o_v68_c9_r0
 G  o_v68_c9_r1
 G  o_v68_c11_r0
 G  o_v69_c7_r0
 G  o_v69_c9_r0
 G  o_v69_c9_r1
 G  o_v69_c11_r0
 G  o_v70_c7_r0
 G  o_v70_c9_r0
 G  o_v70_c9_r1
 G  o_v70_c11_r0
 G  o_v71_c7_r0
 G  o_v71_c9_r0
 G  o_v71_c9_r1
 G  o_v71_c11_r0
 G  o_v72_c7_r0
 G  o_v72_c9_r0
 G  o_v72_c9_r1
 G  o_v72_c11_r0
 G  o_v73_c7_r0
 G  o_v73_c9_r0
 G  o_v73_c9_r1
 G  o_v73_c11_r0
 G  o_v74_c7_r0
 G  o_v74_c9_r0
 G  o_v74_c9_r1
 G  o_v74_c11_r0
 G  o_v75_c7_r0
 G  o_v75_c9_r0
 G  o_v75_c9_r1
 G  o_v75_c11_r0
 G  o_v76_c7_r0
 G  o_v76_c9_r0
 G  o_v76_c9_r1
 G  o_v76_c11_r0
 G  o_v77_c7_r0
 G  o_v77_c9_r0
 G  o_v77_c9_r1
 G  o_v77_c11_r0
 G  o_v78_c7_r0
 G  o_v78_c9_r0
 G  o_v78_c9_r1
 G  o_v78_c11_r0
 G  o_v79_c7_r0
 G  o_v79_c9_r0
 G  o_v79_c9_r1
 G  o_v79_c11_r0
 G  o_v80_c7_r0
 G  o_v80_c9_r0
 G  o_v80_c9_r1
 G  o_v80_c11_r0
 G  o_v81_c7_r0
 G  o_v81_c9_r0
 G  o_v81_c9_r1
 G  o_v81_c11_r0
 G  o_v82_c7_r0
 G  o_v82_c9_r0
 G  o_v82_c9_r1
 G  o_v82_c11_r0
 G  o_v83_c7_r0
 G  o_v83_c9_r0
 G  o_v83_c9_r1
 G  o_v83_c11_r0
 G  o_v84_c7_r0
 G  o_v84_c9_r0
 G  o_v84_c9_r1
 G  o_v84_c11_r0
 G  o_v85_c7_r0
 G  o_v85_c9_r0
 G  o_v85_c9_r1
 G  o_v85_c11_r0
 G  o_v86_c7_r0
 G  o_v86_c9_r0
 G  o_v86_c9_r1
 G  o_v86_c11_r0
 G  o_v87_c7_r0
 G  o_v87_c9_r0
 G  o_v87_c9_r1
 G  o_v87_c11_r0
 G  o_v88_c7_r0
 G  o_v88_c9_r0
 G  o_v88_c9_r1
 G  o_v88_c11_r0
 G  o_v90_c7_r0
 G  o_v90_c9_r0
 G  o_v90_c9_r1
 G  o_v90_c11_r0
 G  o_v91_c7_r0
 G  o_v91_c9_r0
 G  o_v91_c9_r1
 G  o_v91_c11_r0
 G  o_v92_c7_r0
 G  o_v92_c9_r0
 G  o_v92_c9_r1
 G  o_v92_c11_r0
 G  o_v93_c7_r0
 G  o_v93_c9_r0
 G  o_v93_c9_r1
 G  o_v93_c11_r0
 G  o_v94_c7_r0
 G  o_v94_c9_r0
 G  o_v94_c9_r1
 G  o_v94_c11_r0
 G  o_v95_c7_r0
 G  o_v95_c9_r0
 G  o_v95_c9_r1
 G  o_v95_c11_r0
 G  o_v96_c7_r0
 G  o_v96_c9_r0
 G  o_v96_c9_r1
 G  o_v96_c11_r0
 G  o_v97_c7_r0
 G  o_v97_c9_r0
 G  o_v97_c9_r1
 G  o_v97_c11_r0
 G  o_v98_c7_r0
 G  o_v98_c9_r0
 G  o_v98_c9_r1
 G  o_v98_c11_r0
 G  o_v99_c7_r0
 G  o_v99_c9_r0
 G  o_v99_c9_r1
 G  o_v99_c11_r0
 G  o_v100_c7_r0
 G  o_v100_c9_r0
 G  o_v100_c9_r1
 G  o_v100_c11_r0
 G  o_v101_c7_r0
 G  o_v101_c9_r0
 G  o_v101_c9_r1
 G  o_v101_c11_r0
 G  o_v102_c7_r0
 G  o_v102_c9_r0
 G  o_v102_c9_r1
 G  o_v102_c11_r0
 G  o_v103_c7_r0
 G  o_v103_c9_r0
 G  o_v103_c9_r1
 G  o_v103_c11_r0
 G  o_v104_c7_r0
 G  o_v104_c9_r0
 G  o_v104_c9_r1
 G  o_v104_c11_r0
 G  o_v105_c7_r0
 G  o_v105_c9_r0
 G  o_v105_c9_r1
 G  o_v105_c11_r0
 G  o_v106_c7_r0
 G  o_v106_c9_r0
 G  o_v106_c9_r1
 G  o_v106_c11_r0
 G  o_v107_c7_r0
 G  o_v107_c9_r0
 G  o_v107_c9_r1
 G  o_v107_c11_r0
 G  o_v108_c7_r0
 G  o_v108_c9_r0
 G  o_v108_c9_r1
 G  o_v108_c11_r0
 G  o_v109_c7_r0
 G  o_v109_c9_r0
 G  o_v109_c9_r1
 G  o_v109_c11_r0
 G  o_v110_c7_r0
 G  o_v110_c9_r0
 G  o_v110_c9_r1
 G  o_v110_c11_r0
 G  o_v111_c7_r0
 G  o_v111_c9_r0
 G  o_v111_c9_r1
 G  o_v111_c11_r0
 G  o_v112_c7_r0
 G  o_v112_c9_r0
 G  o_v112_c9_r1
 G  o_v112_c11_r0
 G  o_v113_c7_r0
 G  o_v113_c9_r0
 G  o_v113_c9_r1
 G  o_v113_c11_r0
 G  o_v114_c7_r0
 G  o_v114_c9_r0
 G  o_v114_c9_r1
 G  o_v114_c11_r0
 G  o_v115_c7_r0
 G  o_v115_c9_r0
 G  o_v115_c9_r1
 G  o_v115_c11_r0
 G  o_v116_c7_r0
 G  o_v116_c9_r0
 G  o_v116_c9_r1
 G  o_v116_c11_r0
 G  o_v117_c7_r0
 G  o_v117_c9_r0
 G  o_v117_c9_r1
 G  o_v117_c11_r0
 G  o_v118_c7_r0
 G  o_v118_c9_r0
 G  o_v118_c9_r1
 G  o_v118_c11_r0
 G  o_v119_c7_r0
 G  o_v119_c9_r0
 G  o_v119_c9_r1
 G  o_v119_c11_r0
 G  o_v120_c7_r0
 G  o_v120_c9_r0
 G  o_v120_c9_r1
 G  o_v120_c11_r0
 G  o_v121_c7_r0
 G  o_v121_c9_r0
 G  o_v121_c9_r1
 G  o_v121_c11_r0
 G  o_v122_c7_r0
 G  o_v122_c9_r0
 G  o_v122_c9_r1
 G  o_v122_c11_r0
 G  o_v123_c7_r0
 G  o_v123_c9_r0
 G  o_v123_c9_r1
 G  o_v123_c11_r0
 G  o_v124_c7_r0
 G  o_v124_c9_r0
 G  o_v124_c9_r1
 G  o_v124_c11_r0
 G  o_v125_c7_r0
 G  o_v125_c9_r0
 G  o_v125_c9_r1
 G  o_v125_c11_r0
 G  o_v127_c7_r0
 G  o_v127_c9_r0
 G  o_v127_c9_r1
 G  o_v127_c11_r0
 G  o_v128_c7_r0
 G  o_v128_c9_r0
 G  o_v128_c9_r1
 G  o_v128_c11_r0
 G  o_v129_c7_r0
 G  o_v129_c9_r0
 G  o_v129_c9_r1
 G  o_v129_c11_r0
 G  o_v130_c7_r0
 G  o_v130_c9_r0
 G  o_v130_c9_r1
 G  o_v130_c11_r0
 G  o_v131_c7_r0
 G  o_v131_c9_r0
 G  o_v131_c9_r1
 G  o_v131_c11_r0
 G  o_v132_c7_r0
 G  o_v132_c9_r0
 G  o_v132_c9_r1
 G  o_v132_c11_r0
 G  o_v133_c7_r0
 G  o_v133_c9_r0
 G  o_v133_c9_r1
 G  o_v133_c11_r0
 G  o_v134_c7_r0
 G  o_v134_c9_r0
 G  o_v134_c9_r1
 G  o_v134_c11_r0
 G  o_v135_c7_r0
 G  o_v135_c9_r0
 G  o_v135_c9_r1
 G  o_v135_c11_r0
 G  o_v136_c7_r0
 G  o_v136_c9_r0
 G  o_v136_c9_r1
 G  o_v136_c11_r0
 G  o_v137_c7_r0
 G  o_v137_c9_r0
 G  o_v137_c9_r1
 G  o_v137_c11_r0
 G  o_v138_c7_r0
 G  o_v138_c9_r0
 G  o_v138_c9_r1
 G  o_v138_c11_r0
 G  o_v139_c7_r0
 G  o_v139_c9_r0
 G  o_v139_c9_r1
 G  o_v139_c11_r0
 G  o_v140_c7_r0
 G  o_v140_c9_r0
 G  o_v140_c9_r1
 G  o_v140_c11_r0
 G  o_v141_c7_r0
 G  o_v141_c9_r0
 G  o_v141_c9_r1
 G  o_v141_c11_r0
 G  o_v142_c7_r0
 G  o_v142_c9_r0
 G  o_v142_c9_r1
 G  o_v142_c11_r0
 G  o_v143_c7_r0
 G  o_v143_c9_r0
 G  o_v143_c9_r1
 G  o_v143_c11_r0
 G  o_v144_c7_r0
 G  o_v144_c9_r0
 G  o_v144_c9_r1
 G  o_v144_c11_r0
 G  o_v145_c7_r0
 G  o_v145_c9_r0
 G  o_v145_c9_r1
 G  o_v145_c11_r0
 G  o_v146_c7_r0
 G  o_v146_c9_r0
 G  o_v146_c9_r1
 G  o_v146_c11_r0
 G  o_v147_c7_r0
 G  o_v147_c9_r0
 G  o_v147_c9_r1
 G  o_v147_c11_r0
 G  o_v148_c7_r0
 G  o_v148_c9_r0
 G  o_v148_c9_r1
 G  o_v148_c11_r0
 G  o_v149_c7_r0
 G  o_v149_c9_r0
 G  o_v149_c9_r1
 G  o_v149_c11_r0
 G  o_v150_c7_r0
 G  o_v150_c9_r0
 G  o_v150_c9_r1
 G  o_v150_c11_r0
 G  o_v151_c7_r0
 G  o_v151_c9_r0
 G  o_v151_c9_r1
 G  o_v151_c11_r0
 G  o_v152_c7_r0
 G  o_v152_c9_r0
 G  o_v152_c9_r1
 G  o_v152_c11_r0
 G  o_v153_c7_r0
 G  o_v153_c9_r0
 G  o_v153_c9_r1
 G  o_v153_c11_r0
 G  o_v154_c7_r0
 G  o_v154_c9_r0
 G  o_v154_c9_r1
 G  o_v154_c11_r0
 G  o_v155_c7_r0
 G  o_v155_c9_r0
 G  o_v155_c9_r1
 G  o_v155_c11_r0
 G  o_v156_c7_r0
 G  o_v156_c9_r0
 G  o_v156_c9_r1
 G  o_v156_c11_r0
 G  o_v157_c7_r0
 G  o_v157_c9_r0
 G  o_v157_c9_r1
 G  o_v157_c11_r0
 G  o_v158_c7_r0
 G  o_v158_c9_r0
 G  o_v158_c9_r1
 G  o_v158_c11_r0
 G  o_v159_c7_r0
 G  o_v159_c9_r0
 G  o_v159_c9_r1
 G  o_v159_c11_r0
 G  o_v160_c7_r0
 G  o_v160_c9_r0
 G  o_v160_c9_r1
 G  o_v160_c11_r0
 G  o_v161_c7_r0
 G  o_v161_c9_r0
 G  o_v161_c9_r1
 G  o_v161_c11_r0
 G  o_v162_c7_r0
 G  o_v162_c9_r0
 G  o_v162_c9_r1
 G  o_v162_c11_r0
 G  o_v164_c7_r0
 G  o_v164_c9_r0
 G  o_v164_c9_r1
 G  o_v164_c11_r0
 G  o_v165_c7_r0
 G  o_v165_c9_r0
 G  o_v165_c9_r1
 G  o_v165_c11_r0
 G  o_v166_c7_r0
 G  o_v166_c9_r0
 G  o_v166_c9_r1
 G  o_v166_c11_r0
 G  o_v167_c7_r0
 G  o_v167_c9_r0
 G  o_v167_c9_r1
 G  o_v167_c11_r0
 G  o_v168_c7_r0
 G  o_v168_c9_r0
 G  o_v168_c9_r1
 G  o_v168_c11_r0
 G  o_v169_c7_r0
 G  o_v169_c9_r0
 G  o_v169_c9_r1
 G  o_v169_c11_r0
 G  o_v170_c7_r0
 G  o_v170_c9_r0
 G  o_v170_c9_r1
 G  o_v170_c11_r0
 G  o_v171_c7_r0
 G  o_v171_c9_r0
 G  o_v171_c9_r1
 G  o_v171_c11_r0
 G  o_v172_c7_r0
 G  o_v172_c9_r0
 G  o_v172_c9_r1
 G  o_v172_c11_r0
 G  o_v173_c7_r0
 G  o_v173_c9_r0
 G  o_v173_c9_r1
 G  o_v173_c11_r0
 G  o_v174_c7_r0
 G  o_v174_c9_r0
 G  o_v174_c9_r1
 G  o_v174_c11_r0
 G  o_v175_c7_r0
 G  o_v175_c9_r0
 G  o_v175_c9_r1
 G  o_v175_c11_r0
 G  o_v176_c7_r0
 G  o_v176_c9_r0
 G  o_v176_c9_r1
 G  o_v176_c11_r0
 G  o_v177_c7_r0
 G  o_v177_c9_r0
 G  o_v177_c9_r1
 G  o_v177_c11_r0
 G  o_v178_c7_r0
 G  o_v178_c9_r0
 G  o_v178_c9_r1
 G  o_v178_c11_r0
 G  o_v179_c7_r0
 G  o_v179_c9_r0
 G  o_v179_c9_r1
 G  o_v179_c11_r0
 G  o_v180_c7_r0
 G  o_v180_c9_r0
 G  o_v180_c9_r1
 G  o_v180_c11_r0
 G  o_v181_c7_r0
 G  o_v181_c9_r0
 G  o_v181_c9_r1
 G  o_v181_c11_r0
 G  o_v182_c7_r0
 G  o_v182_c9_r0
 G  o_v182_c9_r1
 G  o_v182_c11_r0
 G  o_v183_c7_r0
 G  o_v183_c9_r0
 G  o_v183_c9_r1
 G  o_v183_c11_r0
 G  o_v184_c7_r0
 G  o_v184_c9_r0
 G  o_v184_c9_r1
 G  o_v184_c11_r0
 G  o_v185_c7_r0
 G  o_v185_c9_r0
 G  o_v185_c9_r1
 G  o_v185_c11_r0
 G  o_v186_c7_r0
 G  o_v186_c9_r0
 G  o_v186_c9_r1
 G  o_v186_c11_r0
 G  o_v187_c7_r0
 G  o_v187_c9_r0
 G  o_v187_c9_r1
 G  o_v187_c11_r0
 G  o_v188_c7_r0
 G  o_v188_c9_r0
 G  o_v188_c9_r1
 G  o_v188_c11_r0
 G  o_v189_c7_r0
 G  o_v189_c9_r0
 G  o_v189_c9_r1
 G  o_v189_c11_r0
 G  o_v190_c7_r0
 G  o_v190_c9_r0
 G  o_v190_c9_r1
 G  o_v190_c11_r0
 G  o_v191_c7_r0
 G  o_v191_c9_r0
 G  o_v191_c9_r1
 G  o_v191_c11_r0
 G  o_v192_c7_r0
 G  o_v192_c9_r0
 G  o_v192_c9_r1
 G  o_v192_c11_r0
 G  o_v193_c7_r0
 G  o_v193_c9_r0
 G  o_v193_c9_r1
 G  o_v193_c11_r0
 G  o_v194_c7_r0
 G  o_v194_c9_r0
 G  o_v194_c9_r1
 G  o_v194_c11_r0
 G  o_v195_c7_r0
 G  o_v195_c9_r0
 G  o_v195_c9_r1
 G  o_v195_c11_r0
 G  o_v196_c7_r0
 G  o_v196_c9_r0
 G  o_v196_c9_r1
 G  o_v196_c11_r0
 G  o_v197_c7_r0
 G  o_v197_c9_r0
 G  o_v197_c9_r1
 G  o_v197_c11_r0
 G  o_v198_c7_r0
 G  o_v198_c9_r0
 G  o_v198_c9_r1
 G  o_v198_c11_r0
 G  o_v199_c7_r0
 G  o_v199_c9_r0
 G  o_v199_c9_r1
 G  o_v199_c11_r0
 G  o_v201_c3_r0
 G  o_v201_c5_r0
 G  o_v201_c5_r1
 G  o_v201_c7_r0
 G  o_v201_c7_r1
 G  o_v201_c9_r0
 G  o_v202_c3_r0
 G  o_v202_c5_r0
 G  o_v202_c5_r1
 G  o_v202_c7_r0
 G  o_v202_c7_r1
 G  o_v202_c9_r0
 G  o_v204_c3_r0
 G  o_v204_c5_r0
 G  o_v204_c5_r1
 G  o_v204_c7_r0
 G  o_v204_c7_r1
 G  o_v204_c9_r0
 G  o_v205_c3_r0
 G  o_v205_c5_r0
 G  o_v205_c5_r1
 G  o_v205_c7_r0
 G  o_v205_c7_r1
 G  o_v205_c9_r0
 G  o_v207_c3_r0
 G  o_v207_c5_r0
 G  o_v207_c5_r1
 G  o_v207_c7_r0
 G  o_v207_c7_r1
 G  o_v207_c9_r0
 G  o_v208_c3_r0
 G  o_v208_c5_r0
 G  o_v208_c5_r1
 G  o_v208_c7_r0
 G  o_v208_c7_r1
 G  o_v208_c9_r0
 G  o_v210_c3_r0
 G  o_v210_c5_r0
 G  o_v210_c5_r1
 G  o_v210_c7_r0
 G  o_v210_c7_r1
 G  o_v210_c9_r0
 G  o_v211_c3_r0
 G  o_v211_c5_r0
 G  o_v211_c5_r1
 G  o_v211_c7_r0
 G  o_v211_c7_r1
 G  o_v211_c9_r0
 G  o_v213_c3_r0
 G  o_v213_c5_r0
 G  o_v213_c5_r1
 G  o_v213_c7_r0
 G  o_v213_c7_r1
 G  o_v213_c9_r0
 G  o_v214_c3_r0
 G  o_v214_c5_r0
 G  o_v214_c5_r1
 G  o_v214_c7_r0
 G  o_v214_c7_r1
 G  o_v214_c9_r0
 G  o_v216_c3_r0
 G  o_v216_c5_r0
 G  o_v216_c5_r1
 G  o_v216_c7_r0
 G  o_v216_c7_r1
 G  o_v216_c9_r0
 G  o_v217_c3_r0
 G  o_v217_c5_r0
 G  o_v217_c5_r1
 G  o_v217_c7_r0
 G  o_v217_c7_r1
 G  o_v217_c9_r0
 G  o_v219_c3_r0
 G  o_v219_c5_r0
 G  o_v219_c5_r1
 G  o_v219_c7_r0
 G  o_v219_c7_r1
 G  o_v219_c9_r0
 G  o_v220_c3_r0
 G  o_v220_c5_r0
 G  o_v220_c5_r1
 G  o_v220_c7_r0
 G  o_v220_c7_r1
 G  o_v220_c9_r0
 G  o_v222_c3_r0
 G  o_v222_c5_r0
 G  o_v222_c5_r1
 G  o_v222_c7_r0
 G  o_v222_c7_r1
 G  o_v222_c9_r0
 G  o_v223_c3_r0
 G  o_v223_c5_r0
 G  o_v223_c5_r1
 G  o_v223_c7_r0
 G  o_v223_c7_r1
 G  o_v223_c9_r0
 G  o_v225_c3_r0
 G  o_v225_c5_r0
 G  o_v225_c5_r1
 G  o_v225_c7_r0
 G  o_v225_c7_r1
 G  o_v225_c9_r0
 G  o_v226_c3_r0
 G  o_v226_c5_r0
 G  o_v226_c5_r1
 G  o_v226_c7_r0
 G  o_v226_c7_r1
 G  o_v226_c9_r0
 G  o_v228_c3_r0
 G  o_v228_c5_r0
 G  o_v228_c5_r1
 G  o_v228_c7_r0
 G  o_v228_c7_r1
 G  o_v228_c9_r0
 G  o_v229_c3_r0
 G  o_v229_c5_r0
 G  o_v229_c5_r1
 G  o_v229_c7_r0
 G  o_v229_c7_r1
 G  o_v229_c9_r0
 G  o_v231_c3_r0
 G  o_v231_c5_r0
 G  o_v231_c5_r1
 G  o_v231_c7_r0
 G  o_v231_c7_r1
 G  o_v231_c9_r0
 G  o_v232_c3_r0
 G  o_v232_c5_r0
 G  o_v232_c5_r1
 G  o_v232_c7_r0
 G  o_v232_c7_r1
 G  o_v232_c9_r0
 G  o_v234_c3_r0
 G  o_v234_c5_r0
 G  o_v234_c5_r1
 G  o_v234_c7_r0
 G  o_v234_c7_r1
 G  o_v234_c9_r0
 G  o_v235_c3_r0
 G  o_v235_c5_r0
 G  o_v235_c5_r1
 G  o_v235_c7_r0
 G  o_v235_c7_r1
 G  o_v235_c9_r0
 G  o_v237_c3_r0
 G  o_v237_c5_r0
 G  o_v237_c5_r1
 G  o_v237_c7_r0
 G  o_v237_c7_r1
 G  o_v237_c9_r0
 G  o_v238_c3_r0
 G  o_v238_c5_r0
 G  o_v238_c5_r1
 G  o_v238_c7_r0
 G  o_v238_c7_r1
 G  o_v238_c9_r0
 G  o_v240_c3_r0
 G  o_v240_c5_r0
 G  o_v240_c5_r1
 G  o_v240_c7_r0
 G  o_v240_c7_r1
 G  o_v240_c9_r0
 G  o_v241_c3_r0
 G  o_v241_c5_r0
 G  o_v241_c5_r1
 G  o_v241_c7_r0
 G  o_v241_c7_r1
 G  o_v241_c9_r0
 G  o_v243_c3_r0
 G  o_v243_c5_r0
 G  o_v243_c5_r1
 G  o_v243_c7_r0
 G  o_v243_c7_r1
 G  o_v243_c9_r0
 G  o_v244_c3_r0
 G  o_v244_c5_r0
 G  o_v244_c5_r1
 G  o_v244_c7_r0
 G  o_v244_c7_r1
 G  o_v244_c9_r0
 G  o_v246_c3_r0
 G  o_v246_c5_r0
 G  o_v246_c5_r1
 G  o_v246_c7_r0
 G  o_v246_c7_r1
 G  o_v246_c9_r0
 G  o_v247_c3_r0
 G  o_v247_c5_r0
 G  o_v247_c5_r1
 G  o_v247_c7_r0
 G  o_v247_c7_r1
 G  o_v247_c9_r0
 G  o_v249_c3_r0
 G  o_v249_c5_r0
 G  o_v249_c5_r1
 G  o_v249_c7_r0
 G  o_v249_c7_r1
 G  o_v249_c9_r0
 G  o_v250_c3_r0
 G  o_v250_c5_r0
 G  o_v250_c5_r1
 G  o_v250_c7_r0
 G  o_v250_c7_r1
 G  o_v250_c9_r0
 G  o_v252_c3_r0
 G  o_v252_c5_r0
 G  o_v252_c5_r1
 G  o_v252_c7_r0
 G  o_v252_c7_r1
 G  o_v252_c9_r0
 G  o_v253_c3_r0
 G  o_v253_c5_r0
 G  o_v253_c5_r1
 G  o_v253_c7_r0
 G  o_v253_c7_r1
 G  o_v253_c9_r0
 G  o_v255_c3_r0
 G  o_v255_c5_r0
 G  o_v255_c5_r1
 G  o_v255_c7_r0
 G  o_v255_c7_r1
 G  o_v255_c9_r0
 G  o_v256_c3_r0
 G  o_v256_c5_r0
 G  o_v256_c5_r1
 G  o_v256_c7_r0
 G  o_v256_c7_r1
 G  o_v256_c9_r0
 G  o_v258_c3_r0
 G  o_v258_c5_r0
 G  o_v258_c5_r1
 G  o_v258_c7_r0
 G  o_v258_c7_r1
 G  o_v258_c9_r0
 G  o_v259_c3_r0
 G  o_v259_c5_r0
 G  o_v259_c5_r1
 G  o_v259_c7_r0
 G  o_v259_c7_r1
 G  o_v259_c9_r0
 G  o_v261_c3_r0
 G  o_v261_c5_r0
 G  o_v261_c5_r1
 G  o_v261_c7_r0
 G  o_v261_c7_r1
 G  o_v261_c9_r0
 G  o_v262_c3_r0
 G  o_v262_c5_r0
 G  o_v262_c5_r1
 G  o_v262_c7_r0
 G  o_v262_c7_r1
 G  o_v262_c9_r0
 G  o_v264_c3_r0
 G  o_v264_c5_r0
 G  o_v264_c5_r1
 G  o_v264_c7_r0
 G  o_v264_c7_r1
 G  o_v264_c9_r0
 G  o_v265_c3_r0
 G  o_v265_c5_r0
 G  o_v265_c5_r1
 G  o_v265_c7_r0
 G  o_v265_c7_r1
 G  o_v265_c9_r0
 G  o_v267_c3_r0
 G  o_v267_c5_r0
 G  o_v267_c5_r1
 G  o_v267_c7_r0
 G  o_v267_c7_r1
 G  o_v267_c9_r0
 G  o_v268_c3_r0
 G  o_v268_c5_r0
 G  o_v268_c5_r1
 G  o_v268_c7_r0
 G  o_v268_c7_r1
 G  o_v268_c9_r0
 G  o_v270_c3_r0
 G  o_v270_c5_r0
 G  o_v270_c5_r1
 G  o_v270_c7_r0
 G  o_v270_c7_r1
 G  o_v270_c9_r0
 G  o_v271_c3_r0
 G  o_v271_c5_r0
 G  o_v271_c5_r1
 G  o_v271_c7_r0
 G  o_v271_c7_r1
 G  o_v271_c9_r0
 G  o_v273_c3_r0
 G  o_v273_c5_r0
 G  o_v273_c5_r1
 G  o_v273_c7_r0
 G  o_v273_c7_r1
 G  o_v273_c9_r0
 G  o_v274_c3_r0
 G  o_v274_c5_r0
 G  o_v274_c5_r1
 G  o_v274_c7_r0
 G  o_v274_c7_r1
 G  o_v274_c9_r0
 G  o_v276_c3_r0
 G  o_v276_c5_r0
 G  o_v276_c5_r1
 G  o_v276_c7_r0
 G  o_v276_c7_r1
 G  o_v276_c9_r0
 G  o_v277_c3_r0
 G  o_v277_c5_r0
 G  o_v277_c5_r1
 G  o_v277_c7_r0
 G  o_v277_c7_r1
 G  o_v277_c9_r0
 G  o_v279_c3_r0
 G  o_v279_c5_r0
 G  o_v279_c5_r1
 G  o_v279_c7_r0
 G  o_v279_c7_r1
 G  o_v279_c9_r0
 G  o_v280_c3_r0
 G  o_v280_c5_r0
 G  o_v280_c5_r1
 G  o_v280_c7_r0
 G  o_v280_c7_r1
 G  o_v280_c9_r0
 G  o_v282_c3_r0
 G  o_v282_c5_r0
 G  o_v282_c5_r1
 G  o_v282_c7_r0
 G  o_v282_c7_r1
 G  o_v282_c9_r0
 G  o_v283_c3_r0
 G  o_v283_c5_r0
 G  o_v283_c5_r1
 G  o_v283_c7_r0
 G  o_v283_c7_r1
 G  o_v283_c9_r0
 G  o_v285_c3_r0
 G  o_v285_c5_r0
 G  o_v285_c5_r1
 G  o_v285_c7_r0
 G  o_v285_c7_r1
 G  o_v285_c9_r0
 G  o_v286_c3_r0
 G  o_v286_c5_r0
 G  o_v286_c5_r1
 G  o_v286_c7_r0
 G  o_v286_c7_r1
 G  o_v286_c9_r0
 G  o_v288_c3_r0
 G  o_v288_c5_r0
 G  o_v288_c5_r1
 G  o_v288_c7_r0
 G  o_v288_c7_r1
 G  o_v288_c9_r0
 G  o_v289_c3_r0
 G  o_v289_c5_r0
 G  o_v289_c5_r1
 G  o_v289_c7_r0
 G  o_v289_c7_r1
 G  o_v289_c9_r0
 G  o_v291_c3_r0
 G  o_v291_c5_r0
 G  o_v291_c5_r1
 G  o_v291_c7_r0
 G  o_v291_c7_r1
 G  o_v291_c9_r0
 G  o_v292_c3_r0
 G  o_v292_c5_r0
 G  o_v292_c5_r1
 G  o_v292_c7_r0
 G  o_v292_c7_r1
 G  o_v292_c9_r0
 G  o_v294_c3_r0
 G  o_v294_c5_r0
 G  o_v294_c5_r1
 G  o_v294_c7_r0
 G  o_v294_c7_r1
 G  o_v294_c9_r0
 G  o_v295_c3_r0
 G  o_v295_c5_r0
 G  o_v295_c5_r1
 G  o_v295_c7_r0
 G  o_v295_c7_r1
 G  o_v295_c9_r0
 L  occ_c1
 L  occ_c3
 L  occ_c5
 L  occ_c7
 L  occ_c9
 L  occ_c11
 L  heads_L0
 L  heads_L1
 L  heads_L2
COLUMNS
    x_g0_p0 cum_g0_p0 -1 assign_g0 1
    x_g0_p0 heads_L0 13
    x_g0_p4 assign_g0 1 heads_L1 13
    z_g0_p0 cum_g0_p0 1 prec_g1_g0_t2 -1
    z_g0_p0 prec_g2_g0_t2 -1 prec_g3_g0_t2 -1
    z_g0_p0 prec_g4_g0_t2 -1 prec_g5_g0_t2 -1
    z_g0_p0 prec_g6_g0_t2 -1 prec_g7_g0_t2 -1
    z_g0_p0 prec_g8_g0_t2 -1 prec_g9_g0_t2 -1
    z_g0_p0 prec_g10_g0_t2 -1 prec_g11_g0_t2 -1
    z_g0_p0 prec_g12_g0_t2 -1 prec_g13_g0_t2 -1
    z_g0_p0 prec_g14_g0_t2 -1 prec_g15_g0_t2 -1
    z_g0_p0 prec_g16_g0_t2 -1 prec_g17_g0_t2 -1
    z_g0_p0 prec_g18_g0_t2 -1 prec_g19_g0_t2 -1
    z_g0_p0 prec_g20_g0_t2 -1 prec_g21_g0_t2 -1
    z_g0_p0 prec_g22_g0_t2 -1 prec_g23_g0_t2 -1
    z_g0_p0 prec_g24_g0_t2 -1 prec_g25_g0_t2 -1
    z_g0_p0 prec_g26_g0_t2 -1 prec_g27_g0_t2 -1
    z_g0_p0 prec_g28_g0_t2 -1 prec_g29_g0_t2 -1
    z_g0_p0 prec_g30_g0_t2 -1 prec_g31_g0_t2 -1
    z_g0_p0 prec_g32_g0_t2 -1 prec_g33_g0_t2 -1
    z_g0_p0 prec_g34_g0_t2 -1 prec_g35_g0_t2 -1
    z_g0_p0 prec_g36_g0_t2 -1 prec_g185_g0_t2 -1
    z_g0_p0 prec_g186_g0_t2 -1 prec_g188_g0_t2 -1
    z_g0_p0 prec_g189_g0_t2 -1 prec_g191_g0_t2 -1
    z_g0_p0 prec_g192_g0_t2 -1 prec_g194_g0_t2 -1
    z_g0_p0 prec_g195_g0_t2 -1 prec_g197_g0_t2 -1
    z_g0_p0 prec_g198_g0_t2 -1 prec_g200_g0_t2 -1
    z_g0_p0 prec_g201_g0_t2 -1 prec_g203_g0_t2 -1
    z_g0_p0 prec_g204_g0_t2 -1 prec_g206_g0_t2 -1
    z_g0_p0 prec_g207_g0_t2 -1 prec_g209_g0_t2 -1
    z_g0_p0 prec_g210_g0_t2 -1 prec_g212_g0_t2 -1
    z_g0_p0 prec_g213_g0_t2 -1 prec_g215_g0_t2 -1
    z_g0_p0 prec_g216_g0_t2 -1 prec_g218_g0_t2 -1
    z_g0_p0 prec_g219_g0_t2 -1 prec_g221_g0_t2 -1
    z_g0_p0 prec_g222_g0_t2 -1 prec_g224_g0_t2 -1
    z_g0_p0 prec_g225_g0_t2 -1 prec_g227_g0_t2 -1
    z_g0_p0 prec_g228_g0_t2 -1 prec_g230_g0_t2 -1
    z_g0_p0 prec_g231_g0_t2 -1 prec_g233_g0_t2 -1
    z_g0_p0 prec_g234_g0_t2 -1 prec_g236_g0_t2 -1
    z_g0_p0 prec_g237_g0_t2 -1 prec_g239_g0_t2 -1
    z_g0_p0 prec_g240_g0_t2 -1 prec_g242_g0_t2 -1
    z_g0_p0 prec_g243_g0_t2 -1 prec_g245_g0_t2 -1
    z_g0_p0 prec_g246_g0_t2 -1 prec_g248_g0_t2 -1
    z_g0_p0 prec_g249_g0_t2 -1 prec_g251_g0_t2 -1
    z_g0_p0 prec_g252_g0_t2 -1 prec_g254_g0_t2 -1
    z_g0_p0 prec_g255_g0_t2 -1 prec_g257_g0_t2 -1
    z_g0_p0 prec_g258_g0_t2 -1 prec_g260_g0_t2 -1
    z_g0_p0 prec_g261_g0_t2 -1 prec_g263_g0_t2 -1
    z_g0_p0 prec_g264_g0_t2 -1 prec_g266_g0_t2 -1
    z_g0_p0 prec_g267_g0_t2 -1 prec_g269_g0_t2 -1
    z_g0_p0 prec_g270_g0_t2 -1 prec_g272_g0_t2 -1
    z_g0_p0 prec_g273_g0_t2 -1 prec_g275_g0_t2 -1
    z_g0_p0 prec_g276_g0_t2 -1 prec_g278_g0_t2 -1
    z_g0_p0 prec_g279_g0_t2 -1 o_v11_c1_r0 -1
    z_g0_p0 o_v11_c1_r1 -1 o_v11_c1_r2 -1
    z_g0_p0 o_v11_c1_r3 -1 o_v11_c1_r4 -1
    z_g0_p0 o_v11_c1_r5 -1 o_v11_c1_r6 -1
    z_g0_p0 o_v11_c1_r7 -1 o_v11_c1_r8 -1
    z_g0_p0 o_v11_c1_r9 -1 o_v11_c1_r10 -1
    z_g0_p0 o_v11_c1_r11 -1 o_v11_c1_r12 -1
    z_g0_p0 o_v11_c1_r13 -1 o_v11_c1_r14 -1
    z_g0_p0 o_v11_c1_r15 -1 o_v11_c1_r16 -1
    z_g0_p0 o_v11_c1_r17 -1 o_v11_c1_r18 -1
    z_g0_p0 o_v11_c1_r19 -1 o_v11_c1_r20 -1
    z_g0_p0 o_v11_c1_r21 -1 o_v11_c1_r22 -1
    z_g0_p0 o_v11_c1_r23 -1 o_v11_c1_r24 -1
    z_g0_p0 o_v11_c1_r25 -1 o_v11_c1_r26 -1
    z_g0_p0 o_v11_c1_r27 -1 o_v11_c1_r28 -1
    z_g0_p0 o_v11_c1_r29 -1 o_v11_c1_r30 -1
    z_g0_p0 o_v11_c1_r31 -1 o_v11_c1_r32 -1
    z_g0_p0 o_v11_c1_r33 -1 o_v11_c3_r0 -1
    z_g0_p0 o_v11_c3_r1 -1 o_v11_c3_r2 -1
    z_g0_p0 o_v11_c3_r3 -1 o_v11_c3_r4 -1
    z_g0_p0 o_v11_c3_r5 -1 o_v11_c3_r6 -1
    z_g0_p0 o_v11_c3_r7 -1 o_v11_c3_r8 -1
    z_g0_p0 o_v11_c3_r9 -1 o_v11_c3_r10 -1
    z_g0_p0 o_v11_c3_r11 -1 o_v11_c3_r12 -1
    z_g0_p0 o_v11_c3_r13 -1 o_v11_c3_r14 -1
    z_g0_p0 o_v11_c3_r15 -1 o_v11_c3_r16 -1
    z_g0_p0 o_v11_c3_r17 -1 o_v11_c3_r18 -1
    z_g0_p0 o_v11_c3_r19 -1 o_v11_c3_r20 -1
    z_g0_p0 o_v11_c3_r21 -1 o_v11_c3_r22 -1
    z_g0_p0 o_v11_c3_r23 -1 o_v11_c3_r24 -1
    z_g0_p0 o_v11_c3_r25 -1 o_v11_c3_r26 -1
    z_g0_p0 o_v11_c3_r27 -1 o_v11_c3_r28 -1
    z_g0_p0 o_v11_c3_r29 -1 o_v11_c3_r30 -1
    z_g0_p0 o_v11_c3_r31 -1 o_v11_c3_r32 -1
    z_g0_p0 o_v11_c3_r33 -1 o_v12_c1_r0 -1
    z_g0_p0 o_v12_c1_r1 -1 o_v12_c1_r2 -1
    z_g0_p0 o_v12_c1_r3 -1 o_v12_c1_r4 -1
    z_g0_p0 o_v12_c1_r5 -1 o_v12_c1_r6 -1
    z_g0_p0 o_v12_c1_r7 -1 o_v12_c1_r8 -1
    z_g0_p0 o_v12_c1_r9 -1 o_v12_c1_r10 -1
    z_g0_p0 o_v12_c1_r11 -1 o_v12_c1_r12 -1
    z_g0_p0 o_v12_c1_r13 -1 o_v12_c1_r14 -1
    z_g0_p0 o_v12_c1_r15 -1 o_v12_c1_r16 -1
    z_g0_p0 o_v12_c1_r17 -1 o_v12_c1_r18 -1
    z_g0_p0 o_v12_c1_r19 -1 o_v12_c1_r20 -1
    z_g0_p0 o_v12_c1_r21 -1 o_v12_c1_r22 -1
    z_g0_p0 o_v12_c1_r23 -1 o_v12_c1_r24 -1
    z_g0_p0 o_v12_c1_r25 -1 o_v12_c1_r26 -1
    z_g0_p0 o_v12_c1_r27 -1 o_v12_c1_r28 -1
    z_g0_p0 o_v12_c1_r29 -1 o_v12_c1_r30 -1
    z_g0_p0 o_v12_c1_r31 -1 o_v12_c1_r32 -1
    z_g0_p0 o_v12_c1_r33 -1 o_v12_c3_r0 -1
    z_g0_p0 o_v12_c3_r1 -1 o_v12_c3_r2 -1
    z_g0_p0 o_v12_c3_r3 -1 o_v12_c3_r4 -1
    z_g0_p0 o_v12_c3_r5 -1 o_v12_c3_r6 -1
    z_g0_p0 o_v12_c3_r7 -1 o_v12_c3_r8 -1
    z_g0_p0 o_v12_c3_r9 -1 o_v12_c3_r10 -1
    z_g0_p0 o_v12_c3_r11 -1 o_v12_c3_r12 -1
    z_g0_p0 o_v12_c3_r13 -1 o_v12_c3_r14 -1
    z_g0_p0 o_v12_c3_r15 -1 o_v12_c3_r16 -1
    z_g0_p0 o_v12_c3_r17 -1 o_v12_c3_r18 -1
    z_g0_p0 o_v12_c3_r19 -1 o_v12_c3_r20 -1
    z_g0_p0 o_v12_c3_r21 -1 o_v12_c3_r22 -1
    z_g0_p0 o_v12_c3_r23 -1 o_v12_c3_r24 -1
    z_g0_p0 o_v12_c3_r25 -1 o_v12_c3_r26 -1
    z_g0_p0 o_v12_c3_r27 -1 o_v12_c3_r28 -1
    z_g0_p0 o_v12_c3_r29 -1 o_v12_c3_r30 -1
    z_g0_p0 o_v12_c3_r31 -1 o_v12_c3_r32 -1
    z_g0_p0 o_v12_c3_r33 -1 o_v13_c1_r0 -1
    z_g0_p0 o_v13_c1_r1 -1 o_v13_c1_r2 -1
    z_g0_p0 o_v13_c1_r3 -1 o_v13_c1_r4 -1
    z_g0_p0 o_v13_c1_r5 -1 o_v13_c1_r6 -1
    z_g0_p0 o_v13_c1_r7 -1 o_v13_c1_r8 -1
    z_g0_p0 o_v13_c1_r9 -1 o_v13_c1_r10 -1
    z_g0_p0 o_v13_c1_r11 -1 o_v13_c1_r12 -1
    z_g0_p0 o_v13_c1_r13 -1 o_v13_c1_r14 -1
    z_g0_p0 o_v13_c1_r15 -1 o_v13_c1_r16 -1
    z_g0_p0 o_v13_c1_r17 -1 o_v13_c1_r18 -1
    z_g0_p0 o_v13_c1_r19 -1 o_v13_c1_r20 -1
    z_g0_p0 o_v13_c1_r21 -1 o_v13_c1_r22 -1
    z_g0_p0 o_v13_c1_r23 -1 o_v13_c1_r24 -1
    z_g0_p0 o_v13_c1_r25 -1 o_v13_c1_r26 -1
    z_g0_p0 o_v13_c1_r27 -1 o_v13_c1_r28 -1
    z_g0_p0 o_v13_c1_r29 -1 o_v13_c1_r30 -1
    z_g0_p0 o_v13_c1_r31 -1 o_v13_c1_r32 -1
    z_g0_p0 o_v13_c1_r33 -1 o_v13_c1_r34 -1
    z_g0_p0 o_v13_c1_r35 -1 o_v13_c1_r36 -1
    z_g0_p0 o_v13_c1_r37 -1 o_v13_c1_r38 -1
    z_g0_p0 o_v13_c1_r39 -1 o_v13_c1_r40 -1
    z_g0_p0 o_v13_c1_r41 -1 o_v13_c1_r42 -1
    z_g0_p0 o_v13_c1_r43 -1 o_v13_c1_r44 -1
    z_g0_p0 o_v13_c1_r45 -1 o_v13_c1_r46 -1
    z_g0_p0 o_v13_c1_r47 -1 o_v13_c1_r48 -1
    z_g0_p0 o_v13_c1_r49 -1 o_v13_c1_r50 -1
    z_g0_p0 o_v13_c1_r51 -1 o_v13_c1_r52 -1
    z_g0_p0 o_v13_c1_r53 -1 o_v13_c1_r54 -1
    z_g0_p0 o_v13_c1_r55 -1 o_v13_c1_r56 -1
    z_g0_p0 o_v13_c1_r57 -1 o_v13_c1_r58 -1
    z_g0_p0 o_v13_c1_r59 -1 o_v13_c1_r60 -1
    z_g0_p0 o_v13_c1_r61 -1 o_v13_c1_r62 -1
    z_g0_p0 o_v13_c1_r63 -1 o_v13_c1_r64 -1
    z_g0_p0 o_v13_c1_r65 -1 o_v13_c1_r66 -1
    z_g0_p0 o_v13_c1_r67 -1 o_v13_c1_r68 -1
    z_g0_p0 o_v13_c1_r69 -1 o_v13_c1_r70 -1
    z_g0_p0 o_v13_c1_r71 -1 o_v13_c1_r72 -1
    z_g0_p0 o_v13_c1_r73 -1 o_v13_c1_r74 -1
    z_g0_p0 o_v13_c1_r75 -1 o_v13_c1_r76 -1
    z_g0_p0 o_v13_c1_r77 -1 o_v13_c1_r78 -1
    z_g0_p0 o_v13_c1_r79 -1 o_v13_c1_r80 -1
    z_g0_p0 o_v13_c1_r81 -1 o_v13_c1_r82 -1
    z_g0_p0 o_v13_c1_r83 -1 o_v13_c1_r84 -1
    z_g0_p0 o_v13_c1_r85 -1 o_v13_c1_r86 -1
    z_g0_p0 o_v13_c1_r87 -1 o_v13_c1_r88 -1
    z_g0_p0 o_v13_c1_r89 -1 o_v13_c1_r90 -1
    z_g0_p0 o_v13_c1_r91 -1 o_v13_c1_r92 -1
    z_g0_p0 o_v13_c1_r93 -1 o_v13_c1_r94 -1
    z_g0_p0 o_v13_c1_r95 -1 o_v13_c1_r96 -1
    z_g0_p0 o_v13_c1_r97 -1 o_v13_c1_r98 -1
    z_g0_p0 o_v13_c1_r99 -1 o_v13_c1_r100 -1
    z_g0_p0 o_v13_c1_r101 -1 o_v13_c1_r102 -1
    z_g0_p0 o_v13_c1_r103 -1 o_v13_c1_r104 -1
    z_g0_p0 o_v13_c1_r105 -1 o_v13_c1_r106 -1
    z_g0_p0 o_v13_c1_r107 -1 o_v13_c1_r108 -1
    z_g0_p0 o_v13_c1_r109 -1 o_v13_c1_r110 -1
    z_g0_p0 o_v13_c1_r111 -1 o_v13_c1_r112 -1
    z_g0_p0 o_v13_c1_r113 -1 o_v13_c1_r114 -1
    z_g0_p0 o_v13_c1_r115 -1 o_v13_c1_r116 -1
    z_g0_p0 o_v13_c1_r117 -1 o_v13_c1_r118 -1
    z_g0_p0 o_v13_c1_r119 -1 o_v13_c1_r120 -1
    z_g0_p0 o_v13_c1_r121 -1 o_v13_c1_r122 -1
    z_g0_p0 o_v13_c1_r123 -1 o_v13_c1_r124 -1
    z_g0_p0 o_v13_c1_r125 -1 o_v13_c1_r126 -1
    z_g0_p0 o_v13_c1_r127 -1 o_v13_c3_r0 -1
    z_g0_p0 o_v13_c3_r1 -1 o_v13_c3_r2 -1
    z_g0_p0 o_v13_c3_r3 -1 o_v13_c3_r4 -1
    z_g0_p0 o_v13_c3_r5 -1 o_v13_c3_r6 -1
    z_g0_p0 o_v13_c3_r7 -1 o_v13_c3_r8 -1
    z_g0_p0 o_v13_c3_r9 -1 o_v13_c3_r10 -1
    z_g0_p0 o_v13_c3_r11 -1 o_v13_c3_r12 -1
    z_g0_p0 o_v13_c3_r13 -1 o_v13_c3_r14 -1
    z_g0_p0 o_v13_c3_r15 -1 o_v13_c3_r16 -1
    z_g0_p0 o_v13_c3_r17 -1 o_v13_c3_r18 -1
    z_g0_p0 o_v13_c3_r19 -1 o_v13_c3_r20 -1
    z_g0_p0 o_v13_c3_r21 -1 o_v13_c3_r22 -1
    z_g0_p0 o_v13_c3_r23 -1 o_v13_c3_r24 -1
    z_g0_p0 o_v13_c3_r25 -1 o_v13_c3_r26 -1
    z_g0_p0 o_v13_c3_r27 -1 o_v13_c3_r28 -1
    z_g0_p0 o_v13_c3_r29 -1 o_v13_c3_r30 -1
    z_g0_p0 o_v13_c3_r31 -1 o_v13_c3_r32 -1
    z_g0_p0 o_v13_c3_r33 -1 o_v13_c3_r34 -1
    z_g0_p0 o_v13_c3_r35 -1 o_v13_c3_r36 -1
    z_g0_p0 o_v13_c3_r37 -1 o_v13_c3_r38 -1
    z_g0_p0 o_v13_c3_r39 -1 o_v13_c3_r40 -1
    z_g0_p0 o_v13_c3_r41 -1 o_v13_c3_r42 -1
    z_g0_p0 o_v13_c3_r43 -1 o_v13_c3_r44 -1
    z_g0_p0 o_v13_c3_r45 -1 o_v13_c3_r46 -1
    z_g0_p0 o_v13_c3_r47 -1 o_v13_c3_r48 -1
    z_g0_p0 o_v13_c3_r49 -1 o_v13_c3_r50 -1
    z_g0_p0 o_v13_c3_r51 -1 o_v13_c3_r52 -1
    z_g0_p0 o_v13_c3_r53 -1 o_v13_c3_r54 -1
    z_g0_p0 o_v13_c3_r55 -1 o_v13_c3_r56 -1
    z_g0_p0 o_v13_c3_r57 -1 o_v13_c3_r58 -1
    z_g0_p0 o_v13_c3_r59 -1 o_v13_c3_r60 -1
    z_g0_p0 o_v13_c3_r61 -1 o_v13_c3_r62 -1
    z_g0_p0 o_v13_c3_r63 -1 o_v13_c3_r64 -1
    z_g0_p0 o_v13_c3_r65 -1 o_v13_c3_r66 -1
    z_g0_p0 o_v13_c3_r67 -1 o_v13_c3_r68 -1
    z_g0_p0 o_v13_c3_r69 -1 o_v13_c3_r70 -1
    z_g0_p0 o_v13_c3_r71 -1 o_v13_c3_r72 -1
    z_g0_p0 o_v13_c3_r73 -1 o_v13_c3_r74 -1
    z_g0_p0 o_v13_c3_r75 -1 o_v13_c3_r76 -1
    z_g0_p0 o_v13_c3_r77 -1 o_v13_c3_r78 -1
    z_g0_p0 o_v13_c3_r79 -1 o_v13_c3_r80 -1
    z_g0_p0 o_v13_c3_r81 -1 o_v13_c3_r82 -1
    z_g0_p0 o_v13_c3_r83 -1 o_v13_c3_r84 -1
    z_g0_p0 o_v13_c3_r85 -1 o_v13_c3_r86 -1
    z_g0_p0 o_v13_c3_r87 -1 o_v13_c3_r88 -1
    z_g0_p0 o_v13_c3_r89 -1 o_v13_c3_r90 -1
    z_g0_p0 o_v13_c3_r91 -1 o_v13_c3_r92 -1
    z_g0_p0 o_v13_c3_r93 -1 o_v13_c3_r94 -1
    z_g0_p0 o_v13_c3_r95 -1 o_v13_c3_r96 -1
    z_g0_p0 o_v13_c3_r97 -1 o_v13_c3_r98 -1
    z_g0_p0 o_v13_c3_r99 -1 o_v13_c3_r100 -1
    z_g0_p0 o_v13_c3_r101 -1 o_v13_c3_r102 -1
    z_g0_p0 o_v13_c3_r103 -1 o_v13_c3_r104 -1
    z_g0_p0 o_v13_c3_r105 -1 o_v13_c3_r106 -1
    z_g0_p0 o_v13_c3_r107 -1 o_v13_c3_r108 -1
    z_g0_p0 o_v13_c3_r109 -1 o_v13_c3_r110 -1
    z_g0_p0 o_v13_c3_r111 -1 o_v13_c3_r112 -1
    z_g0_p0 o_v13_c3_r113 -1 o_v13_c3_r114 -1
    z_g0_p0 o_v13_c3_r115 -1 o_v13_c3_r116 -1
    z_g0_p0 o_v13_c3_r117 -1 o_v13_c3_r118 -1
    z_g0_p0 o_v13_c3_r119 -1 o_v13_c3_r120 -1
    z_g0_p0 o_v13_c3_r121 -1 o_v13_c3_r122 -1
    z_g0_p0 o_v13_c3_r123 -1 o_v13_c3_r124 -1
    z_g0_p0 o_v13_c3_r125 -1 o_v13_c3_r126 -1
    z_g0_p0 o_v13_c3_r127 -1 o_v14_c1_r0 -1
    z_g0_p0 o_v14_c1_r1 -1 o_v14_c1_r2 -1
    z_g0_p0 o_v14_c1_r3 -1 o_v14_c1_r4 -1
    z_g0_p0 o_v14_c1_r5 -1 o_v14_c1_r6 -1
    z_g0_p0 o_v14_c1_r7 -1 o_v14_c1_r8 -1
    z_g0_p0 o_v14_c1_r9 -1 o_v14_c1_r10 -1
    z_g0_p0 o_v14_c1_r11 -1 o_v14_c1_r12 -1
    z_g0_p0 o_v14_c1_r13 -1 o_v14_c1_r14 -1
    z_g0_p0 o_v14_c1_r15 -1 o_v14_c1_r16 -1
    z_g0_p0 o_v14_c1_r17 -1 o_v14_c1_r18 -1
    z_g0_p0 o_v14_c1_r19 -1 o_v14_c1_r20 -1
    z_g0_p0 o_v14_c1_r21 -1 o_v14_c1_r22 -1
    z_g0_p0 o_v14_c1_r23 -1 o_v14_c1_r24 -1
    z_g0_p0 o_v14_c1_r25 -1 o_v14_c1_r26 -1
    z_g0_p0 o_v14_c1_r27 -1 o_v14_c1_r28 -1
    z_g0_p0 o_v14_c1_r29 -1 o_v14_c1_r30 -1
    z_g0_p0 o_v14_c1_r31 -1 o_v14_c1_r32 -1
    z_g0_p0 o_v14_c1_r33 -1 o_v14_c1_r34 -1
    z_g0_p0 o_v14_c1_r35 -1 o_v14_c1_r36 -1
    z_g0_p0 o_v14_c1_r37 -1 o_v14_c1_r38 -1
    z_g0_p0 o_v14_c1_r39 -1 o_v14_c1_r40 -1
    z_g0_p0 o_v14_c1_r41 -1 o_v14_c1_r42 -1
    z_g0_p0 o_v14_c1_r43 -1 o_v14_c1_r44 -1
    z_g0_p0 o_v14_c1_r45 -1 o_v14_c1_r46 -1
    z_g0_p0 o_v14_c1_r47 -1 o_v14_c1_r48 -1
    z_g0_p0 o_v14_c1_r49 -1 o_v14_c1_r50 -1
    z_g0_p0 o_v14_c1_r51 -1 o_v14_c1_r52 -1
    z_g0_p0 o_v14_c1_r53 -1 o_v14_c1_r54 -1
    z_g0_p0 o_v14_c1_r55 -1 o_v14_c1_r56 -1
    z_g0_p0 o_v14_c1_r57 -1 o_v14_c1_r58 -1
    z_g0_p0 o_v14_c1_r59 -1 o_v14_c1_r60 -1
    z_g0_p0 o_v14_c1_r61 -1 o_v14_c1_r62 -1
    z_g0_p0 o_v14_c1_r63 -1 o_v14_c3_r0 -1
    z_g0_p0 o_v14_c3_r1 -1 o_v14_c3_r2 -1
    z_g0_p0 o_v14_c3_r3 -1 o_v14_c3_r4 -1
    z_g0_p0 o_v14_c3_r5 -1 o_v14_c3_r6 -1
    z_g0_p0 o_v14_c3_r7 -1 o_v14_c3_r8 -1
    z_g0_p0 o_v14_c3_r9 -1 o_v14_c3_r10 -1
    z_g0_p0 o_v14_c3_r11 -1 o_v14_c3_r12 -1
    z_g0_p0 o_v14_c3_r13 -1 o_v14_c3_r14 -1
    z_g0_p0 o_v14_c3_r15 -1 o_v14_c3_r16 -1
    z_g0_p0 o_v14_c3_r17 -1 o_v14_c3_r18 -1
    z_g0_p0 o_v14_c3_r19 -1 o_v14_c3_r20 -1
    z_g0_p0 o_v14_c3_r21 -1 o_v14_c3_r22 -1
    z_g0_p0 o_v14_c3_r23 -1 o_v14_c3_r24 -1
    z_g0_p0 o_v14_c3_r25 -1 o_v14_c3_r26 -1
    z_g0_p0 o_v14_c3_r27 -1 o_v14_c3_r28 -1
    z_g0_p0 o_v14_c3_r29 -1 o_v14_c3_r30 -1
    z_g0_p0 o_v14_c3_r31 -1 o_v14_c3_r32 -1
    z_g0_p0 o_v14_c3_r33 -1 o_v14_c3_r34 -1
    z_g0_p0 o_v14_c3_r35 -1 o_v14_c3_r36 -1
    z_g0_p0 o_v14_c3_r37 -1 o_v14_c3_r38 -1
    z_g0_p0 o_v14_c3_r39 -1 o_v14_c3_r40 -1
    z_g0_p0 o_v14_c3_r41 -1 o_v14_c3_r42 -1
    z_g0_p0 o_v14_c3_r43 -1 o_v14_c3_r44 -1
    z_g0_p0 o_v14_c3_r45 -1 o_v14_c3_r46 -1
    z_g0_p0 o_v14_c3_r47 -1 o_v14_c3_r48 -1
    z_g0_p0 o_v14_c3_r49 -1 o_v14_c3_r50 -1
    z_g0_p0 o_v14_c3_r51 -1 o_v14_c3_r52 -1
    z_g0_p0 o_v14_c3_r53 -1 o_v14_c3_r54 -1
    z_g0_p0 o_v14_c3_r55 -1 o_v14_c3_r56 -1
    z_g0_p0 o_v14_c3_r57 -1 o_v14_c3_r58 -1
    z_g0_p0 o_v14_c3_r59 -1 o_v14_c3_r60 -1
    z_g0_p0 o_v14_c3_r61 -1 o_v14_c3_r62 -1
    z_g0_p0 o_v14_c3_r63 -1 o_v15_c1_r0 -1
    z_g0_p0 o_v15_c1_r1 -1 o_v15_c1_r2 -1
    z_g0_p0 o_v15_c1_r3 -1 o_v15_c1_r4 -1
    z_g0_p0 o_v15_c1_r5 -1 o_v15_c1_r6 -1
    z_g0_p0 o_v15_c1_r7 -1 o_v15_c1_r8 -1
    z_g0_p0 o_v15_c1_r9 -1 o_v15_c1_r10 -1
    z_g0_p0 o_v15_c1_r11 -1 o_v15_c1_r12 -1
    z_g0_p0 o_v15_c1_r13 -1 o_v15_c1_r14 -1
    z_g0_p0 o_v15_c1_r15 -1 o_v15_c1_r16 -1
    z_g0_p0 o_v15_c1_r17 -1 o_v15_c1_r18 -1
    z_g0_p0 o_v15_c1_r19 -1 o_v15_c1_r20 -1
    z_g0_p0 o_v15_c1_r21 -1 o_v15_c1_r22 -1
    z_g0_p0 o_v15_c1_r23 -1 o_v15_c1_r24 -1
    z_g0_p0 o_v15_c1_r25 -1 o_v15_c1_r26 -1
    z_g0_p0 o_v15_c1_r27 -1 o_v15_c1_r28 -1
    z_g0_p0 o_v15_c1_r29 -1 o_v15_c1_r30 -1
    z_g0_p0 o_v15_c1_r31 -1 o_v15_c1_r32 -1
    z_g0_p0 o_v15_c1_r33 -1 o_v15_c1_r34 -1
    z_g0_p0 o_v15_c1_r35 -1 o_v15_c1_r36 -1
    z_g0_p0 o_v15_c1_r37 -1 o_v15_c1_r38 -1
    z_g0_p0 o_v15_c1_r39 -1 o_v15_c1_r40 -1
    z_g0_p0 o_v15_c1_r41 -1 o_v15_c1_r42 -1
    z_g0_p0 o_v15_c1_r43 -1 o_v15_c1_r44 -1
    z_g0_p0 o_v15_c1_r45 -1 o_v15_c1_r46 -1
    z_g0_p0 o_v15_c1_r47 -1 o_v15_c1_r48 -1
    z_g0_p0 o_v15_c1_r49 -1 o_v15_c1_r50 -1
    z_g0_p0 o_v15_c1_r51 -1 o_v15_c1_r52 -1
    z_g0_p0 o_v15_c1_r53 -1 o_v15_c1_r54 -1
    z_g0_p0 o_v15_c1_r55 -1 o_v15_c1_r56 -1
    z_g0_p0 o_v15_c1_r57 -1 o_v15_c1_r58 -1
    z_g0_p0 o_v15_c1_r59 -1 o_v15_c1_r60 -1
    z_g0_p0 o_v15_c1_r61 -1 o_v15_c1_r62 -1
    z_g0_p0 o_v15_c1_r63 -1 o_v15_c3_r0 -1
    z_g0_p0 o_v15_c3_r1 -1 o_v15_c3_r2 -1
    z_g0_p0 o_v15_c3_r3 -1 o_v15_c3_r4 -1
    z_g0_p0 o_v15_c3_r5 -1 o_v15_c3_r6 -1
    z_g0_p0 o_v15_c3_r7 -1 o_v15_c3_r8 -1
    z_g0_p0 o_v15_c3_r9 -1 o_v15_c3_r10 -1
    z_g0_p0 o_v15_c3_r11 -1 o_v15_c3_r12 -1
    z_g0_p0 o_v15_c3_r13 -1 o_v15_c3_r14 -1
    z_g0_p0 o_v15_c3_r15 -1 o_v15_c3_r16 -1
    z_g0_p0 o_v15_c3_r17 -1 o_v15_c3_r18 -1
    z_g0_p0 o_v15_c3_r19 -1 o_v15_c3_r20 -1
    z_g0_p0 o_v15_c3_r21 -1 o_v15_c3_r22 -1
    z_g0_p0 o_v15_c3_r23 -1 o_v15_c3_r24 -1
    z_g0_p0 o_v15_c3_r25 -1 o_v15_c3_r26 -1
    z_g0_p0 o_v15_c3_r27 -1 o_v15_c3_r28 -1
    z_g0_p0 o_v15_c3_r29 -1 o_v15_c3_r30 -1
    z_g0_p0 o_v15_c3_r31 -1 o_v15_c3_r32 -1
    z_g0_p0 o_v15_c3_r33 -1 o_v15_c3_r34 -1
    z_g0_p0 o_v15_c3_r35 -1 o_v15_c3_r36 -1
    z_g0_p0 o_v15_c3_r37 -1 o_v15_c3_r38 -1
    z_g0_p0 o_v15_c3_r39 -1 o_v15_c3_r40 -1
    z_g0_p0 o_v15_c3_r41 -1 o_v15_c3_r42 -1
    z_g0_p0 o_v15_c3_r43 -1 o_v15_c3_r44 -1
    z_g0_p0 o_v15_c3_r45 -1 o_v15_c3_r46 -1
    z_g0_p0 o_v15_c3_r47 -1 o_v15_c3_r48 -1
    z_g0_p0 o_v15_c3_r49 -1 o_v15_c3_r50 -1
    z_g0_p0 o_v15_c3_r51 -1 o_v15_c3_r52 -1
    z_g0_p0 o_v15_c3_r53 -1 o_v15_c3_r54 -1
    z_g0_p0 o_v15_c3_r55 -1 o_v15_c3_r56 -1
    z_g0_p0 o_v15_c3_r57 -1 o_v15_c3_r58 -1
    z_g0_p0 o_v15_c3_r59 -1 o_v15_c3_r60 -1
    z_g0_p0 o_v15_c3_r61 -1 o_v15_c3_r62 -1
    z_g0_p0 o_v15_c3_r63 -1 o_v16_c1_r0 -1
    z_g0_p0 o_v16_c1_r1 -1 o_v16_c1_r2 -1
    z_g0_p0 o_v16_c1_r3 -1 o_v16_c1_r4 -1
    z_g0_p0 o_v16_c1_r5 -1 o_v16_c1_r6 -1
    z_g0_p0 o_v16_c1_r7 -1 o_v16_c1_r8 -1
    z_g0_p0 o_v16_c1_r9 -1 o_v16_c1_r10 -1
    z_g0_p0 o_v16_c1_r11 -1 o_v16_c1_r12 -1
    z_g0_p0 o_v16_c1_r13 -1 o_v16_c1_r14 -1
    z_g0_p0 o_v16_c1_r15 -1 o_v16_c1_r16 -1
    z_g0_p0 o_v16_c1_r17 -1 o_v16_c1_r18 -1
    z_g0_p0 o_v16_c1_r19 -1 o_v16_c1_r20 -1
    z_g0_p0 o_v16_c1_r21 -1 o_v16_c1_r22 -1
    z_g0_p0 o_v16_c1_r23 -1 o_v16_c1_r24 -1
    z_g0_p0 o_v16_c1_r25 -1 o_v16_c1_r26 -1
    z_g0_p0 o_v16_c1_r27 -1 o_v16_c1_r28 -1
    z_g0_p0 o_v16_c1_r29 -1 o_v16_c1_r30 -1
    z_g0_p0 o_v16_c1_r31 -1 o_v16_c1_r32 -1
    z_g0_p0 o_v16_c1_r33 -1 o_v16_c1_r34 -1
    z_g0_p0 o_v16_c1_r35 -1 o_v16_c1_r36 -1
    z_g0_p0 o_v16_c1_r37 -1 o_v16_c1_r38 -1
    z_g0_p0 o_v16_c1_r39 -1 o_v16_c1_r40 -1
    z_g0_p0 o_v16_c1_r41 -1 o_v16_c1_r42 -1
    z_g0_p0 o_v16_c1_r43 -1 o_v16_c1_r44 -1
    z_g0_p0 o_v16_c1_r45 -1 o_v16_c1_r46 -1
    z_g0_p0 o_v16_c1_r47 -1 o_v16_c1_r48 -1
    z_g0_p0 o_v16_c1_r49 -1 o_v16_c1_r50 -1
    z_g0_p0 o_v16_c1_r51 -1 o_v16_c1_r52 -1
    z_g0_p0 o_v16_c1_r53 -1 o_v16_c1_r54 -1
    z_g0_p0 o_v16_c1_r55 -1 o_v16_c1_r56 -1
    z_g0_p0 o_v16_c1_r57 -1 o_v16_c1_r58 -1
    z_g0_p0 o_v16_c1_r59 -1 o_v16_c1_r60 -1
    z_g0_p0 o_v16_c1_r61 -1 o_v16_c1_r62 -1
    z_g0_p0 o_v16_c1_r63 -1 o_v16_c3_r0 -1
    z_g0_p0 o_v16_c3_r1 -1 o_v16_c3_r2 -1
    z_g0_p0 o_v16_c3_r3 -1 o_v16_c3_r4 -1
    z_g0_p0 o_v16_c3_r5 -1 o_v16_c3_r6 -1
    z_g0_p0 o_v16_c3_r7 -1 o_v16_c3_r8 -1
    z_g0_p0 o_v16_c3_r9 -1 o_v16_c3_r10 -1
    z_g0_p0 o_v16_c3_r11 -1 o_v16_c3_r12 -1
    z_g0_p0 o_v16_c3_r13 -1 o_v16_c3_r14 -1
    z_g0_p0 o_v16_c3_r15 -1 o_v16_c3_r16 -1
    z_g0_p0 o_v16_c3_r17 -1 o_v16_c3_r18 -1
    z_g0_p0 o_v16_c3_r19 -1 o_v16_c3_r20 -1
    z_g0_p0 o_v16_c3_r21 -1 o_v16_c3_r22 -1
    z_g0_p0 o_v16_c3_r23 -1 o_v16_c3_r24 -1
    z_g0_p0 o_v16_c3_r25 -1 o_v16_c3_r26 -1
    z_g0_p0 o_v16_c3_r27 -1 o_v16_c3_r28 -1
    z_g0_p0 o_v16_c3_r29 -1 o_v16_c3_r30 -1
    z_g0_p0 o_v16_c3_r31 -1 o_v16_c3_r32 -1
    z_g0_p0 o_v16_c3_r33 -1 o_v16_c3_r34 -1
    z_g0_p0 o_v16_c3_r35 -1 o_v16_c3_r36 -1
    z_g0_p0 o_v16_c3_r37 -1 o_v16_c3_r38 -1
    z_g0_p0 o_v16_c3_r39 -1 o_v16_c3_r40 -1
    z_g0_p0 o_v16_c3_r41 -1 o_v16_c3_r42 -1
    z_g0_p0 o_v16_c3_r43 -1 o_v16_c3_r44 -1
    z_g0_p0 o_v16_c3_r45 -1 o_v16_c3_r46 -1
    z_g0_p0 o_v16_c3_r47 -1 o_v16_c3_r48 -1
    z_g0_p0 o_v16_c3_r49 -1 o_v16_c3_r50 -1
    z_g0_p0 o_v16_c3_r51 -1 o_v16_c3_r52 -1
    z_g0_p0 o_v16_c3_r53 -1 o_v16_c3_r54 -1
    z_g0_p0 o_v16_c3_r55 -1 o_v16_c3_r56 -1
    z_g0_p0 o_v16_c3_r57 -1 o_v16_c3_r58 -1
    z_g0_p0 o_v16_c3_r59 -1 o_v16_c3_r60 -1
    z_g0_p0 o_v16_c3_r61 -1 o_v16_c3_r62 -1
    z_g0_p0 o_v16_c3_r63 -1 occ_c3 -7
    z_g0_p0 occ_c5 -7
    x_g1_p2 cum_g1_p2 -1 assign_g1 1
    x_g1_p2 ffn_L0 1
    x_g1_p6 assign_g1 1 ffn_L1 1
    z_g1_p2 cum_g1_p2 1 prec_g1_g0_t2 1
    z_g1_p2 prec_g37_g1_t6 -1 prec_g74_g1_t6 -1
    z_g1_p2 prec_g111_g1_t6 -1 prec_g148_g1_t6 -1
    z_g1_p2 prec_g282_g1_t3 -1 prec_g282_g1_t5 -1
    z_g1_p2 o_v11_c5_r0 1 o_v11_c7_r0 1
    z_g1_p2 o_v17_c3_r0 -1 o_v17_c3_r1 -1
    z_g1_p2 o_v17_c3_r2 -1 o_v17_c3_r3 -1
    z_g1_p2 o_v17_c3_r4 -1 o_v17_c5_r0 -1
    z_g1_p2 o_v17_c5_r1 -1 o_v17_c5_r2 -1
    z_g1_p2 o_v17_c5_r3 -1 o_v17_c5_r4 -1
    z_g1_p2 o_v17_c5_r5 -1
    x_g2_p2 cum_g2_p2 -1 assign_g2 1
    x_g2_p2 ffn_L0 1
    x_g2_p6 assign_g2 1 ffn_L1 1
    z_g2_p2 cum_g2_p2 1 prec_g2_g0_t2 1
    z_g2_p2 prec_g38_g2_t6 -1 prec_g75_g2_t6 -1
    z_g2_p2 prec_g112_g2_t6 -1 prec_g149_g2_t6 -1
    z_g2_p2 prec_g282_g2_t3 -1 prec_g282_g2_t5 -1
    z_g2_p2 o_v11_c5_r1 1 o_v11_c7_r1 1
    z_g2_p2 o_v12_c5_r0 1 o_v12_c7_r0 1
    z_g2_p2 o_v18_c3_r0 -1 o_v18_c3_r1 -1
    z_g2_p2 o_v18_c3_r2 -1 o_v18_c3_r3 -1
    z_g2_p2 o_v18_c3_r4 -1 o_v18_c5_r0 -1
    z_g2_p2 o_v18_c5_r1 -1 o_v18_c5_r2 -1
    z_g2_p2 o_v18_c5_r3 -1 o_v18_c5_r4 -1
    z_g2_p2 o_v18_c5_r5 -1
    x_g3_p2 cum_g3_p2 -1 assign_g3 1
    x_g3_p2 ffn_L0 1
    x_g3_p6 assign_g3 1 ffn_L1 1
    z_g3_p2 cum_g3_p2 1 prec_g3_g0_t2 1
    z_g3_p2 prec_g39_g3_t6 -1 prec_g76_g3_t6 -1
    z_g3_p2 prec_g113_g3_t6 -1 prec_g150_g3_t6 -1
    z_g3_p2 prec_g282_g3_t3 -1 prec_g282_g3_t5 -1
    z_g3_p2 o_v11_c5_r2 1 o_v11_c7_r2 1
    z_g3_p2 o_v12_c5_r1 1 o_v12_c7_r1 1
    z_g3_p2 o_v19_c3_r0 -1 o_v19_c3_r1 -1
    z_g3_p2 o_v19_c3_r2 -1 o_v19_c3_r3 -1
    z_g3_p2 o_v19_c3_r4 -1 o_v19_c5_r0 -1
    z_g3_p2 o_v19_c5_r1 -1 o_v19_c5_r2 -1
    z_g3_p2 o_v19_c5_r3 -1 o_v19_c5_r4 -1
    z_g3_p2 o_v19_c5_r5 -1
    x_g4_p2 cum_g4_p2 -1 assign_g4 1
    x_g4_p2 ffn_L0 1
    x_g4_p6 assign_g4 1 ffn_L1 1
    z_g4_p2 cum_g4_p2 1 prec_g4_g0_t2 1
    z_g4_p2 prec_g40_g4_t6 -1 prec_g77_g4_t6 -1
    z_g4_p2 prec_g114_g4_t6 -1 prec_g151_g4_t6 -1
    z_g4_p2 prec_g282_g4_t3 -1 prec_g282_g4_t5 -1
    z_g4_p2 o_v11_c5_r3 1 o_v11_c7_r3 1
    z_g4_p2 o_v12_c5_r2 1 o_v12_c7_r2 1
    z_g4_p2 o_v20_c3_r0 -1 o_v20_c3_r1 -1
    z_g4_p2 o_v20_c3_r2 -1 o_v20_c3_r3 -1
    z_g4_p2 o_v20_c3_r4 -1 o_v20_c5_r0 -1
    z_g4_p2 o_v20_c5_r1 -1 o_v20_c5_r2 -1
    z_g4_p2 o_v20_c5_r3 -1 o_v20_c5_r4 -1
    z_g4_p2 o_v20_c5_r5 -1
    x_g5_p2 cum_g5_p2 -1 assign_g5 1
    x_g5_p2 ffn_L0 1
    x_g5_p6 assign_g5 1 ffn_L1 1
    z_g5_p2 cum_g5_p2 1 prec_g5_g0_t2 1
    z_g5_p2 prec_g41_g5_t6 -1 prec_g78_g5_t6 -1
    z_g5_p2 prec_g115_g5_t6 -1 prec_g152_g5_t6 -1
    z_g5_p2 prec_g282_g5_t3 -1 prec_g282_g5_t5 -1
    z_g5_p2 o_v11_c5_r4 1 o_v11_c7_r4 1
    z_g5_p2 o_v12_c5_r3 1 o_v12_c7_r3 1
    z_g5_p2 o_v21_c3_r0 -1 o_v21_c3_r1 -1
    z_g5_p2 o_v21_c3_r2 -1 o_v21_c3_r3 -1
    z_g5_p2 o_v21_c3_r4 -1 o_v21_c5_r0 -1
    z_g5_p2 o_v21_c5_r1 -1 o_v21_c5_r2 -1
    z_g5_p2 o_v21_c5_r3 -1 o_v21_c5_r4 -1
    z_g5_p2 o_v21_c5_r5 -1
    x_g6_p2 cum_g6_p2 -1 assign_g6 1
    x_g6_p2 ffn_L0 1
    x_g6_p6 assign_g6 1 ffn_L1 1
    z_g6_p2 cum_g6_p2 1 prec_g6_g0_t2 1
    z_g6_p2 prec_g42_g6_t6 -1 prec_g79_g6_t6 -1
    z_g6_p2 prec_g116_g6_t6 -1 prec_g153_g6_t6 -1
    z_g6_p2 prec_g282_g6_t3 -1 prec_g282_g6_t5 -1
    z_g6_p2 o_v11_c5_r5 1 o_v11_c7_r5 1
    z_g6_p2 o_v12_c5_r4 1 o_v12_c7_r4 1
    z_g6_p2 o_v22_c3_r0 -1 o_v22_c3_r1 -1
    z_g6_p2 o_v22_c3_r2 -1 o_v22_c3_r3 -1
    z_g6_p2 o_v22_c3_r4 -1 o_v22_c5_r0 -1
    z_g6_p2 o_v22_c5_r1 -1 o_v22_c5_r2 -1
    z_g6_p2 o_v22_c5_r3 -1 o_v22_c5_r4 -1
    z_g6_p2 o_v22_c5_r5 -1
    x_g7_p2 cum_g7_p2 -1 assign_g7 1
    x_g7_p2 ffn_L0 1
    x_g7_p6 assign_g7 1 ffn_L1 1
    z_g7_p2 cum_g7_p2 1 prec_g7_g0_t2 1
    z_g7_p2 prec_g43_g7_t6 -1 prec_g80_g7_t6 -1
    z_g7_p2 prec_g117_g7_t6 -1 prec_g154_g7_t6 -1
    z_g7_p2 prec_g282_g7_t3 -1 prec_g282_g7_t5 -1
    z_g7_p2 o_v11_c5_r6 1 o_v11_c7_r6 1
    z_g7_p2 o_v12_c5_r5 1 o_v12_c7_r5 1
    z_g7_p2 o_v23_c3_r0 -1 o_v23_c3_r1 -1
    z_g7_p2 o_v23_c3_r2 -1 o_v23_c3_r3 -1
    z_g7_p2 o_v23_c3_r4 -1 o_v23_c5_r0 -1
    z_g7_p2 o_v23_c5_r1 -1 o_v23_c5_r2 -1
    z_g7_p2 o_v23_c5_r3 -1 o_v23_c5_r4 -1
    z_g7_p2 o_v23_c5_r5 -1
    x_g8_p2 cum_g8_p2 -1 assign_g8 1
    x_g8_p2 ffn_L0 1
    x_g8_p6 assign_g8 1 ffn_L1 1
    z_g8_p2 cum_g8_p2 1 prec_g8_g0_t2 1
    z_g8_p2 prec_g44_g8_t6 -1 prec_g81_g8_t6 -1
    z_g8_p2 prec_g118_g8_t6 -1 prec_g155_g8_t6 -1
    z_g8_p2 prec_g282_g8_t3 -1 prec_g282_g8_t5 -1
    z_g8_p2 o_v11_c5_r7 1 o_v11_c7_r7 1
    z_g8_p2 o_v12_c5_r6 1 o_v12_c7_r6 1
    z_g8_p2 o_v24_c3_r0 -1 o_v24_c3_r1 -1
    z_g8_p2 o_v24_c3_r2 -1 o_v24_c3_r3 -1
    z_g8_p2 o_v24_c3_r4 -1 o_v24_c5_r0 -1
    z_g8_p2 o_v24_c5_r1 -1 o_v24_c5_r2 -1
    z_g8_p2 o_v24_c5_r3 -1 o_v24_c5_r4 -1
    z_g8_p2 o_v24_c5_r5 -1
    x_g9_p2 cum_g9_p2 -1 assign_g9 1
    x_g9_p2 ffn_L0 1
    x_g9_p6 assign_g9 1 ffn_L1 1
    z_g9_p2 cum_g9_p2 1 prec_g9_g0_t2 1
    z_g9_p2 prec_g45_g9_t6 -1 prec_g82_g9_t6 -1
    z_g9_p2 prec_g119_g9_t6 -1 prec_g156_g9_t6 -1
    z_g9_p2 prec_g282_g9_t3 -1 prec_g282_g9_t5 -1
    z_g9_p2 o_v11_c5_r8 1 o_v11_c7_r8 1
    z_g9_p2 o_v12_c5_r7 1 o_v12_c7_r7 1
    z_g9_p2 o_v25_c3_r0 -1 o_v25_c3_r1 -1
    z_g9_p2 o_v25_c3_r2 -1 o_v25_c3_r3 -1
    z_g9_p2 o_v25_c3_r4 -1 o_v25_c5_r0 -1
    z_g9_p2 o_v25_c5_r1 -1 o_v25_c5_r2 -1
    z_g9_p2 o_v25_c5_r3 -1 o_v25_c5_r4 -1
    z_g9_p2 o_v25_c5_r5 -1
    x_g10_p2 cum_g10_p2 -1 assign_g10 1
    x_g10_p2 ffn_L0 1
    x_g10_p6 assign_g10 1 ffn_L1 1
    z_g10_p2 cum_g10_p2 1 prec_g10_g0_t2 1
    z_g10_p2 prec_g46_g10_t6 -1 prec_g83_g10_t6 -1
    z_g10_p2 prec_g120_g10_t6 -1 prec_g157_g10_t6 -1
    z_g10_p2 prec_g282_g10_t3 -1 prec_g282_g10_t5 -1
    z_g10_p2 o_v12_c5_r8 1 o_v12_c7_r8 1
    z_g10_p2 o_v26_c3_r0 -1 o_v26_c3_r1 -1
    z_g10_p2 o_v26_c3_r2 -1 o_v26_c3_r3 -1
    z_g10_p2 o_v26_c3_r4 -1 o_v26_c5_r0 -1
    z_g10_p2 o_v26_c5_r1 -1 o_v26_c5_r2 -1
    z_g10_p2 o_v26_c5_r3 -1 o_v26_c5_r4 -1
    z_g10_p2 o_v26_c5_r5 -1
    x_g11_p2 cum_g11_p2 -1 assign_g11 1
    x_g11_p2 ffn_L0 1
    x_g11_p6 assign_g11 1 ffn_L1 1
    z_g11_p2 cum_g11_p2 1 prec_g11_g0_t2 1
    z_g11_p2 prec_g47_g11_t6 -1 prec_g84_g11_t6 -1
    z_g11_p2 prec_g121_g11_t6 -1 prec_g158_g11_t6 -1
    z_g11_p2 prec_g282_g11_t3 -1 prec_g282_g11_t5 -1
    z_g11_p2 o_v11_c5_r9 1 o_v11_c7_r9 1
    z_g11_p2 o_v12_c5_r9 1 o_v12_c7_r9 1
    z_g11_p2 o_v27_c3_r0 -1 o_v27_c3_r1 -1
    z_g11_p2 o_v27_c3_r2 -1 o_v27_c3_r3 -1
    z_g11_p2 o_v27_c3_r4 -1 o_v27_c5_r0 -1
    z_g11_p2 o_v27_c5_r1 -1 o_v27_c5_r2 -1
    z_g11_p2 o_v27_c5_r3 -1 o_v27_c5_r4 -1
    z_g11_p2 o_v27_c5_r5 -1
    x_g12_p2 cum_g12_p2 -1 assign_g12 1
    x_g12_p2 ffn_L0 1
    x_g12_p6 assign_g12 1 ffn_L1 1
    z_g12_p2 cum_g12_p2 1 prec_g12_g0_t2 1
    z_g12_p2 prec_g48_g12_t6 -1 prec_g85_g12_t6 -1
    z_g12_p2 prec_g122_g12_t6 -1 prec_g159_g12_t6 -1
    z_g12_p2 prec_g282_g12_t3 -1 prec_g282_g12_t5 -1
    z_g12_p2 o_v11_c5_r10 1 o_v11_c7_r10 1
    z_g12_p2 o_v12_c5_r10 1 o_v12_c7_r10 1
    z_g12_p2 o_v28_c3_r0 -1 o_v28_c3_r1 -1
    z_g12_p2 o_v28_c3_r2 -1 o_v28_c3_r3 -1
    z_g12_p2 o_v28_c3_r4 -1 o_v28_c5_r0 -1
    z_g12_p2 o_v28_c5_r1 -1 o_v28_c5_r2 -1
    z_g12_p2 o_v28_c5_r3 -1 o_v28_c5_r4 -1
    z_g12_p2 o_v28_c5_r5 -1
    x_g13_p2 cum_g13_p2 -1 assign_g13 1
    x_g13_p2 ffn_L0 1
    x_g13_p6 assign_g13 1 ffn_L1 1
    z_g13_p2 cum_g13_p2 1 prec_g13_g0_t2 1
    z_g13_p2 prec_g49_g13_t6 -1 prec_g86_g13_t6 -1
    z_g13_p2 prec_g123_g13_t6 -1 prec_g160_g13_t6 -1
    z_g13_p2 prec_g282_g13_t3 -1 prec_g282_g13_t5 -1
    z_g13_p2 o_v11_c5_r11 1 o_v11_c7_r11 1
    z_g13_p2 o_v12_c5_r11 1 o_v12_c7_r11 1
    z_g13_p2 o_v29_c3_r0 -1 o_v29_c3_r1 -1
    z_g13_p2 o_v29_c3_r2 -1 o_v29_c3_r3 -1
    z_g13_p2 o_v29_c3_r4 -1 o_v29_c5_r0 -1
    z_g13_p2 o_v29_c5_r1 -1 o_v29_c5_r2 -1
    z_g13_p2 o_v29_c5_r3 -1 o_v29_c5_r4 -1
    z_g13_p2 o_v29_c5_r5 -1
    x_g14_p2 cum_g14_p2 -1 assign_g14 1
    x_g14_p2 ffn_L0 1
    x_g14_p6 assign_g14 1 ffn_L1 1
    z_g14_p2 cum_g14_p2 1 prec_g14_g0_t2 1
    z_g14_p2 prec_g50_g14_t6 -1 prec_g87_g14_t6 -1
    z_g14_p2 prec_g124_g14_t6 -1 prec_g161_g14_t6 -1
    z_g14_p2 prec_g282_g14_t3 -1 prec_g282_g14_t5 -1
    z_g14_p2 o_v11_c5_r12 1 o_v11_c7_r12 1
    z_g14_p2 o_v12_c5_r12 1 o_v12_c7_r12 1
    z_g14_p2 o_v30_c3_r0 -1 o_v30_c3_r1 -1
    z_g14_p2 o_v30_c3_r2 -1 o_v30_c3_r3 -1
    z_g14_p2 o_v30_c3_r4 -1 o_v30_c5_r0 -1
    z_g14_p2 o_v30_c5_r1 -1 o_v30_c5_r2 -1
    z_g14_p2 o_v30_c5_r3 -1 o_v30_c5_r4 -1
    z_g14_p2 o_v30_c5_r5 -1
    x_g15_p2 cum_g15_p2 -1 assign_g15 1
    x_g15_p2 ffn_L0 1
    x_g15_p6 assign_g15 1 ffn_L1 1
    z_g15_p2 cum_g15_p2 1 prec_g15_g0_t2 1
    z_g15_p2 prec_g51_g15_t6 -1 prec_g88_g15_t6 -1
    z_g15_p2 prec_g125_g15_t6 -1 prec_g162_g15_t6 -1
    z_g15_p2 prec_g282_g15_t3 -1 prec_g282_g15_t5 -1
    z_g15_p2 o_v11_c5_r13 1 o_v11_c7_r13 1
    z_g15_p2 o_v12_c5_r13 1 o_v12_c7_r13 1
    z_g15_p2 o_v31_c3_r0 -1 o_v31_c3_r1 -1
    z_g15_p2 o_v31_c3_r2 -1 o_v31_c3_r3 -1
    z_g15_p2 o_v31_c3_r4 -1 o_v31_c5_r0 -1
    z_g15_p2 o_v31_c5_r1 -1 o_v31_c5_r2 -1
    z_g15_p2 o_v31_c5_r3 -1 o_v31_c5_r4 -1
    z_g15_p2 o_v31_c5_r5 -1
    x_g16_p2 cum_g16_p2 -1 assign_g16 1
    x_g16_p2 ffn_L0 1
    x_g16_p6 assign_g16 1 ffn_L1 1
    z_g16_p2 cum_g16_p2 1 prec_g16_g0_t2 1
    z_g16_p2 prec_g52_g16_t6 -1 prec_g89_g16_t6 -1
    z_g16_p2 prec_g126_g16_t6 -1 prec_g163_g16_t6 -1
    z_g16_p2 prec_g282_g16_t3 -1 prec_g282_g16_t5 -1
    z_g16_p2 o_v11_c5_r14 1 o_v11_c7_r14 1
    z_g16_p2 o_v12_c5_r14 1 o_v12_c7_r14 1
    z_g16_p2 o_v32_c3_r0 -1 o_v32_c3_r1 -1
    z_g16_p2 o_v32_c3_r2 -1 o_v32_c3_r3 -1
    z_g16_p2 o_v32_c3_r4 -1 o_v32_c5_r0 -1
    z_g16_p2 o_v32_c5_r1 -1 o_v32_c5_r2 -1
    z_g16_p2 o_v32_c5_r3 -1 o_v32_c5_r4 -1
    z_g16_p2 o_v32_c5_r5 -1
    x_g17_p2 cum_g17_p2 -1 assign_g17 1
    x_g17_p2 ffn_L0 1
    x_g17_p6 assign_g17 1 ffn_L1 1
    z_g17_p2 cum_g17_p2 1 prec_g17_g0_t2 1
    z_g17_p2 prec_g53_g17_t6 -1 prec_g90_g17_t6 -1
    z_g17_p2 prec_g127_g17_t6 -1 prec_g164_g17_t6 -1
    z_g17_p2 prec_g282_g17_t3 -1 prec_g282_g17_t5 -1
    z_g17_p2 o_v11_c5_r15 1 o_v11_c7_r15 1
    z_g17_p2 o_v12_c5_r15 1 o_v12_c7_r15 1
    z_g17_p2 o_v33_c3_r0 -1 o_v33_c3_r1 -1
    z_g17_p2 o_v33_c3_r2 -1 o_v33_c3_r3 -1
    z_g17_p2 o_v33_c3_r4 -1 o_v33_c5_r0 -1
    z_g17_p2 o_v33_c5_r1 -1 o_v33_c5_r2 -1
    z_g17_p2 o_v33_c5_r3 -1 o_v33_c5_r4 -1
    z_g17_p2 o_v33_c5_r5 -1
    x_g18_p2 cum_g18_p2 -1 assign_g18 1
    x_g18_p2 ffn_L0 1
    x_g18_p6 assign_g18 1 ffn_L1 1
    z_g18_p2 cum_g18_p2 1 prec_g18_g0_t2 1
    z_g18_p2 prec_g54_g18_t6 -1 prec_g91_g18_t6 -1
    z_g18_p2 prec_g128_g18_t6 -1 prec_g165_g18_t6 -1
    z_g18_p2 prec_g282_g18_t3 -1 prec_g282_g18_t5 -1
    z_g18_p2 o_v11_c5_r16 1 o_v11_c7_r16 1
    z_g18_p2 o_v12_c5_r16 1 o_v12_c7_r16 1
    z_g18_p2 o_v34_c3_r0 -1 o_v34_c3_r1 -1
    z_g18_p2 o_v34_c3_r2 -1 o_v34_c3_r3 -1
    z_g18_p2 o_v34_c3_r4 -1 o_v34_c5_r0 -1
    z_g18_p2 o_v34_c5_r1 -1 o_v34_c5_r2 -1
    z_g18_p2 o_v34_c5_r3 -1 o_v34_c5_r4 -1
    z_g18_p2 o_v34_c5_r5 -1
    x_g19_p2 cum_g19_p2 -1 assign_g19 1
    x_g19_p2 ffn_L0 1
    x_g19_p6 assign_g19 1 ffn_L1 1
    z_g19_p2 cum_g19_p2 1 prec_g19_g0_t2 1
    z_g19_p2 prec_g55_g19_t6 -1 prec_g92_g19_t6 -1
    z_g19_p2 prec_g129_g19_t6 -1 prec_g166_g19_t6 -1
    z_g19_p2 prec_g282_g19_t3 -1 prec_g282_g19_t5 -1
    z_g19_p2 o_v11_c5_r17 1 o_v11_c7_r17 1
    z_g19_p2 o_v35_c3_r0 -1 o_v35_c3_r1 -1
    z_g19_p2 o_v35_c3_r2 -1 o_v35_c3_r3 -1
    z_g19_p2 o_v35_c3_r4 -1 o_v35_c5_r0 -1
    z_g19_p2 o_v35_c5_r1 -1 o_v35_c5_r2 -1
    z_g19_p2 o_v35_c5_r3 -1 o_v35_c5_r4 -1
    z_g19_p2 o_v35_c5_r5 -1
    x_g20_p2 cum_g20_p2 -1 assign_g20 1
    x_g20_p2 ffn_L0 1
    x_g20_p6 assign_g20 1 ffn_L1 1
    z_g20_p2 cum_g20_p2 1 prec_g20_g0_t2 1
    z_g20_p2 prec_g56_g20_t6 -1 prec_g93_g20_t6 -1
    z_g20_p2 prec_g130_g20_t6 -1 prec_g167_g20_t6 -1
    z_g20_p2 prec_g282_g20_t3 -1 prec_g282_g20_t5 -1
    z_g20_p2 o_v11_c5_r18 1 o_v11_c7_r18 1
    z_g20_p2 o_v12_c5_r17 1 o_v12_c7_r17 1
    z_g20_p2 o_v36_c3_r0 -1 o_v36_c3_r1 -1
    z_g20_p2 o_v36_c3_r2 -1 o_v36_c3_r3 -1
    z_g20_p2 o_v36_c3_r4 -1 o_v36_c5_r0 -1
    z_g20_p2 o_v36_c5_r1 -1 o_v36_c5_r2 -1
    z_g20_p2 o_v36_c5_r3 -1 o_v36_c5_r4 -1
    z_g20_p2 o_v36_c5_r5 -1
    x_g21_p2 cum_g21_p2 -1 assign_g21 1
    x_g21_p2 ffn_L0 1
    x_g21_p6 assign_g21 1 ffn_L1 1
    z_g21_p2 cum_g21_p2 1 prec_g21_g0_t2 1
    z_g21_p2 prec_g57_g21_t6 -1 prec_g94_g21_t6 -1
    z_g21_p2 prec_g131_g21_t6 -1 prec_g168_g21_t6 -1
    z_g21_p2 prec_g282_g21_t3 -1 prec_g282_g21_t5 -1
    z_g21_p2 o_v11_c5_r19 1 o_v11_c7_r19 1
    z_g21_p2 o_v12_c5_r18 1 o_v12_c7_r18 1
    z_g21_p2 o_v37_c3_r0 -1 o_v37_c3_r1 -1
    z_g21_p2 o_v37_c3_r2 -1 o_v37_c3_r3 -1
    z_g21_p2 o_v37_c3_r4 -1 o_v37_c5_r0 -1
    z_g21_p2 o_v37_c5_r1 -1 o_v37_c5_r2 -1
    z_g21_p2 o_v37_c5_r3 -1 o_v37_c5_r4 -1
    z_g21_p2 o_v37_c5_r5 -1
    x_g22_p2 cum_g22_p2 -1 assign_g22 1
    x_g22_p2 ffn_L0 1
    x_g22_p6 assign_g22 1 ffn_L1 1
    z_g22_p2 cum_g22_p2 1 prec_g22_g0_t2 1
    z_g22_p2 prec_g58_g22_t6 -1 prec_g95_g22_t6 -1
    z_g22_p2 prec_g132_g22_t6 -1 prec_g169_g22_t6 -1
    z_g22_p2 prec_g282_g22_t3 -1 prec_g282_g22_t5 -1
    z_g22_p2 o_v11_c5_r20 1 o_v11_c7_r20 1
    z_g22_p2 o_v12_c5_r19 1 o_v12_c7_r19 1
    z_g22_p2 o_v38_c3_r0 -1 o_v38_c3_r1 -1
    z_g22_p2 o_v38_c3_r2 -1 o_v38_c3_r3 -1
    z_g22_p2 o_v38_c3_r4 -1 o_v38_c5_r0 -1
    z_g22_p2 o_v38_c5_r1 -1 o_v38_c5_r2 -1
    z_g22_p2 o_v38_c5_r3 -1 o_v38_c5_r4 -1
    z_g22_p2 o_v38_c5_r5 -1
    x_g23_p2 cum_g23_p2 -1 assign_g23 1
    x_g23_p2 ffn_L0 1
    x_g23_p6 assign_g23 1 ffn_L1 1
    z_g23_p2 cum_g23_p2 1 prec_g23_g0_t2 1
    z_g23_p2 prec_g59_g23_t6 -1 prec_g96_g23_t6 -1
    z_g23_p2 prec_g133_g23_t6 -1 prec_g170_g23_t6 -1
    z_g23_p2 prec_g282_g23_t3 -1 prec_g282_g23_t5 -1
    z_g23_p2 o_v11_c5_r21 1 o_v11_c7_r21 1
    z_g23_p2 o_v12_c5_r20 1 o_v12_c7_r20 1
    z_g23_p2 o_v39_c3_r0 -1 o_v39_c3_r1 -1
    z_g23_p2 o_v39_c3_r2 -1 o_v39_c3_r3 -1
    z_g23_p2 o_v39_c3_r4 -1 o_v39_c5_r0 -1
    z_g23_p2 o_v39_c5_r1 -1 o_v39_c5_r2 -1
    z_g23_p2 o_v39_c5_r3 -1 o_v39_c5_r4 -1
    z_g23_p2 o_v39_c5_r5 -1
    x_g24_p2 cum_g24_p2 -1 assign_g24 1
    x_g24_p2 ffn_L0 1
    x_g24_p6 assign_g24 1 ffn_L1 1
    z_g24_p2 cum_g24_p2 1 prec_g24_g0_t2 1
    z_g24_p2 prec_g60_g24_t6 -1 prec_g97_g24_t6 -1
    z_g24_p2 prec_g134_g24_t6 -1 prec_g171_g24_t6 -1
    z_g24_p2 prec_g282_g24_t3 -1 prec_g282_g24_t5 -1
    z_g24_p2 o_v11_c5_r22 1 o_v11_c7_r22 1
    z_g24_p2 o_v12_c5_r21 1 o_v12_c7_r21 1
    z_g24_p2 o_v40_c3_r0 -1 o_v40_c3_r1 -1
    z_g24_p2 o_v40_c3_r2 -1 o_v40_c3_r3 -1
    z_g24_p2 o_v40_c3_r4 -1 o_v40_c5_r0 -1
    z_g24_p2 o_v40_c5_r1 -1 o_v40_c5_r2 -1
    z_g24_p2 o_v40_c5_r3 -1 o_v40_c5_r4 -1
    z_g24_p2 o_v40_c5_r5 -1
    x_g25_p2 cum_g25_p2 -1 assign_g25 1
    x_g25_p2 ffn_L0 1
    x_g25_p6 assign_g25 1 ffn_L1 1
    z_g25_p2 cum_g25_p2 1 prec_g25_g0_t2 1
    z_g25_p2 prec_g61_g25_t6 -1 prec_g98_g25_t6 -1
    z_g25_p2 prec_g135_g25_t6 -1 prec_g172_g25_t6 -1
    z_g25_p2 prec_g282_g25_t3 -1 prec_g282_g25_t5 -1
    z_g25_p2 o_v11_c5_r23 1 o_v11_c7_r23 1
    z_g25_p2 o_v12_c5_r22 1 o_v12_c7_r22 1
    z_g25_p2 o_v41_c3_r0 -1 o_v41_c3_r1 -1
    z_g25_p2 o_v41_c3_r2 -1 o_v41_c3_r3 -1
    z_g25_p2 o_v41_c3_r4 -1 o_v41_c5_r0 -1
    z_g25_p2 o_v41_c5_r1 -1 o_v41_c5_r2 -1
    z_g25_p2 o_v41_c5_r3 -1 o_v41_c5_r4 -1
    z_g25_p2 o_v41_c5_r5 -1
    x_g26_p2 cum_g26_p2 -1 assign_g26 1
    x_g26_p2 ffn_L0 1
    x_g26_p6 assign_g26 1 ffn_L1 1
    z_g26_p2 cum_g26_p2 1 prec_g26_g0_t2 1
    z_g26_p2 prec_g62_g26_t6 -1 prec_g99_g26_t6 -1
    z_g26_p2 prec_g136_g26_t6 -1 prec_g173_g26_t6 -1
    z_g26_p2 prec_g282_g26_t3 -1 prec_g282_g26_t5 -1
    z_g26_p2 o_v11_c5_r24 1 o_v11_c7_r24 1
    z_g26_p2 o_v12_c5_r23 1 o_v12_c7_r23 1
    z_g26_p2 o_v42_c3_r0 -1 o_v42_c3_r1 -1
    z_g26_p2 o_v42_c3_r2 -1 o_v42_c3_r3 -1
    z_g26_p2 o_v42_c3_r4 -1 o_v42_c5_r0 -1
    z_g26_p2 o_v42_c5_r1 -1 o_v42_c5_r2 -1
    z_g26_p2 o_v42_c5_r3 -1 o_v42_c5_r4 -1
    z_g26_p2 o_v42_c5_r5 -1
    x_g27_p2 cum_g27_p2 -1 assign_g27 1
    x_g27_p2 ffn_L0 1
    x_g27_p6 assign_g27 1 ffn_L1 1
    z_g27_p2 cum_g27_p2 1 prec_g27_g0_t2 1
    z_g27_p2 prec_g63_g27_t6 -1 prec_g100_g27_t6 -1
    z_g27_p2 prec_g137_g27_t6 -1 prec_g174_g27_t6 -1
    z_g27_p2 prec_g282_g27_t3 -1 prec_g282_g27_t5 -1
    z_g27_p2 o_v11_c5_r25 1 o_v11_c7_r25 1
    z_g27_p2 o_v12_c5_r24 1 o_v12_c7_r24 1
    z_g27_p2 o_v43_c3_r0 -1 o_v43_c3_r1 -1
    z_g27_p2 o_v43_c3_r2 -1 o_v43_c3_r3 -1
    z_g27_p2 o_v43_c3_r4 -1 o_v43_c5_r0 -1
    z_g27_p2 o_v43_c5_r1 -1 o_v43_c5_r2 -1
    z_g27_p2 o_v43_c5_r3 -1 o_v43_c5_r4 -1
    z_g27_p2 o_v43_c5_r5 -1
    x_g28_p2 cum_g28_p2 -1 assign_g28 1
    x_g28_p2 ffn_L0 1
    x_g28_p6 assign_g28 1 ffn_L1 1
    z_g28_p2 cum_g28_p2 1 prec_g28_g0_t2 1
    z_g28_p2 prec_g64_g28_t6 -1 prec_g101_g28_t6 -1
    z_g28_p2 prec_g138_g28_t6 -1 prec_g175_g28_t6 -1
    z_g28_p2 prec_g282_g28_t3 -1 prec_g282_g28_t5 -1
    z_g28_p2 o_v12_c5_r25 1 o_v12_c7_r25 1
    z_g28_p2 o_v44_c3_r0 -1 o_v44_c3_r1 -1
    z_g28_p2 o_v44_c3_r2 -1 o_v44_c3_r3 -1
    z_g28_p2 o_v44_c3_r4 -1 o_v44_c5_r0 -1
    z_g28_p2 o_v44_c5_r1 -1 o_v44_c5_r2 -1
    z_g28_p2 o_v44_c5_r3 -1 o_v44_c5_r4 -1
    z_g28_p2 o_v44_c5_r5 -1
    x_g29_p2 cum_g29_p2 -1 assign_g29 1
    x_g29_p2 ffn_L0 1
    x_g29_p6 assign_g29 1 ffn_L1 1
    z_g29_p2 cum_g29_p2 1 prec_g29_g0_t2 1
    z_g29_p2 prec_g65_g29_t6 -1 prec_g102_g29_t6 -1
    z_g29_p2 prec_g139_g29_t6 -1 prec_g176_g29_t6 -1
    z_g29_p2 prec_g282_g29_t3 -1 prec_g282_g29_t5 -1
    z_g29_p2 o_v11_c5_r26 1 o_v11_c7_r26 1
    z_g29_p2 o_v12_c5_r26 1 o_v12_c7_r26 1
    z_g29_p2 o_v45_c3_r0 -1 o_v45_c3_r1 -1
    z_g29_p2 o_v45_c3_r2 -1 o_v45_c3_r3 -1
    z_g29_p2 o_v45_c3_r4 -1 o_v45_c5_r0 -1
    z_g29_p2 o_v45_c5_r1 -1 o_v45_c5_r2 -1
    z_g29_p2 o_v45_c5_r3 -1 o_v45_c5_r4 -1
    z_g29_p2 o_v45_c5_r5 -1
    x_g30_p2 cum_g30_p2 -1 assign_g30 1
    x_g30_p2 ffn_L0 1
    x_g30_p6 assign_g30 1 ffn_L1 1
    z_g30_p2 cum_g30_p2 1 prec_g30_g0_t2 1
    z_g30_p2 prec_g66_g30_t6 -1 prec_g103_g30_t6 -1
    z_g30_p2 prec_g140_g30_t6 -1 prec_g177_g30_t6 -1
    z_g30_p2 prec_g282_g30_t3 -1 prec_g282_g30_t5 -1
    z_g30_p2 o_v11_c5_r27 1 o_v11_c7_r27 1
    z_g30_p2 o_v12_c5_r27 1 o_v12_c7_r27 1
    z_g30_p2 o_v46_c3_r0 -1 o_v46_c3_r1 -1
    z_g30_p2 o_v46_c3_r2 -1 o_v46_c3_r3 -1
    z_g30_p2 o_v46_c3_r4 -1 o_v46_c5_r0 -1
    z_g30_p2 o_v46_c5_r1 -1 o_v46_c5_r2 -1
    z_g30_p2 o_v46_c5_r3 -1 o_v46_c5_r4 -1
    z_g30_p2 o_v46_c5_r5 -1
    x_g31_p2 cum_g31_p2 -1 assign_g31 1
    x_g31_p2 ffn_L0 1
    x_g31_p6 assign_g31 1 ffn_L1 1
    z_g31_p2 cum_g31_p2 1 prec_g31_g0_t2 1
    z_g31_p2 prec_g67_g31_t6 -1 prec_g104_g31_t6 -1
    z_g31_p2 prec_g141_g31_t6 -1 prec_g178_g31_t6 -1
    z_g31_p2 prec_g282_g31_t3 -1 prec_g282_g31_t5 -1
    z_g31_p2 o_v11_c5_r28 1 o_v11_c7_r28 1
    z_g31_p2 o_v12_c5_r28 1 o_v12_c7_r28 1
    z_g31_p2 o_v47_c3_r0 -1 o_v47_c3_r1 -1
    z_g31_p2 o_v47_c3_r2 -1 o_v47_c3_r3 -1
    z_g31_p2 o_v47_c3_r4 -1 o_v47_c5_r0 -1
    z_g31_p2 o_v47_c5_r1 -1 o_v47_c5_r2 -1
    z_g31_p2 o_v47_c5_r3 -1 o_v47_c5_r4 -1
    z_g31_p2 o_v47_c5_r5 -1
    x_g32_p2 cum_g32_p2 -1 assign_g32 1
    x_g32_p2 ffn_L0 1
    x_g32_p6 assign_g32 1 ffn_L1 1
    z_g32_p2 cum_g32_p2 1 prec_g32_g0_t2 1
    z_g32_p2 prec_g68_g32_t6 -1 prec_g105_g32_t6 -1
    z_g32_p2 prec_g142_g32_t6 -1 prec_g179_g32_t6 -1
    z_g32_p2 prec_g282_g32_t3 -1 prec_g282_g32_t5 -1
    z_g32_p2 o_v11_c5_r29 1 o_v11_c7_r29 1
    z_g32_p2 o_v12_c5_r29 1 o_v12_c7_r29 1
    z_g32_p2 o_v48_c3_r0 -1 o_v48_c3_r1 -1
    z_g32_p2 o_v48_c3_r2 -1 o_v48_c3_r3 -1
    z_g32_p2 o_v48_c3_r4 -1 o_v48_c5_r0 -1
    z_g32_p2 o_v48_c5_r1 -1 o_v48_c5_r2 -1
    z_g32_p2 o_v48_c5_r3 -1 o_v48_c5_r4 -1
    z_g32_p2 o_v48_c5_r5 -1
    x_g33_p2 cum_g33_p2 -1 assign_g33 1
    x_g33_p2 ffn_L0 1
    x_g33_p6 assign_g33 1 ffn_L1 1
    z_g33_p2 cum_g33_p2 1 prec_g33_g0_t2 1
    z_g33_p2 prec_g69_g33_t6 -1 prec_g106_g33_t6 -1
    z_g33_p2 prec_g143_g33_t6 -1 prec_g180_g33_t6 -1
    z_g33_p2 prec_g282_g33_t3 -1 prec_g282_g33_t5 -1
    z_g33_p2 o_v11_c5_r30 1 o_v11_c7_r30 1
    z_g33_p2 o_v12_c5_r30 1 o_v12_c7_r30 1
    z_g33_p2 o_v49_c3_r0 -1 o_v49_c3_r1 -1
    z_g33_p2 o_v49_c3_r2 -1 o_v49_c3_r3 -1
    z_g33_p2 o_v49_c3_r4 -1 o_v49_c5_r0 -1
    z_g33_p2 o_v49_c5_r1 -1 o_v49_c5_r2 -1
    z_g33_p2 o_v49_c5_r3 -1 o_v49_c5_r4 -1
    z_g33_p2 o_v49_c5_r5 -1
    x_g34_p2 cum_g34_p2 -1 assign_g34 1
    x_g34_p2 ffn_L0 1
    x_g34_p6 assign_g34 1 ffn_L1 1
    z_g34_p2 cum_g34_p2 1 prec_g34_g0_t2 1
    z_g34_p2 prec_g70_g34_t6 -1 prec_g107_g34_t6 -1
    z_g34_p2 prec_g144_g34_t6 -1 prec_g181_g34_t6 -1
    z_g34_p2 prec_g282_g34_t3 -1 prec_g282_g34_t5 -1
    z_g34_p2 o_v11_c5_r31 1 o_v11_c7_r31 1
    z_g34_p2 o_v12_c5_r31 1 o_v12_c7_r31 1
    z_g34_p2 o_v50_c3_r0 -1 o_v50_c3_r1 -1
    z_g34_p2 o_v50_c3_r2 -1 o_v50_c3_r3 -1
    z_g34_p2 o_v50_c3_r4 -1 o_v50_c5_r0 -1
    z_g34_p2 o_v50_c5_r1 -1 o_v50_c5_r2 -1
    z_g34_p2 o_v50_c5_r3 -1 o_v50_c5_r4 -1
    z_g34_p2 o_v50_c5_r5 -1
    x_g35_p2 cum_g35_p2 -1 assign_g35 1
    x_g35_p2 ffn_L0 1
    x_g35_p6 assign_g35 1 ffn_L1 1
    z_g35_p2 cum_g35_p2 1 prec_g35_g0_t2 1
    z_g35_p2 prec_g71_g35_t6 -1 prec_g108_g35_t6 -1
    z_g35_p2 prec_g145_g35_t6 -1 prec_g182_g35_t6 -1
    z_g35_p2 prec_g282_g35_t3 -1 prec_g282_g35_t5 -1
    z_g35_p2 o_v11_c5_r32 1 o_v11_c7_r32 1
    z_g35_p2 o_v12_c5_r32 1 o_v12_c7_r32 1
    z_g35_p2 o_v51_c3_r0 -1 o_v51_c3_r1 -1
    z_g35_p2 o_v51_c3_r2 -1 o_v51_c3_r3 -1
    z_g35_p2 o_v51_c3_r4 -1 o_v51_c5_r0 -1
    z_g35_p2 o_v51_c5_r1 -1 o_v51_c5_r2 -1
    z_g35_p2 o_v51_c5_r3 -1 o_v51_c5_r4 -1
    z_g35_p2 o_v51_c5_r5 -1
    x_g36_p2 cum_g36_p2 -1 assign_g36 1
    x_g36_p2 ffn_L0 1
    x_g36_p6 assign_g36 1 ffn_L1 1
    z_g36_p2 cum_g36_p2 1 prec_g36_g0_t2 1
    z_g36_p2 prec_g72_g36_t6 -1 prec_g109_g36_t6 -1
    z_g36_p2 prec_g146_g36_t6 -1 prec_g183_g36_t6 -1
    z_g36_p2 prec_g282_g36_t3 -1 prec_g282_g36_t5 -1
    z_g36_p2 o_v11_c5_r33 1 o_v11_c7_r33 1
    z_g36_p2 o_v12_c5_r33 1 o_v12_c7_r33 1
    z_g36_p2 o_v52_c3_r0 -1 o_v52_c3_r1 -1
    z_g36_p2 o_v52_c3_r2 -1 o_v52_c3_r3 -1
    z_g36_p2 o_v52_c3_r4 -1 o_v52_c5_r0 -1
    z_g36_p2 o_v52_c5_r1 -1 o_v52_c5_r2 -1
    z_g36_p2 o_v52_c5_r3 -1 o_v52_c5_r4 -1
    z_g36_p2 o_v52_c5_r5 -1
    x_g37_p6 cum_g37_p6 -1 assign_g37 1
    x_g37_p6 ffn_L1 1
    x_g37_p10 assign_g37 1 ffn_L2 1
    z_g37_p6 cum_g37_p6 1 prec_g37_g1_t6 1
    z_g37_p6 prec_g73_g37_t7 -1 prec_g73_g37_t9 -1
    z_g37_p6 o_v13_c9_r0 1 o_v13_c11_r0 1
    z_g37_p6 o_v17_c9_r0 1 o_v17_c11_r0 1
    z_g37_p6 dy_v17_L2_r0 -1 o_v53_c7_r0 -1
    z_g37_p6 o_v53_c9_r0 -1 o_v53_c9_r1 -1
    z_g37_p6 o_v53_c11_r0 -1
    x_g38_p6 cum_g38_p6 -1 assign_g38 1
    x_g38_p6 ffn_L1 1
    x_g38_p10 assign_g38 1 ffn_L2 1
    z_g38_p6 cum_g38_p6 1 prec_g38_g2_t6 1
    z_g38_p6 prec_g73_g38_t7 -1 prec_g73_g38_t9 -1
    z_g38_p6 o_v0_c9_r0 1 o_v0_c11_r0 1
    z_g38_p6 o_v14_c9_r0 1 o_v14_c11_r0 1
    z_g38_p6 o_v15_c9_r0 1 o_v15_c11_r0 1
    z_g38_p6 o_v18_c9_r0 1 o_v18_c11_r0 1
    z_g38_p6 dy_v18_L2_r0 -1 o_v54_c7_r0 -1
    z_g38_p6 o_v54_c9_r0 -1 o_v54_c9_r1 -1
    z_g38_p6 o_v54_c11_r0 -1
    x_g39_p6 cum_g39_p6 -1 assign_g39 1
    x_g39_p6 ffn_L1 1
    x_g39_p10 assign_g39 1 ffn_L2 1
    z_g39_p6 cum_g39_p6 1 prec_g39_g3_t6 1
    z_g39_p6 prec_g73_g39_t7 -1 prec_g73_g39_t9 -1
    z_g39_p6 o_v0_c9_r1 1 o_v0_c11_r1 1
    z_g39_p6 o_v15_c9_r1 1 o_v15_c11_r1 1
    z_g39_p6 o_v16_c9_r0 1 o_v16_c11_r0 1
    z_g39_p6 o_v19_c9_r0 1 o_v19_c11_r0 1
    z_g39_p6 dy_v19_L2_r0 -1 o_v55_c7_r0 -1
    z_g39_p6 o_v55_c9_r0 -1 o_v55_c9_r1 -1
    z_g39_p6 o_v55_c11_r0 -1
    x_g40_p6 cum_g40_p6 -1 assign_g40 1
    x_g40_p6 ffn_L1 1
    x_g40_p10 assign_g40 1 ffn_L2 1
    z_g40_p6 cum_g40_p6 1 prec_g40_g4_t6 1
    z_g40_p6 prec_g73_g40_t7 -1 prec_g73_g40_t9 -1
    z_g40_p6 o_v13_c9_r1 1 o_v13_c11_r1 1
    z_g40_p6 o_v16_c9_r1 1 o_v16_c11_r1 1
    z_g40_p6 o_v20_c9_r0 1 o_v20_c11_r0 1
    z_g40_p6 dy_v20_L2_r0 -1 o_v56_c7_r0 -1
    z_g40_p6 o_v56_c9_r0 -1 o_v56_c9_r1 -1
    z_g40_p6 o_v56_c11_r0 -1
    x_g41_p6 cum_g41_p6 -1 assign_g41 1
    x_g41_p6 ffn_L1 1
    x_g41_p10 assign_g41 1 ffn_L2 1
    z_g41_p6 cum_g41_p6 1 prec_g41_g5_t6 1
    z_g41_p6 prec_g73_g41_t7 -1 prec_g73_g41_t9 -1
    z_g41_p6 o_v0_c9_r2 1 o_v0_c11_r2 1
    z_g41_p6 o_v13_c9_r2 1 o_v13_c11_r2 1
    z_g41_p6 o_v14_c9_r1 1 o_v14_c11_r1 1
    z_g41_p6 o_v21_c9_r0 1 o_v21_c11_r0 1
    z_g41_p6 dy_v21_L2_r0 -1 o_v57_c7_r0 -1
    z_g41_p6 o_v57_c9_r0 -1 o_v57_c9_r1 -1
    z_g41_p6 o_v57_c11_r0 -1
    x_g42_p6 cum_g42_p6 -1 assign_g42 1
    x_g42_p6 ffn_L1 1
    x_g42_p10 assign_g42 1 ffn_L2 1
    z_g42_p6 cum_g42_p6 1 prec_g42_g6_t6 1
    z_g42_p6 prec_g73_g42_t7 -1 prec_g73_g42_t9 -1
    z_g42_p6 o_v0_c9_r3 1 o_v0_c11_r3 1
    z_g42_p6 o_v14_c9_r2 1 o_v14_c11_r2 1
    z_g42_p6 o_v22_c9_r0 1 o_v22_c11_r0 1
    z_g42_p6 dy_v22_L2_r0 -1 o_v58_c7_r0 -1
    z_g42_p6 o_v58_c9_r0 -1 o_v58_c9_r1 -1
    z_g42_p6 o_v58_c11_r0 -1
    x_g43_p6 cum_g43_p6 -1 assign_g43 1
    x_g43_p6 ffn_L1 1
    x_g43_p10 assign_g43 1 ffn_L2 1
    z_g43_p6 cum_g43_p6 1 prec_g43_g7_t6 1
    z_g43_p6 prec_g73_g43_t7 -1 prec_g73_g43_t9 -1
    z_g43_p6 o_v15_c9_r2 1 o_v15_c11_r2 1
    z_g43_p6 o_v16_c9_r2 1 o_v16_c11_r2 1
    z_g43_p6 o_v23_c9_r0 1 o_v23_c11_r0 1
    z_g43_p6 dy_v23_L2_r0 -1 o_v59_c7_r0 -1
    z_g43_p6 o_v59_c9_r0 -1 o_v59_c9_r1 -1
    z_g43_p6 o_v59_c11_r0 -1
    x_g44_p6 cum_g44_p6 -1 assign_g44 1
    x_g44_p6 ffn_L1 1
    x_g44_p10 assign_g44 1 ffn_L2 1
    z_g44_p6 cum_g44_p6 1 prec_g44_g8_t6 1
    z_g44_p6 prec_g73_g44_t7 -1 prec_g73_g44_t9 -1
    z_g44_p6 o_v0_c9_r4 1 o_v0_c11_r4 1
    z_g44_p6 o_v13_c9_r3 1 o_v13_c11_r3 1
    z_g44_p6 o_v16_c9_r3 1 o_v16_c11_r3 1
    z_g44_p6 o_v24_c9_r0 1 o_v24_c11_r0 1
    z_g44_p6 dy_v24_L2_r0 -1 o_v60_c7_r0 -1
    z_g44_p6 o_v60_c9_r0 -1 o_v60_c9_r1 -1
    z_g44_p6 o_v60_c11_r0 -1
    x_g45_p6 cum_g45_p6 -1 assign_g45 1
    x_g45_p6 ffn_L1 1
    x_g45_p10 assign_g45 1 ffn_L2 1
    z_g45_p6 cum_g45_p6 1 prec_g45_g9_t6 1
    z_g45_p6 prec_g73_g45_t7 -1 prec_g73_g45_t9 -1
    z_g45_p6 o_v0_c9_r5 1 o_v0_c11_r5 1
    z_g45_p6 o_v13_c9_r4 1 o_v13_c11_r4 1
    z_g45_p6 o_v14_c9_r3 1 o_v14_c11_r3 1
    z_g45_p6 o_v25_c9_r0 1 o_v25_c11_r0 1
    z_g45_p6 dy_v25_L2_r0 -1 o_v61_c7_r0 -1
    z_g45_p6 o_v61_c9_r0 -1 o_v61_c9_r1 -1
    z_g45_p6 o_v61_c11_r0 -1
    x_g46_p6 cum_g46_p6 -1 assign_g46 1
    x_g46_p6 ffn_L1 1
    x_g46_p10 assign_g46 1 ffn_L2 1
    z_g46_p6 cum_g46_p6 1 prec_g46_g10_t6 1
    z_g46_p6 prec_g73_g46_t7 -1 prec_g73_g46_t9 -1
    z_g46_p6 o_v14_c9_r4 1 o_v14_c11_r4 1
    z_g46_p6 o_v15_c9_r3 1 o_v15_c11_r3 1
    z_g46_p6 o_v26_c9_r0 1 o_v26_c11_r0 1
    z_g46_p6 dy_v26_L2_r0 -1 o_v62_c7_r0 -1
    z_g46_p6 o_v62_c9_r0 -1 o_v62_c9_r1 -1
    z_g46_p6 o_v62_c11_r0 -1
    x_g47_p6 cum_g47_p6 -1 assign_g47 1
    x_g47_p6 ffn_L1 1
    x_g47_p10 assign_g47 1 ffn_L2 1
    z_g47_p6 cum_g47_p6 1 prec_g47_g11_t6 1
    z_g47_p6 prec_g73_g47_t7 -1 prec_g73_g47_t9 -1
    z_g47_p6 o_v0_c9_r6 1 o_v0_c11_r6 1
    z_g47_p6 o_v15_c9_r4 1 o_v15_c11_r4 1
    z_g47_p6 o_v27_c9_r0 1 o_v27_c11_r0 1
    z_g47_p6 dy_v27_L2_r0 -1 o_v63_c7_r0 -1
    z_g47_p6 o_v63_c9_r0 -1 o_v63_c9_r1 -1
    z_g47_p6 o_v63_c11_r0 -1
    x_g48_p6 cum_g48_p6 -1 assign_g48 1
    x_g48_p6 ffn_L1 1
    x_g48_p10 assign_g48 1 ffn_L2 1
    z_g48_p6 cum_g48_p6 1 prec_g48_g12_t6 1
    z_g48_p6 prec_g73_g48_t7 -1 prec_g73_g48_t9 -1
    z_g48_p6 o_v0_c9_r7 1 o_v0_c11_r7 1
    z_g48_p6 o_v13_c9_r5 1 o_v13_c11_r5 1
    z_g48_p6 o_v16_c9_r4 1 o_v16_c11_r4 1
    z_g48_p6 o_v28_c9_r0 1 o_v28_c11_r0 1
    z_g48_p6 dy_v28_L2_r0 -1 o_v64_c7_r0 -1
    z_g48_p6 o_v64_c9_r0 -1 o_v64_c9_r1 -1
    z_g48_p6 o_v64_c11_r0 -1
    x_g49_p6 cum_g49_p6 -1 assign_g49 1
    x_g49_p6 ffn_L1 1
    x_g49_p10 assign_g49 1 ffn_L2 1
    z_g49_p6 cum_g49_p6 1 prec_g49_g13_t6 1
    z_g49_p6 prec_g73_g49_t7 -1 prec_g73_g49_t9 -1
    z_g49_p6 o_v13_c9_r6 1 o_v13_c11_r6 1
    z_g49_p6 o_v14_c9_r5 1 o_v14_c11_r5 1
    z_g49_p6 o_v29_c9_r0 1 o_v29_c11_r0 1
    z_g49_p6 dy_v29_L2_r0 -1 o_v65_c7_r0 -1
    z_g49_p6 o_v65_c9_r0 -1 o_v65_c9_r1 -1
    z_g49_p6 o_v65_c11_r0 -1
    x_g50_p6 cum_g50_p6 -1 assign_g50 1
    x_g50_p6 ffn_L1 1
    x_g50_p10 assign_g50 1 ffn_L2 1
    z_g50_p6 cum_g50_p6 1 prec_g50_g14_t6 1
    z_g50_p6 prec_g73_g50_t7 -1 prec_g73_g50_t9 -1
    z_g50_p6 o_v0_c9_r8 1 o_v0_c11_r8 1
    z_g50_p6 o_v14_c9_r6 1 o_v14_c11_r6 1
    z_g50_p6 o_v15_c9_r5 1 o_v15_c11_r5 1
    z_g50_p6 o_v30_c9_r0 1 o_v30_c11_r0 1
    z_g50_p6 dy_v30_L2_r0 -1 o_v66_c7_r0 -1
    z_g50_p6 o_v66_c9_r0 -1 o_v66_c9_r1 -1
    z_g50_p6 o_v66_c11_r0 -1
    x_g51_p6 cum_g51_p6 -1 assign_g51 1
    x_g51_p6 ffn_L1 1
    x_g51_p10 assign_g51 1 ffn_L2 1
    z_g51_p6 cum_g51_p6 1 prec_g51_g15_t6 1
    z_g51_p6 prec_g73_g51_t7 -1 prec_g73_g51_t9 -1
    z_g51_p6 o_v0_c9_r9 1 o_v0_c11_r9 1
    z_g51_p6 o_v15_c9_r6 1 o_v15_c11_r6 1
    z_g51_p6 o_v16_c9_r5 1 o_v16_c11_r5 1
    z_g51_p6 o_v31_c9_r0 1 o_v31_c11_r0 1
    z_g51_p6 dy_v31_L2_r0 -1 o_v67_c7_r0 -1
    z_g51_p6 o_v67_c9_r0 -1 o_v67_c9_r1 -1
    z_g51_p6 o_v67_c11_r0 -1
    x_g52_p6 cum_g52_p6 -1 assign_g52 1
    x_g52_p6 ffn_L1 1
    x_g52_p10 assign_g52 1 ffn_L2 1
    z_g52_p6 cum_g52_p6 1 prec_g52_g16_t6 1
    z_g52_p6 prec_g73_g52_t7 -1 prec_g73_g52_t9 -1
    z_g52_p6 o_v16_c9_r6 1 o_v16_c11_r6 1
    z_g52_p6 o_v32_c9_r0 1 o_v32_c11_r0 1
    z_g52_p6 dy_v32_L2_r0 -1 o_v68_c7_r0 -1
    z_g52_p6 o_v68_c9_r0 -1 o_v68_c9_r1 -1
    z_g52_p6 o_v68_c11_r0 -1
    x_g53_p6 cum_g53_p6 -1 assign_g53 1
    x_g53_p6 ffn_L1 1
    x_g53_p10 assign_g53 1 ffn_L2 1
    z_g53_p6 cum_g53_p6 1 prec_g53_g17_t6 1
    z_g53_p6 prec_g73_g53_t7 -1 prec_g73_g53_t9 -1
    z_g53_p6 o_v0_c9_r10 1 o_v0_c11_r10 1
    z_g53_p6 o_v13_c9_r7 1 o_v13_c11_r7 1
    z_g53_p6 o_v14_c9_r7 1 o_v14_c11_r7 1
    z_g53_p6 o_v33_c9_r0 1 o_v33_c11_r0 1
    z_g53_p6 dy_v33_L2_r0 -1 o_v69_c7_r0 -1
    z_g53_p6 o_v69_c9_r0 -1 o_v69_c9_r1 -1
    z_g53_p6 o_v69_c11_r0 -1
    x_g54_p6 cum_g54_p6 -1 assign_g54 1
    x_g54_p6 ffn_L1 1
    x_g54_p10 assign_g54 1 ffn_L2 1
    z_g54_p6 cum_g54_p6 1 prec_g54_g18_t6 1
    z_g54_p6 prec_g73_g54_t7 -1 prec_g73_g54_t9 -1
    z_g54_p6 o_v0_c9_r11 1 o_v0_c11_r11 1
    z_g54_p6 o_v14_c9_r8 1 o_v14_c11_r8 1
    z_g54_p6 o_v15_c9_r7 1 o_v15_c11_r7 1
    z_g54_p6 o_v34_c9_r0 1 o_v34_c11_r0 1
    z_g54_p6 dy_v34_L2_r0 -1 o_v70_c7_r0 -1
    z_g54_p6 o_v70_c9_r0 -1 o_v70_c9_r1 -1
    z_g54_p6 o_v70_c11_r0 -1
    x_g55_p6 cum_g55_p6 -1 assign_g55 1
    x_g55_p6 ffn_L1 1
    x_g55_p10 assign_g55 1 ffn_L2 1
    z_g55_p6 cum_g55_p6 1 prec_g55_g19_t6 1
    z_g55_p6 prec_g73_g55_t7 -1 prec_g73_g55_t9 -1
    z_g55_p6 o_v15_c9_r8 1 o_v15_c11_r8 1
    z_g55_p6 o_v16_c9_r7 1 o_v16_c11_r7 1
    z_g55_p6 o_v35_c9_r0 1 o_v35_c11_r0 1
    z_g55_p6 dy_v35_L2_r0 -1 o_v71_c7_r0 -1
    z_g55_p6 o_v71_c9_r0 -1 o_v71_c9_r1 -1
    z_g55_p6 o_v71_c11_r0 -1
    x_g56_p6 cum_g56_p6 -1 assign_g56 1
    x_g56_p6 ffn_L1 1
    x_g56_p10 assign_g56 1 ffn_L2 1
    z_g56_p6 cum_g56_p6 1 prec_g56_g20_t6 1
    z_g56_p6 prec_g73_g56_t7 -1 prec_g73_g56_t9 -1
    z_g56_p6 o_v0_c9_r12 1 o_v0_c11_r12 1
    z_g56_p6 o_v13_c9_r8 1 o_v13_c11_r8 1
    z_g56_p6 o_v16_c9_r8 1 o_v16_c11_r8 1
    z_g56_p6 o_v36_c9_r0 1 o_v36_c11_r0 1
    z_g56_p6 dy_v36_L2_r0 -1 o_v72_c7_r0 -1
    z_g56_p6 o_v72_c9_r0 -1 o_v72_c9_r1 -1
    z_g56_p6 o_v72_c11_r0 -1
    x_g57_p6 cum_g57_p6 -1 assign_g57 1
    x_g57_p6 ffn_L1 1
    x_g57_p10 assign_g57 1 ffn_L2 1
    z_g57_p6 cum_g57_p6 1 prec_g57_g21_t6 1
    z_g57_p6 prec_g73_g57_t7 -1 prec_g73_g57_t9 -1
    z_g57_p6 o_v0_c9_r13 1 o_v0_c11_r13 1
    z_g57_p6 o_v13_c9_r9 1 o_v13_c11_r9 1
    z_g57_p6 o_v37_c9_r0 1 o_v37_c11_r0 1
    z_g57_p6 dy_v37_L2_r0 -1 o_v73_c7_r0 -1
    z_g57_p6 o_v73_c9_r0 -1 o_v73_c9_r1 -1
    z_g57_p6 o_v73_c11_r0 -1
    x_g58_p6 cum_g58_p6 -1 assign_g58 1
    x_g58_p6 ffn_L1 1
    x_g58_p10 assign_g58 1 ffn_L2 1
    z_g58_p6 cum_g58_p6 1 prec_g58_g22_t6 1
    z_g58_p6 prec_g73_g58_t7 -1 prec_g73_g58_t9 -1
    z_g58_p6 o_v14_c9_r9 1 o_v14_c11_r9 1
    z_g58_p6 o_v15_c9_r9 1 o_v15_c11_r9 1
    z_g58_p6 o_v38_c9_r0 1 o_v38_c11_r0 1
    z_g58_p6 dy_v38_L2_r0 -1 o_v74_c7_r0 -1
    z_g58_p6 o_v74_c9_r0 -1 o_v74_c9_r1 -1
    z_g58_p6 o_v74_c11_r0 -1
    x_g59_p6 cum_g59_p6 -1 assign_g59 1
    x_g59_p6 ffn_L1 1
    x_g59_p10 assign_g59 1 ffn_L2 1
    z_g59_p6 cum_g59_p6 1 prec_g59_g23_t6 1
    z_g59_p6 prec_g73_g59_t7 -1 prec_g73_g59_t9 -1
    z_g59_p6 o_v0_c9_r14 1 o_v0_c11_r14 1
    z_g59_p6 o_v15_c9_r10 1 o_v15_c11_r10 1
    z_g59_p6 o_v16_c9_r9 1 o_v16_c11_r9 1
    z_g59_p6 o_v39_c9_r0 1 o_v39_c11_r0 1
    z_g59_p6 dy_v39_L2_r0 -1 o_v75_c7_r0 -1
    z_g59_p6 o_v75_c9_r0 -1 o_v75_c9_r1 -1
    z_g59_p6 o_v75_c11_r0 -1
    x_g60_p6 cum_g60_p6 -1 assign_g60 1
    x_g60_p6 ffn_L1 1
    x_g60_p10 assign_g60 1 ffn_L2 1
    z_g60_p6 cum_g60_p6 1 prec_g60_g24_t6 1
    z_g60_p6 prec_g73_g60_t7 -1 prec_g73_g60_t9 -1
    z_g60_p6 o_v0_c9_r15 1 o_v0_c11_r15 1
    z_g60_p6 o_v13_c9_r10 1 o_v13_c11_r10 1
    z_g60_p6 o_v16_c9_r10 1 o_v16_c11_r10 1
    z_g60_p6 o_v40_c9_r0 1 o_v40_c11_r0 1
    z_g60_p6 dy_v40_L2_r0 -1 o_v76_c7_r0 -1
    z_g60_p6 o_v76_c9_r0 -1 o_v76_c9_r1 -1
    z_g60_p6 o_v76_c11_r0 -1
    x_g61_p6 cum_g61_p6 -1 assign_g61 1
    x_g61_p6 ffn_L1 1
    x_g61_p10 assign_g61 1 ffn_L2 1
    z_g61_p6 cum_g61_p6 1 prec_g61_g25_t6 1
    z_g61_p6 prec_g73_g61_t7 -1 prec_g73_g61_t9 -1
    z_g61_p6 o_v13_c9_r11 1 o_v13_c11_r11 1
    z_g61_p6 o_v14_c9_r10 1 o_v14_c11_r10 1
    z_g61_p6 o_v41_c9_r0 1 o_v41_c11_r0 1
    z_g61_p6 dy_v41_L2_r0 -1 o_v77_c7_r0 -1
    z_g61_p6 o_v77_c9_r0 -1 o_v77_c9_r1 -1
    z_g61_p6 o_v77_c11_r0 -1
    x_g62_p6 cum_g62_p6 -1 assign_g62 1
    x_g62_p6 ffn_L1 1
    x_g62_p10 assign_g62 1 ffn_L2 1
    z_g62_p6 cum_g62_p6 1 prec_g62_g26_t6 1
    z_g62_p6 prec_g73_g62_t7 -1 prec_g73_g62_t9 -1
    z_g62_p6 o_v0_c9_r16 1 o_v0_c11_r16 1
    z_g62_p6 o_v14_c9_r11 1 o_v14_c11_r11 1
    z_g62_p6 o_v42_c9_r0 1 o_v42_c11_r0 1
    z_g62_p6 dy_v42_L2_r0 -1 o_v78_c7_r0 -1
    z_g62_p6 o_v78_c9_r0 -1 o_v78_c9_r1 -1
    z_g62_p6 o_v78_c11_r0 -1
    x_g63_p6 cum_g63_p6 -1 assign_g63 1
    x_g63_p6 ffn_L1 1
    x_g63_p10 assign_g63 1 ffn_L2 1
    z_g63_p6 cum_g63_p6 1 prec_g63_g27_t6 1
    z_g63_p6 prec_g73_g63_t7 -1 prec_g73_g63_t9 -1
    z_g63_p6 o_v0_c9_r17 1 o_v0_c11_r17 1
    z_g63_p6 o_v15_c9_r11 1 o_v15_c11_r11 1
    z_g63_p6 o_v16_c9_r11 1 o_v16_c11_r11 1
    z_g63_p6 o_v43_c9_r0 1 o_v43_c11_r0 1
    z_g63_p6 dy_v43_L2_r0 -1 o_v79_c7_r0 -1
    z_g63_p6 o_v79_c9_r0 -1 o_v79_c9_r1 -1
    z_g63_p6 o_v79_c11_r0 -1
    x_g64_p6 cum_g64_p6 -1 assign_g64 1
    x_g64_p6 ffn_L1 1
    x_g64_p10 assign_g64 1 ffn_L2 1
    z_g64_p6 cum_g64_p6 1 prec_g64_g28_t6 1
    z_g64_p6 prec_g73_g64_t7 -1 prec_g73_g64_t9 -1
    z_g64_p6 o_v13_c9_r12 1 o_v13_c11_r12 1
    z_g64_p6 o_v16_c9_r12 1 o_v16_c11_r12 1
    z_g64_p6 o_v44_c9_r0 1 o_v44_c11_r0 1
    z_g64_p6 dy_v44_L2_r0 -1 o_v80_c7_r0 -1
    z_g64_p6 o_v80_c9_r0 -1 o_v80_c9_r1 -1
    z_g64_p6 o_v80_c11_r0 -1
    x_g65_p6 cum_g65_p6 -1 assign_g65 1
    x_g65_p6 ffn_L1 1
    x_g65_p10 assign_g65 1 ffn_L2 1
    z_g65_p6 cum_g65_p6 1 prec_g65_g29_t6 1
    z_g65_p6 prec_g73_g65_t7 -1 prec_g73_g65_t9 -1
    z_g65_p6 o_v0_c9_r18 1 o_v0_c11_r18 1
    z_g65_p6 o_v13_c9_r13 1 o_v13_c11_r13 1
    z_g65_p6 o_v14_c9_r12 1 o_v14_c11_r12 1
    z_g65_p6 o_v45_c9_r0 1 o_v45_c11_r0 1
    z_g65_p6 dy_v45_L2_r0 -1 o_v81_c7_r0 -1
    z_g65_p6 o_v81_c9_r0 -1 o_v81_c9_r1 -1
    z_g65_p6 o_v81_c11_r0 -1
    x_g66_p6 cum_g66_p6 -1 assign_g66 1
    x_g66_p6 ffn_L1 1
    x_g66_p10 assign_g66 1 ffn_L2 1
    z_g66_p6 cum_g66_p6 1 prec_g66_g30_t6 1
    z_g66_p6 prec_g73_g66_t7 -1 prec_g73_g66_t9 -1
    z_g66_p6 o_v0_c9_r19 1 o_v0_c11_r19 1
    z_g66_p6 o_v14_c9_r13 1 o_v14_c11_r13 1
    z_g66_p6 o_v15_c9_r12 1 o_v15_c11_r12 1
    z_g66_p6 o_v46_c9_r0 1 o_v46_c11_r0 1
    z_g66_p6 dy_v46_L2_r0 -1 o_v82_c7_r0 -1
    z_g66_p6 o_v82_c9_r0 -1 o_v82_c9_r1 -1
    z_g66_p6 o_v82_c11_r0 -1
    x_g67_p6 cum_g67_p6 -1 assign_g67 1
    x_g67_p6 ffn_L1 1
    x_g67_p10 assign_g67 1 ffn_L2 1
    z_g67_p6 cum_g67_p6 1 prec_g67_g31_t6 1
    z_g67_p6 prec_g73_g67_t7 -1 prec_g73_g67_t9 -1
    z_g67_p6 o_v15_c9_r13 1 o_v15_c11_r13 1
    z_g67_p6 o_v47_c9_r0 1 o_v47_c11_r0 1
    z_g67_p6 dy_v47_L2_r0 -1 o_v83_c7_r0 -1
    z_g67_p6 o_v83_c9_r0 -1 o_v83_c9_r1 -1
    z_g67_p6 o_v83_c11_r0 -1
    x_g68_p6 cum_g68_p6 -1 assign_g68 1
    x_g68_p6 ffn_L1 1
    x_g68_p10 assign_g68 1 ffn_L2 1
    z_g68_p6 cum_g68_p6 1 prec_g68_g32_t6 1
    z_g68_p6 prec_g73_g68_t7 -1 prec_g73_g68_t9 -1
    z_g68_p6 o_v0_c9_r20 1 o_v0_c11_r20 1
    z_g68_p6 o_v13_c9_r14 1 o_v13_c11_r14 1
    z_g68_p6 o_v16_c9_r13 1 o_v16_c11_r13 1
    z_g68_p6 o_v48_c9_r0 1 o_v48_c11_r0 1
    z_g68_p6 dy_v48_L2_r0 -1 o_v84_c7_r0 -1
    z_g68_p6 o_v84_c9_r0 -1 o_v84_c9_r1 -1
    z_g68_p6 o_v84_c11_r0 -1
    x_g69_p6 cum_g69_p6 -1 assign_g69 1
    x_g69_p6 ffn_L1 1
    x_g69_p10 assign_g69 1 ffn_L2 1
    z_g69_p6 cum_g69_p6 1 prec_g69_g33_t6 1
    z_g69_p6 prec_g73_g69_t7 -1 prec_g73_g69_t9 -1
    z_g69_p6 o_v0_c9_r21 1 o_v0_c11_r21 1
    z_g69_p6 o_v13_c9_r15 1 o_v13_c11_r15 1
    z_g69_p6 o_v14_c9_r14 1 o_v14_c11_r14 1
    z_g69_p6 o_v49_c9_r0 1 o_v49_c11_r0 1
    z_g69_p6 dy_v49_L2_r0 -1 o_v85_c7_r0 -1
    z_g69_p6 o_v85_c9_r0 -1 o_v85_c9_r1 -1
    z_g69_p6 o_v85_c11_r0 -1
    x_g70_p6 cum_g70_p6 -1 assign_g70 1
    x_g70_p6 ffn_L1 1
    x_g70_p10 assign_g70 1 ffn_L2 1
    z_g70_p6 cum_g70_p6 1 prec_g70_g34_t6 1
    z_g70_p6 prec_g73_g70_t7 -1 prec_g73_g70_t9 -1
    z_g70_p6 o_v14_c9_r15 1 o_v14_c11_r15 1
    z_g70_p6 o_v15_c9_r14 1 o_v15_c11_r14 1
    z_g70_p6 o_v50_c9_r0 1 o_v50_c11_r0 1
    z_g70_p6 dy_v50_L2_r0 -1 o_v86_c7_r0 -1
    z_g70_p6 o_v86_c9_r0 -1 o_v86_c9_r1 -1
    z_g70_p6 o_v86_c11_r0 -1
    x_g71_p6 cum_g71_p6 -1 assign_g71 1
    x_g71_p6 ffn_L1 1
    x_g71_p10 assign_g71 1 ffn_L2 1
    z_g71_p6 cum_g71_p6 1 prec_g71_g35_t6 1
    z_g71_p6 prec_g73_g71_t7 -1 prec_g73_g71_t9 -1
    z_g71_p6 o_v0_c9_r22 1 o_v0_c11_r22 1
    z_g71_p6 o_v15_c9_r15 1 o_v15_c11_r15 1
    z_g71_p6 o_v16_c9_r14 1 o_v16_c11_r14 1
    z_g71_p6 o_v51_c9_r0 1 o_v51_c11_r0 1
    z_g71_p6 dy_v51_L2_r0 -1 o_v87_c7_r0 -1
    z_g71_p6 o_v87_c9_r0 -1 o_v87_c9_r1 -1
    z_g71_p6 o_v87_c11_r0 -1
    x_g72_p6 cum_g72_p6 -1 assign_g72 1
    x_g72_p6 ffn_L1 1
    x_g72_p10 assign_g72 1 ffn_L2 1
    z_g72_p6 cum_g72_p6 1 prec_g72_g36_t6 1
    z_g72_p6 prec_g73_g72_t7 -1 prec_g73_g72_t9 -1
    z_g72_p6 o_v0_c9_r23 1 o_v0_c11_r23 1
    z_g72_p6 o_v16_c9_r15 1 o_v16_c11_r15 1
    z_g72_p6 o_v52_c9_r0 1 o_v52_c11_r0 1
    z_g72_p6 dy_v52_L2_r0 -1 o_v88_c7_r0 -1
    z_g72_p6 o_v88_c9_r0 -1 o_v88_c9_r1 -1
    z_g72_p6 o_v88_c11_r0 -1
    x_g73_p7 cum_g73_p7 -1 assign_g73 1
    x_g73_p9 cum_g73_p9 -1 assign_g73 1
    x_g73_p9 heads_L2 72
    x_g73_p11 assign_g73 1
    z_g73_p7 cum_g73_p7 1 cum_g73_p9 -1
    z_g73_p7 prec_g73_g37_t7 1 prec_g73_g38_t7 1
    z_g73_p7 prec_g73_g39_t7 1 prec_g73_g40_t7 1
    z_g73_p7 prec_g73_g41_t7 1 prec_g73_g42_t7 1
    z_g73_p7 prec_g73_g43_t7 1 prec_g73_g44_t7 1
    z_g73_p7 prec_g73_g45_t7 1 prec_g73_g46_t7 1
    z_g73_p7 prec_g73_g47_t7 1 prec_g73_g48_t7 1
    z_g73_p7 prec_g73_g49_t7 1 prec_g73_g50_t7 1
    z_g73_p7 prec_g73_g51_t7 1 prec_g73_g52_t7 1
    z_g73_p7 prec_g73_g53_t7 1 prec_g73_g54_t7 1
    z_g73_p7 prec_g73_g55_t7 1 prec_g73_g56_t7 1
    z_g73_p7 prec_g73_g57_t7 1 prec_g73_g58_t7 1
    z_g73_p7 prec_g73_g59_t7 1 prec_g73_g60_t7 1
    z_g73_p7 prec_g73_g61_t7 1 prec_g73_g62_t7 1
    z_g73_p7 prec_g73_g63_t7 1 prec_g73_g64_t7 1
    z_g73_p7 prec_g73_g65_t7 1 prec_g73_g66_t7 1
    z_g73_p7 prec_g73_g67_t7 1 prec_g73_g68_t7 1
    z_g73_p7 prec_g73_g69_t7 1 prec_g73_g70_t7 1
    z_g73_p7 prec_g73_g71_t7 1 prec_g73_g72_t7 1
    z_g73_p7 o_v53_c7_r0 1 o_v53_c9_r0 1
    z_g73_p7 o_v54_c7_r0 1 o_v54_c9_r0 1
    z_g73_p7 o_v55_c7_r0 1 o_v55_c9_r0 1
    z_g73_p7 o_v56_c7_r0 1 o_v56_c9_r0 1
    z_g73_p7 o_v57_c7_r0 1 o_v57_c9_r0 1
    z_g73_p7 o_v58_c7_r0 1 o_v58_c9_r0 1
    z_g73_p7 o_v59_c7_r0 1 o_v59_c9_r0 1
    z_g73_p7 o_v60_c7_r0 1 o_v60_c9_r0 1
    z_g73_p7 o_v61_c7_r0 1 o_v61_c9_r0 1
    z_g73_p7 o_v62_c7_r0 1 o_v62_c9_r0 1
    z_g73_p7 o_v63_c7_r0 1 o_v63_c9_r0 1
    z_g73_p7 o_v64_c7_r0 1 o_v64_c9_r0 1
    z_g73_p7 o_v65_c7_r0 1 o_v65_c9_r0 1
    z_g73_p7 o_v66_c7_r0 1 o_v66_c9_r0 1
    z_g73_p7 o_v67_c7_r0 1 o_v67_c9_r0 1
    z_g73_p7 o_v68_c7_r0 1 o_v68_c9_r0 1
    z_g73_p7 o_v69_c7_r0 1 o_v69_c9_r0 1
    z_g73_p7 o_v70_c7_r0 1 o_v70_c9_r0 1
    z_g73_p7 o_v71_c7_r0 1 o_v71_c9_r0 1
    z_g73_p7 o_v72_c7_r0 1 o_v72_c9_r0 1
    z_g73_p7 o_v73_c7_r0 1 o_v73_c9_r0 1
    z_g73_p7 o_v74_c7_r0 1 o_v74_c9_r0 1
    z_g73_p7 o_v75_c7_r0 1 o_v75_c9_r0 1
    z_g73_p7 o_v76_c7_r0 1 o_v76_c9_r0 1
    z_g73_p7 o_v77_c7_r0 1 o_v77_c9_r0 1
    z_g73_p7 o_v78_c7_r0 1 o_v78_c9_r0 1
    z_g73_p7 o_v79_c7_r0 1 o_v79_c9_r0 1
    z_g73_p7 o_v80_c7_r0 1 o_v80_c9_r0 1
    z_g73_p7 o_v81_c7_r0 1 o_v81_c9_r0 1
    z_g73_p7 o_v82_c7_r0 1 o_v82_c9_r0 1
    z_g73_p7 o_v83_c7_r0 1 o_v83_c9_r0 1
    z_g73_p7 o_v84_c7_r0 1 o_v84_c9_r0 1
    z_g73_p7 o_v85_c7_r0 1 o_v85_c9_r0 1
    z_g73_p7 o_v86_c7_r0 1 o_v86_c9_r0 1
    z_g73_p7 o_v87_c7_r0 1 o_v87_c9_r0 1
    z_g73_p7 o_v88_c7_r0 1 o_v88_c9_r0 1
    z_g73_p7 occ_c7 1
    z_g73_p9 cum_g73_p9 1 prec_g73_g37_t9 1
    z_g73_p9 prec_g73_g38_t9 1 prec_g73_g39_t9 1
    z_g73_p9 prec_g73_g40_t9 1 prec_g73_g41_t9 1
    z_g73_p9 prec_g73_g42_t9 1 prec_g73_g43_t9 1
    z_g73_p9 prec_g73_g44_t9 1 prec_g73_g45_t9 1
    z_g73_p9 prec_g73_g46_t9 1 prec_g73_g47_t9 1
    z_g73_p9 prec_g73_g48_t9 1 prec_g73_g49_t9 1
    z_g73_p9 prec_g73_g50_t9 1 prec_g73_g51_t9 1
    z_g73_p9 prec_g73_g52_t9 1 prec_g73_g53_t9 1
    z_g73_p9 prec_g73_g54_t9 1 prec_g73_g55_t9 1
    z_g73_p9 prec_g73_g56_t9 1 prec_g73_g57_t9 1
    z_g73_p9 prec_g73_g58_t9 1 prec_g73_g59_t9 1
    z_g73_p9 prec_g73_g60_t9 1 prec_g73_g61_t9 1
    z_g73_p9 prec_g73_g62_t9 1 prec_g73_g63_t9 1
    z_g73_p9 prec_g73_g64_t9 1 prec_g73_g65_t9 1
    z_g73_p9 prec_g73_g66_t9 1 prec_g73_g67_t9 1
    z_g73_p9 prec_g73_g68_t9 1 prec_g73_g69_t9 1
    z_g73_p9 prec_g73_g70_t9 1 prec_g73_g71_t9 1
    z_g73_p9 prec_g73_g72_t9 1 o_v53_c9_r1 1
    z_g73_p9 o_v53_c11_r0 1 o_v54_c9_r1 1
    z_g73_p9 o_v54_c11_r0 1 o_v55_c9_r1 1
    z_g73_p9 o_v55_c11_r0 1 o_v56_c9_r1 1
    z_g73_p9 o_v56_c11_r0 1 o_v57_c9_r1 1
    z_g73_p9 o_v57_c11_r0 1 o_v58_c9_r1 1
    z_g73_p9 o_v58_c11_r0 1 o_v59_c9_r1 1
    z_g73_p9 o_v59_c11_r0 1 o_v60_c9_r1 1
    z_g73_p9 o_v60_c11_r0 1 o_v61_c9_r1 1
    z_g73_p9 o_v61_c11_r0 1 o_v62_c9_r1 1
    z_g73_p9 o_v62_c11_r0 1 o_v63_c9_r1 1
    z_g73_p9 o_v63_c11_r0 1 o_v64_c9_r1 1
    z_g73_p9 o_v64_c11_r0 1 o_v65_c9_r1 1
    z_g73_p9 o_v65_c11_r0 1 o_v66_c9_r1 1
    z_g73_p9 o_v66_c11_r0 1 o_v67_c9_r1 1
    z_g73_p9 o_v67_c11_r0 1 o_v68_c9_r1 1
    z_g73_p9 o_v68_c11_r0 1 o_v69_c9_r1 1
    z_g73_p9 o_v69_c11_r0 1 o_v70_c9_r1 1
    z_g73_p9 o_v70_c11_r0 1 o_v71_c9_r1 1
    z_g73_p9 o_v71_c11_r0 1 o_v72_c9_r1 1
    z_g73_p9 o_v72_c11_r0 1 o_v73_c9_r1 1
    z_g73_p9 o_v73_c11_r0 1 o_v74_c9_r1 1
    z_g73_p9 o_v74_c11_r0 1 o_v75_c9_r1 1
    z_g73_p9 o_v75_c11_r0 1 o_v76_c9_r1 1
    z_g73_p9 o_v76_c11_r0 1 o_v77_c9_r1 1
    z_g73_p9 o_v77_c11_r0 1 o_v78_c9_r1 1
    z_g73_p9 o_v78_c11_r0 1 o_v79_c9_r1 1
    z_g73_p9 o_v79_c11_r0 1 o_v80_c9_r1 1
    z_g73_p9 o_v80_c11_r0 1 o_v81_c9_r1 1
    z_g73_p9 o_v81_c11_r0 1 o_v82_c9_r1 1
    z_g73_p9 o_v82_c11_r0 1 o_v83_c9_r1 1
    z_g73_p9 o_v83_c11_r0 1 o_v84_c9_r1 1
    z_g73_p9 o_v84_c11_r0 1 o_v85_c9_r1 1
    z_g73_p9 o_v85_c11_r0 1 o_v86_c9_r1 1
    z_g73_p9 o_v86_c11_r0 1 o_v87_c9_r1 1
    z_g73_p9 o_v87_c11_r0 1 o_v88_c9_r1 1
    z_g73_p9 o_v88_c11_r0 1 occ_c9 1
    x_g74_p6 cum_g74_p6 -1 assign_g74 1
    x_g74_p6 ffn_L1 1
    x_g74_p10 assign_g74 1 ffn_L2 1
    z_g74_p6 cum_g74_p6 1 prec_g74_g1_t6 1
    z_g74_p6 prec_g110_g74_t7 -1 prec_g110_g74_t9 -1
    z_g74_p6 o_v14_c9_r16 1 o_v14_c11_r16 1
    z_g74_p6 o_v17_c9_r1 1 o_v17_c11_r1 1
    z_g74_p6 dy_v17_L2_r0 -1 o_v90_c7_r0 -1
    z_g74_p6 o_v90_c9_r0 -1 o_v90_c9_r1 -1
    z_g74_p6 o_v90_c11_r0 -1
    x_g75_p6 cum_g75_p6 -1 assign_g75 1
    x_g75_p6 ffn_L1 1
    x_g75_p10 assign_g75 1 ffn_L2 1
    z_g75_p6 cum_g75_p6 1 prec_g75_g2_t6 1
    z_g75_p6 prec_g110_g75_t7 -1 prec_g110_g75_t9 -1
    z_g75_p6 o_v0_c9_r24 1 o_v0_c11_r24 1
    z_g75_p6 o_v15_c9_r16 1 o_v15_c11_r16 1
    z_g75_p6 o_v16_c9_r16 1 o_v16_c11_r16 1
    z_g75_p6 o_v18_c9_r1 1 o_v18_c11_r1 1
    z_g75_p6 dy_v18_L2_r0 -1 o_v91_c7_r0 -1
    z_g75_p6 o_v91_c9_r0 -1 o_v91_c9_r1 -1
    z_g75_p6 o_v91_c11_r0 -1
    x_g76_p6 cum_g76_p6 -1 assign_g76 1
    x_g76_p6 ffn_L1 1
    x_g76_p10 assign_g76 1 ffn_L2 1
    z_g76_p6 cum_g76_p6 1 prec_g76_g3_t6 1
    z_g76_p6 prec_g110_g76_t7 -1 prec_g110_g76_t9 -1
    z_g76_p6 o_v0_c9_r25 1 o_v0_c11_r25 1
    z_g76_p6 o_v13_c9_r16 1 o_v13_c11_r16 1
    z_g76_p6 o_v16_c9_r17 1 o_v16_c11_r17 1
    z_g76_p6 o_v19_c9_r1 1 o_v19_c11_r1 1
    z_g76_p6 dy_v19_L2_r0 -1 o_v92_c7_r0 -1
    z_g76_p6 o_v92_c9_r0 -1 o_v92_c9_r1 -1
    z_g76_p6 o_v92_c11_r0 -1
    x_g77_p6 cum_g77_p6 -1 assign_g77 1
    x_g77_p6 ffn_L1 1
    x_g77_p10 assign_g77 1 ffn_L2 1
    z_g77_p6 cum_g77_p6 1 prec_g77_g4_t6 1
    z_g77_p6 prec_g110_g77_t7 -1 prec_g110_g77_t9 -1
    z_g77_p6 o_v13_c9_r17 1 o_v13_c11_r17 1
    z_g77_p6 o_v14_c9_r17 1 o_v14_c11_r17 1
    z_g77_p6 o_v20_c9_r1 1 o_v20_c11_r1 1
    z_g77_p6 dy_v20_L2_r0 -1 o_v93_c7_r0 -1
    z_g77_p6 o_v93_c9_r0 -1 o_v93_c9_r1 -1
    z_g77_p6 o_v93_c11_r0 -1
    x_g78_p6 cum_g78_p6 -1 assign_g78 1
    x_g78_p6 ffn_L1 1
    x_g78_p10 assign_g78 1 ffn_L2 1
    z_g78_p6 cum_g78_p6 1 prec_g78_g5_t6 1
    z_g78_p6 prec_g110_g78_t7 -1 prec_g110_g78_t9 -1
    z_g78_p6 o_v0_c9_r26 1 o_v0_c11_r26 1
    z_g78_p6 o_v14_c9_r18 1 o_v14_c11_r18 1
    z_g78_p6 o_v15_c9_r17 1 o_v15_c11_r17 1
    z_g78_p6 o_v21_c9_r1 1 o_v21_c11_r1 1
    z_g78_p6 dy_v21_L2_r0 -1 o_v94_c7_r0 -1
    z_g78_p6 o_v94_c9_r0 -1 o_v94_c9_r1 -1
    z_g78_p6 o_v94_c11_r0 -1
    x_g79_p6 cum_g79_p6 -1 assign_g79 1
    x_g79_p6 ffn_L1 1
    x_g79_p10 assign_g79 1 ffn_L2 1
    z_g79_p6 cum_g79_p6 1 prec_g79_g6_t6 1
    z_g79_p6 prec_g110_g79_t7 -1 prec_g110_g79_t9 -1
    z_g79_p6 o_v0_c9_r27 1 o_v0_c11_r27 1
    z_g79_p6 o_v15_c9_r18 1 o_v15_c11_r18 1
    z_g79_p6 o_v22_c9_r1 1 o_v22_c11_r1 1
    z_g79_p6 dy_v22_L2_r0 -1 o_v95_c7_r0 -1
    z_g79_p6 o_v95_c9_r0 -1 o_v95_c9_r1 -1
    z_g79_p6 o_v95_c11_r0 -1
    x_g80_p6 cum_g80_p6 -1 assign_g80 1
    x_g80_p6 ffn_L1 1
    x_g80_p10 assign_g80 1 ffn_L2 1
    z_g80_p6 cum_g80_p6 1 prec_g80_g7_t6 1
    z_g80_p6 prec_g110_g80_t7 -1 prec_g110_g80_t9 -1
    z_g80_p6 o_v13_c9_r18 1 o_v13_c11_r18 1
    z_g80_p6 o_v16_c9_r18 1 o_v16_c11_r18 1
    z_g80_p6 o_v23_c9_r1 1 o_v23_c11_r1 1
    z_g80_p6 dy_v23_L2_r0 -1 o_v96_c7_r0 -1
    z_g80_p6 o_v96_c9_r0 -1 o_v96_c9_r1 -1
    z_g80_p6 o_v96_c11_r0 -1
    x_g81_p6 cum_g81_p6 -1 assign_g81 1
    x_g81_p6 ffn_L1 1
    x_g81_p10 assign_g81 1 ffn_L2 1
    z_g81_p6 cum_g81_p6 1 prec_g81_g8_t6 1
    z_g81_p6 prec_g110_g81_t7 -1 prec_g110_g81_t9 -1
    z_g81_p6 o_v0_c9_r28 1 o_v0_c11_r28 1
    z_g81_p6 o_v13_c9_r19 1 o_v13_c11_r19 1
    z_g81_p6 o_v14_c9_r19 1 o_v14_c11_r19 1
    z_g81_p6 o_v24_c9_r1 1 o_v24_c11_r1 1
    z_g81_p6 dy_v24_L2_r0 -1 o_v97_c7_r0 -1
    z_g81_p6 o_v97_c9_r0 -1 o_v97_c9_r1 -1
    z_g81_p6 o_v97_c11_r0 -1
    x_g82_p6 cum_g82_p6 -1 assign_g82 1
    x_g82_p6 ffn_L1 1
    x_g82_p10 assign_g82 1 ffn_L2 1
    z_g82_p6 cum_g82_p6 1 prec_g82_g9_t6 1
    z_g82_p6 prec_g110_g82_t7 -1 prec_g110_g82_t9 -1
    z_g82_p6 o_v0_c9_r29 1 o_v0_c11_r29 1
    z_g82_p6 o_v14_c9_r20 1 o_v14_c11_r20 1
    z_g82_p6 o_v15_c9_r19 1 o_v15_c11_r19 1
    z_g82_p6 o_v25_c9_r1 1 o_v25_c11_r1 1
    z_g82_p6 dy_v25_L2_r0 -1 o_v98_c7_r0 -1
    z_g82_p6 o_v98_c9_r0 -1 o_v98_c9_r1 -1
    z_g82_p6 o_v98_c11_r0 -1
    x_g83_p6 cum_g83_p6 -1 assign_g83 1
    x_g83_p6 ffn_L1 1
    x_g83_p10 assign_g83 1 ffn_L2 1
    z_g83_p6 cum_g83_p6 1 prec_g83_g10_t6 1
    z_g83_p6 prec_g110_g83_t7 -1 prec_g110_g83_t9 -1
    z_g83_p6 o_v15_c9_r20 1 o_v15_c11_r20 1
    z_g83_p6 o_v16_c9_r19 1 o_v16_c11_r19 1
    z_g83_p6 o_v26_c9_r1 1 o_v26_c11_r1 1
    z_g83_p6 dy_v26_L2_r0 -1 o_v99_c7_r0 -1
    z_g83_p6 o_v99_c9_r0 -1 o_v99_c9_r1 -1
    z_g83_p6 o_v99_c11_r0 -1
    x_g84_p6 cum_g84_p6 -1 assign_g84 1
    x_g84_p6 ffn_L1 1
    x_g84_p10 assign_g84 1 ffn_L2 1
    z_g84_p6 cum_g84_p6 1 prec_g84_g11_t6 1
    z_g84_p6 prec_g110_g84_t7 -1 prec_g110_g84_t9 -1
    z_g84_p6 o_v0_c9_r30 1 o_v0_c11_r30 1
    z_g84_p6 o_v16_c9_r20 1 o_v16_c11_r20 1
    z_g84_p6 o_v27_c9_r1 1 o_v27_c11_r1 1
    z_g84_p6 dy_v27_L2_r0 -1 o_v100_c7_r0 -1
    z_g84_p6 o_v100_c9_r0 -1 o_v100_c9_r1 -1
    z_g84_p6 o_v100_c11_r0 -1
    x_g85_p6 cum_g85_p6 -1 assign_g85 1
    x_g85_p6 ffn_L1 1
    x_g85_p10 assign_g85 1 ffn_L2 1
    z_g85_p6 cum_g85_p6 1 prec_g85_g12_t6 1
    z_g85_p6 prec_g110_g85_t7 -1 prec_g110_g85_t9 -1
    z_g85_p6 o_v0_c9_r31 1 o_v0_c11_r31 1
    z_g85_p6 o_v13_c9_r20 1 o_v13_c11_r20 1
    z_g85_p6 o_v14_c9_r21 1 o_v14_c11_r21 1
    z_g85_p6 o_v28_c9_r1 1 o_v28_c11_r1 1
    z_g85_p6 dy_v28_L2_r0 -1 o_v101_c7_r0 -1
    z_g85_p6 o_v101_c9_r0 -1 o_v101_c9_r1 -1
    z_g85_p6 o_v101_c11_r0 -1
    x_g86_p6 cum_g86_p6 -1 assign_g86 1
    x_g86_p6 ffn_L1 1
    x_g86_p10 assign_g86 1 ffn_L2 1
    z_g86_p6 cum_g86_p6 1 prec_g86_g13_t6 1
    z_g86_p6 prec_g110_g86_t7 -1 prec_g110_g86_t9 -1
    z_g86_p6 o_v14_c9_r22 1 o_v14_c11_r22 1
    z_g86_p6 o_v15_c9_r21 1 o_v15_c11_r21 1
    z_g86_p6 o_v29_c9_r1 1 o_v29_c11_r1 1
    z_g86_p6 dy_v29_L2_r0 -1 o_v102_c7_r0 -1
    z_g86_p6 o_v102_c9_r0 -1 o_v102_c9_r1 -1
    z_g86_p6 o_v102_c11_r0 -1
    x_g87_p6 cum_g87_p6 -1 assign_g87 1
    x_g87_p6 ffn_L1 1
    x_g87_p10 assign_g87 1 ffn_L2 1
    z_g87_p6 cum_g87_p6 1 prec_g87_g14_t6 1
    z_g87_p6 prec_g110_g87_t7 -1 prec_g110_g87_t9 -1
    z_g87_p6 o_v0_c9_r32 1 o_v0_c11_r32 1
    z_g87_p6 o_v15_c9_r22 1 o_v15_c11_r22 1
    z_g87_p6 o_v16_c9_r21 1 o_v16_c11_r21 1
    z_g87_p6 o_v30_c9_r1 1 o_v30_c11_r1 1
    z_g87_p6 dy_v30_L2_r0 -1 o_v103_c7_r0 -1
    z_g87_p6 o_v103_c9_r0 -1 o_v103_c9_r1 -1
    z_g87_p6 o_v103_c11_r0 -1
    x_g88_p6 cum_g88_p6 -1 assign_g88 1
    x_g88_p6 ffn_L1 1
    x_g88_p10 assign_g88 1 ffn_L2 1
    z_g88_p6 cum_g88_p6 1 prec_g88_g15_t6 1
    z_g88_p6 prec_g110_g88_t7 -1 prec_g110_g88_t9 -1
    z_g88_p6 o_v0_c9_r33 1 o_v0_c11_r33 1
    z_g88_p6 o_v13_c9_r21 1 o_v13_c11_r21 1
    z_g88_p6 o_v16_c9_r22 1 o_v16_c11_r22 1
    z_g88_p6 o_v31_c9_r1 1 o_v31_c11_r1 1
    z_g88_p6 dy_v31_L2_r0 -1 o_v104_c7_r0 -1
    z_g88_p6 o_v104_c9_r0 -1 o_v104_c9_r1 -1
    z_g88_p6 o_v104_c11_r0 -1
    x_g89_p6 cum_g89_p6 -1 assign_g89 1
    x_g89_p6 ffn_L1 1
    x_g89_p10 assign_g89 1 ffn_L2 1
    z_g89_p6 cum_g89_p6 1 prec_g89_g16_t6 1
    z_g89_p6 prec_g110_g89_t7 -1 prec_g110_g89_t9 -1
    z_g89_p6 o_v13_c9_r22 1 o_v13_c11_r22 1
    z_g89_p6 o_v32_c9_r1 1 o_v32_c11_r1 1
    z_g89_p6 dy_v32_L2_r0 -1 o_v105_c7_r0 -1
    z_g89_p6 o_v105_c9_r0 -1 o_v105_c9_r1 -1
    z_g89_p6 o_v105_c11_r0 -1
    x_g90_p6 cum_g90_p6 -1 assign_g90 1
    x_g90_p6 ffn_L1 1
    x_g90_p10 assign_g90 1 ffn_L2 1
    z_g90_p6 cum_g90_p6 1 prec_g90_g17_t6 1
    z_g90_p6 prec_g110_g90_t7 -1 prec_g110_g90_t9 -1
    z_g90_p6 o_v0_c9_r34 1 o_v0_c11_r34 1
    z_g90_p6 o_v14_c9_r23 1 o_v14_c11_r23 1
    z_g90_p6 o_v15_c9_r23 1 o_v15_c11_r23 1
    z_g90_p6 o_v33_c9_r1 1 o_v33_c11_r1 1
    z_g90_p6 dy_v33_L2_r0 -1 o_v106_c7_r0 -1
    z_g90_p6 o_v106_c9_r0 -1 o_v106_c9_r1 -1
    z_g90_p6 o_v106_c11_r0 -1
    x_g91_p6 cum_g91_p6 -1 assign_g91 1
    x_g91_p6 ffn_L1 1
    x_g91_p10 assign_g91 1 ffn_L2 1
    z_g91_p6 cum_g91_p6 1 prec_g91_g18_t6 1
    z_g91_p6 prec_g110_g91_t7 -1 prec_g110_g91_t9 -1
    z_g91_p6 o_v0_c9_r35 1 o_v0_c11_r35 1
    z_g91_p6 o_v15_c9_r24 1 o_v15_c11_r24 1
    z_g91_p6 o_v16_c9_r23 1 o_v16_c11_r23 1
    z_g91_p6 o_v34_c9_r1 1 o_v34_c11_r1 1
    z_g91_p6 dy_v34_L2_r0 -1 o_v107_c7_r0 -1
    z_g91_p6 o_v107_c9_r0 -1 o_v107_c9_r1 -1
    z_g91_p6 o_v107_c11_r0 -1
    x_g92_p6 cum_g92_p6 -1 assign_g92 1
    x_g92_p6 ffn_L1 1
    x_g92_p10 assign_g92 1 ffn_L2 1
    z_g92_p6 cum_g92_p6 1 prec_g92_g19_t6 1
    z_g92_p6 prec_g110_g92_t7 -1 prec_g110_g92_t9 -1
    z_g92_p6 o_v13_c9_r23 1 o_v13_c11_r23 1
    z_g92_p6 o_v16_c9_r24 1 o_v16_c11_r24 1
    z_g92_p6 o_v35_c9_r1 1 o_v35_c11_r1 1
    z_g92_p6 dy_v35_L2_r0 -1 o_v108_c7_r0 -1
    z_g92_p6 o_v108_c9_r0 -1 o_v108_c9_r1 -1
    z_g92_p6 o_v108_c11_r0 -1
    x_g93_p6 cum_g93_p6 -1 assign_g93 1
    x_g93_p6 ffn_L1 1
    x_g93_p10 assign_g93 1 ffn_L2 1
    z_g93_p6 cum_g93_p6 1 prec_g93_g20_t6 1
    z_g93_p6 prec_g110_g93_t7 -1 prec_g110_g93_t9 -1
    z_g93_p6 o_v0_c9_r36 1 o_v0_c11_r36 1
    z_g93_p6 o_v13_c9_r24 1 o_v13_c11_r24 1
    z_g93_p6 o_v14_c9_r24 1 o_v14_c11_r24 1
    z_g93_p6 o_v36_c9_r1 1 o_v36_c11_r1 1
    z_g93_p6 dy_v36_L2_r0 -1 o_v109_c7_r0 -1
    z_g93_p6 o_v109_c9_r0 -1 o_v109_c9_r1 -1
    z_g93_p6 o_v109_c11_r0 -1
    x_g94_p6 cum_g94_p6 -1 assign_g94 1
    x_g94_p6 ffn_L1 1
    x_g94_p10 assign_g94 1 ffn_L2 1
    z_g94_p6 cum_g94_p6 1 prec_g94_g21_t6 1
    z_g94_p6 prec_g110_g94_t7 -1 prec_g110_g94_t9 -1
    z_g94_p6 o_v0_c9_r37 1 o_v0_c11_r37 1
    z_g94_p6 o_v14_c9_r25 1 o_v14_c11_r25 1
    z_g94_p6 o_v37_c9_r1 1 o_v37_c11_r1 1
    z_g94_p6 dy_v37_L2_r0 -1 o_v110_c7_r0 -1
    z_g94_p6 o_v110_c9_r0 -1 o_v110_c9_r1 -1
    z_g94_p6 o_v110_c11_r0 -1
    x_g95_p6 cum_g95_p6 -1 assign_g95 1
    x_g95_p6 ffn_L1 1
    x_g95_p10 assign_g95 1 ffn_L2 1
    z_g95_p6 cum_g95_p6 1 prec_g95_g22_t6 1
    z_g95_p6 prec_g110_g95_t7 -1 prec_g110_g95_t9 -1
    z_g95_p6 o_v15_c9_r25 1 o_v15_c11_r25 1
    z_g95_p6 o_v16_c9_r25 1 o_v16_c11_r25 1
    z_g95_p6 o_v38_c9_r1 1 o_v38_c11_r1 1
    z_g95_p6 dy_v38_L2_r0 -1 o_v111_c7_r0 -1
    z_g95_p6 o_v111_c9_r0 -1 o_v111_c9_r1 -1
    z_g95_p6 o_v111_c11_r0 -1
    x_g96_p6 cum_g96_p6 -1 assign_g96 1
    x_g96_p6 ffn_L1 1
    x_g96_p10 assign_g96 1 ffn_L2 1
    z_g96_p6 cum_g96_p6 1 prec_g96_g23_t6 1
    z_g96_p6 prec_g110_g96_t7 -1 prec_g110_g96_t9 -1
    z_g96_p6 o_v0_c9_r38 1 o_v0_c11_r38 1
    z_g96_p6 o_v13_c9_r25 1 o_v13_c11_r25 1
    z_g96_p6 o_v16_c9_r26 1 o_v16_c11_r26 1
    z_g96_p6 o_v39_c9_r1 1 o_v39_c11_r1 1
    z_g96_p6 dy_v39_L2_r0 -1 o_v112_c7_r0 -1
    z_g96_p6 o_v112_c9_r0 -1 o_v112_c9_r1 -1
    z_g96_p6 o_v112_c11_r0 -1
    x_g97_p6 cum_g97_p6 -1 assign_g97 1
    x_g97_p6 ffn_L1 1
    x_g97_p10 assign_g97 1 ffn_L2 1
    z_g97_p6 cum_g97_p6 1 prec_g97_g24_t6 1
    z_g97_p6 prec_g110_g97_t7 -1 prec_g110_g97_t9 -1
    z_g97_p6 o_v0_c9_r39 1 o_v0_c11_r39 1
    z_g97_p6 o_v13_c9_r26 1 o_v13_c11_r26 1
    z_g97_p6 o_v14_c9_r26 1 o_v14_c11_r26 1
    z_g97_p6 o_v40_c9_r1 1 o_v40_c11_r1 1
    z_g97_p6 dy_v40_L2_r0 -1 o_v113_c7_r0 -1
    z_g97_p6 o_v113_c9_r0 -1 o_v113_c9_r1 -1
    z_g97_p6 o_v113_c11_r0 -1
    x_g98_p6 cum_g98_p6 -1 assign_g98 1
    x_g98_p6 ffn_L1 1
    x_g98_p10 assign_g98 1 ffn_L2 1
    z_g98_p6 cum_g98_p6 1 prec_g98_g25_t6 1
    z_g98_p6 prec_g110_g98_t7 -1 prec_g110_g98_t9 -1
    z_g98_p6 o_v14_c9_r27 1 o_v14_c11_r27 1
    z_g98_p6 o_v15_c9_r26 1 o_v15_c11_r26 1
    z_g98_p6 o_v41_c9_r1 1 o_v41_c11_r1 1
    z_g98_p6 dy_v41_L2_r0 -1 o_v114_c7_r0 -1
    z_g98_p6 o_v114_c9_r0 -1 o_v114_c9_r1 -1
    z_g98_p6 o_v114_c11_r0 -1
    x_g99_p6 cum_g99_p6 -1 assign_g99 1
    x_g99_p6 ffn_L1 1
    x_g99_p10 assign_g99 1 ffn_L2 1
    z_g99_p6 cum_g99_p6 1 prec_g99_g26_t6 1
    z_g99_p6 prec_g110_g99_t7 -1 prec_g110_g99_t9 -1
    z_g99_p6 o_v0_c9_r40 1 o_v0_c11_r40 1
    z_g99_p6 o_v15_c9_r27 1 o_v15_c11_r27 1
    z_g99_p6 o_v42_c9_r1 1 o_v42_c11_r1 1
    z_g99_p6 dy_v42_L2_r0 -1 o_v115_c7_r0 -1
    z_g99_p6 o_v115_c9_r0 -1 o_v115_c9_r1 -1
    z_g99_p6 o_v115_c11_r0 -1
    x_g100_p6 cum_g100_p6 -1 assign_g100 1
    x_g100_p6 ffn_L1 1
    x_g100_p10 assign_g100 1 ffn_L2 1
    z_g100_p6 cum_g100_p6 1 prec_g100_g27_t6 1
    z_g100_p6 prec_g110_g100_t7 -1 prec_g110_g100_t9 -1
    z_g100_p6 o_v0_c9_r41 1 o_v0_c11_r41 1
    z_g100_p6 o_v13_c9_r27 1 o_v13_c11_r27 1
    z_g100_p6 o_v16_c9_r27 1 o_v16_c11_r27 1
    z_g100_p6 o_v43_c9_r1 1 o_v43_c11_r1 1
    z_g100_p6 dy_v43_L2_r0 -1 o_v116_c7_r0 -1
    z_g100_p6 o_v116_c9_r0 -1 o_v116_c9_r1 -1
    z_g100_p6 o_v116_c11_r0 -1
    x_g101_p6 cum_g101_p6 -1 assign_g101 1
    x_g101_p6 ffn_L1 1
    x_g101_p10 assign_g101 1 ffn_L2 1
    z_g101_p6 cum_g101_p6 1 prec_g101_g28_t6 1
    z_g101_p6 prec_g110_g101_t7 -1 prec_g110_g101_t9 -1
    z_g101_p6 o_v13_c9_r28 1 o_v13_c11_r28 1
    z_g101_p6 o_v14_c9_r28 1 o_v14_c11_r28 1
    z_g101_p6 o_v44_c9_r1 1 o_v44_c11_r1 1
    z_g101_p6 dy_v44_L2_r0 -1 o_v117_c7_r0 -1
    z_g101_p6 o_v117_c9_r0 -1 o_v117_c9_r1 -1
    z_g101_p6 o_v117_c11_r0 -1
    x_g102_p6 cum_g102_p6 -1 assign_g102 1
    x_g102_p6 ffn_L1 1
    x_g102_p10 assign_g102 1 ffn_L2 1
    z_g102_p6 cum_g102_p6 1 prec_g102_g29_t6 1
    z_g102_p6 prec_g110_g102_t7 -1 prec_g110_g102_t9 -1
    z_g102_p6 o_v0_c9_r42 1 o_v0_c11_r42 1
    z_g102_p6 o_v14_c9_r29 1 o_v14_c11_r29 1
    z_g102_p6 o_v15_c9_r28 1 o_v15_c11_r28 1
    z_g102_p6 o_v45_c9_r1 1 o_v45_c11_r1 1
    z_g102_p6 dy_v45_L2_r0 -1 o_v118_c7_r0 -1
    z_g102_p6 o_v118_c9_r0 -1 o_v118_c9_r1 -1
    z_g102_p6 o_v118_c11_r0 -1
    x_g103_p6 cum_g103_p6 -1 assign_g103 1
    x_g103_p6 ffn_L1 1
    x_g103_p10 assign_g103 1 ffn_L2 1
    z_g103_p6 cum_g103_p6 1 prec_g103_g30_t6 1
    z_g103_p6 prec_g110_g103_t7 -1 prec_g110_g103_t9 -1
    z_g103_p6 o_v0_c9_r43 1 o_v0_c11_r43 1
    z_g103_p6 o_v15_c9_r29 1 o_v15_c11_r29 1
    z_g103_p6 o_v16_c9_r28 1 o_v16_c11_r28 1
    z_g103_p6 o_v46_c9_r1 1 o_v46_c11_r1 1
    z_g103_p6 dy_v46_L2_r0 -1 o_v119_c7_r0 -1
    z_g103_p6 o_v119_c9_r0 -1 o_v119_c9_r1 -1
    z_g103_p6 o_v119_c11_r0 -1
    x_g104_p6 cum_g104_p6 -1 assign_g104 1
    x_g104_p6 ffn_L1 1
    x_g104_p10 assign_g104 1 ffn_L2 1
    z_g104_p6 cum_g104_p6 1 prec_g104_g31_t6 1
    z_g104_p6 prec_g110_g104_t7 -1 prec_g110_g104_t9 -1
    z_g104_p6 o_v16_c9_r29 1 o_v16_c11_r29 1
    z_g104_p6 o_v47_c9_r1 1 o_v47_c11_r1 1
    z_g104_p6 dy_v47_L2_r0 -1 o_v120_c7_r0 -1
    z_g104_p6 o_v120_c9_r0 -1 o_v120_c9_r1 -1
    z_g104_p6 o_v120_c11_r0 -1
    x_g105_p6 cum_g105_p6 -1 assign_g105 1
    x_g105_p6 ffn_L1 1
    x_g105_p10 assign_g105 1 ffn_L2 1
    z_g105_p6 cum_g105_p6 1 prec_g105_g32_t6 1
    z_g105_p6 prec_g110_g105_t7 -1 prec_g110_g105_t9 -1
    z_g105_p6 o_v0_c9_r44 1 o_v0_c11_r44 1
    z_g105_p6 o_v13_c9_r29 1 o_v13_c11_r29 1
    z_g105_p6 o_v14_c9_r30 1 o_v14_c11_r30 1
    z_g105_p6 o_v48_c9_r1 1 o_v48_c11_r1 1
    z_g105_p6 dy_v48_L2_r0 -1 o_v121_c7_r0 -1
    z_g105_p6 o_v121_c9_r0 -1 o_v121_c9_r1 -1
    z_g105_p6 o_v121_c11_r0 -1
    x_g106_p6 cum_g106_p6 -1 assign_g106 1
    x_g106_p6 ffn_L1 1
    x_g106_p10 assign_g106 1 ffn_L2 1
    z_g106_p6 cum_g106_p6 1 prec_g106_g33_t6 1
    z_g106_p6 prec_g110_g106_t7 -1 prec_g110_g106_t9 -1
    z_g106_p6 o_v0_c9_r45 1 o_v0_c11_r45 1
    z_g106_p6 o_v14_c9_r31 1 o_v14_c11_r31 1
    z_g106_p6 o_v15_c9_r30 1 o_v15_c11_r30 1
    z_g106_p6 o_v49_c9_r1 1 o_v49_c11_r1 1
    z_g106_p6 dy_v49_L2_r0 -1 o_v122_c7_r0 -1
    z_g106_p6 o_v122_c9_r0 -1 o_v122_c9_r1 -1
    z_g106_p6 o_v122_c11_r0 -1
    x_g107_p6 cum_g107_p6 -1 assign_g107 1
    x_g107_p6 ffn_L1 1
    x_g107_p10 assign_g107 1 ffn_L2 1
    z_g107_p6 cum_g107_p6 1 prec_g107_g34_t6 1
    z_g107_p6 prec_g110_g107_t7 -1 prec_g110_g107_t9 -1
    z_g107_p6 o_v15_c9_r31 1 o_v15_c11_r31 1
    z_g107_p6 o_v16_c9_r30 1 o_v16_c11_r30 1
    z_g107_p6 o_v50_c9_r1 1 o_v50_c11_r1 1
    z_g107_p6 dy_v50_L2_r0 -1 o_v123_c7_r0 -1
    z_g107_p6 o_v123_c9_r0 -1 o_v123_c9_r1 -1
    z_g107_p6 o_v123_c11_r0 -1
    x_g108_p6 cum_g108_p6 -1 assign_g108 1
    x_g108_p6 ffn_L1 1
    x_g108_p10 assign_g108 1 ffn_L2 1
    z_g108_p6 cum_g108_p6 1 prec_g108_g35_t6 1
    z_g108_p6 prec_g110_g108_t7 -1 prec_g110_g108_t9 -1
    z_g108_p6 o_v0_c9_r46 1 o_v0_c11_r46 1
    z_g108_p6 o_v13_c9_r30 1 o_v13_c11_r30 1
    z_g108_p6 o_v16_c9_r31 1 o_v16_c11_r31 1
    z_g108_p6 o_v51_c9_r1 1 o_v51_c11_r1 1
    z_g108_p6 dy_v51_L2_r0 -1 o_v124_c7_r0 -1
    z_g108_p6 o_v124_c9_r0 -1 o_v124_c9_r1 -1
    z_g108_p6 o_v124_c11_r0 -1
    x_g109_p6 cum_g109_p6 -1 assign_g109 1
    x_g109_p6 ffn_L1 1
    x_g109_p10 assign_g109 1 ffn_L2 1
    z_g109_p6 cum_g109_p6 1 prec_g109_g36_t6 1
    z_g109_p6 prec_g110_g109_t7 -1 prec_g110_g109_t9 -1
    z_g109_p6 o_v0_c9_r47 1 o_v0_c11_r47 1
    z_g109_p6 o_v13_c9_r31 1 o_v13_c11_r31 1
    z_g109_p6 o_v52_c9_r1 1 o_v52_c11_r1 1
    z_g109_p6 dy_v52_L2_r0 -1 o_v125_c7_r0 -1
    z_g109_p6 o_v125_c9_r0 -1 o_v125_c9_r1 -1
    z_g109_p6 o_v125_c11_r0 -1
    x_g110_p7 cum_g110_p7 -1 assign_g110 1
    x_g110_p9 cum_g110_p9 -1 assign_g110 1
    x_g110_p9 heads_L2 72
    x_g110_p11 assign_g110 1
    z_g110_p7 cum_g110_p7 1 cum_g110_p9 -1
    z_g110_p7 prec_g110_g74_t7 1 prec_g110_g75_t7 1
    z_g110_p7 prec_g110_g76_t7 1 prec_g110_g77_t7 1
    z_g110_p7 prec_g110_g78_t7 1 prec_g110_g79_t7 1
    z_g110_p7 prec_g110_g80_t7 1 prec_g110_g81_t7 1
    z_g110_p7 prec_g110_g82_t7 1 prec_g110_g83_t7 1
    z_g110_p7 prec_g110_g84_t7 1 prec_g110_g85_t7 1
    z_g110_p7 prec_g110_g86_t7 1 prec_g110_g87_t7 1
    z_g110_p7 prec_g110_g88_t7 1 prec_g110_g89_t7 1
    z_g110_p7 prec_g110_g90_t7 1 prec_g110_g91_t7 1
    z_g110_p7 prec_g110_g92_t7 1 prec_g110_g93_t7 1
    z_g110_p7 prec_g110_g94_t7 1 prec_g110_g95_t7 1
    z_g110_p7 prec_g110_g96_t7 1 prec_g110_g97_t7 1
    z_g110_p7 prec_g110_g98_t7 1 prec_g110_g99_t7 1
    z_g110_p7 prec_g110_g100_t7 1 prec_g110_g101_t7 1
    z_g110_p7 prec_g110_g102_t7 1 prec_g110_g103_t7 1
    z_g110_p7 prec_g110_g104_t7 1 prec_g110_g105_t7 1
    z_g110_p7 prec_g110_g106_t7 1 prec_g110_g107_t7 1
    z_g110_p7 prec_g110_g108_t7 1 prec_g110_g109_t7 1
    z_g110_p7 o_v90_c7_r0 1 o_v90_c9_r0 1
    z_g110_p7 o_v91_c7_r0 1 o_v91_c9_r0 1
    z_g110_p7 o_v92_c7_r0 1 o_v92_c9_r0 1
    z_g110_p7 o_v93_c7_r0 1 o_v93_c9_r0 1
    z_g110_p7 o_v94_c7_r0 1 o_v94_c9_r0 1
    z_g110_p7 o_v95_c7_r0 1 o_v95_c9_r0 1
    z_g110_p7 o_v96_c7_r0 1 o_v96_c9_r0 1
    z_g110_p7 o_v97_c7_r0 1 o_v97_c9_r0 1
    z_g110_p7 o_v98_c7_r0 1 o_v98_c9_r0 1
    z_g110_p7 o_v99_c7_r0 1 o_v99_c9_r0 1
    z_g110_p7 o_v100_c7_r0 1 o_v100_c9_r0 1
    z_g110_p7 o_v101_c7_r0 1 o_v101_c9_r0 1
    z_g110_p7 o_v102_c7_r0 1 o_v102_c9_r0 1
    z_g110_p7 o_v103_c7_r0 1 o_v103_c9_r0 1
    z_g110_p7 o_v104_c7_r0 1 o_v104_c9_r0 1
    z_g110_p7 o_v105_c7_r0 1 o_v105_c9_r0 1
    z_g110_p7 o_v106_c7_r0 1 o_v106_c9_r0 1
    z_g110_p7 o_v107_c7_r0 1 o_v107_c9_r0 1
    z_g110_p7 o_v108_c7_r0 1 o_v108_c9_r0 1
    z_g110_p7 o_v109_c7_r0 1 o_v109_c9_r0 1
    z_g110_p7 o_v110_c7_r0 1 o_v110_c9_r0 1
    z_g110_p7 o_v111_c7_r0 1 o_v111_c9_r0 1
    z_g110_p7 o_v112_c7_r0 1 o_v112_c9_r0 1
    z_g110_p7 o_v113_c7_r0 1 o_v113_c9_r0 1
    z_g110_p7 o_v114_c7_r0 1 o_v114_c9_r0 1
    z_g110_p7 o_v115_c7_r0 1 o_v115_c9_r0 1
    z_g110_p7 o_v116_c7_r0 1 o_v116_c9_r0 1
    z_g110_p7 o_v117_c7_r0 1 o_v117_c9_r0 1
    z_g110_p7 o_v118_c7_r0 1 o_v118_c9_r0 1
    z_g110_p7 o_v119_c7_r0 1 o_v119_c9_r0 1
    z_g110_p7 o_v120_c7_r0 1 o_v120_c9_r0 1
    z_g110_p7 o_v121_c7_r0 1 o_v121_c9_r0 1
    z_g110_p7 o_v122_c7_r0 1 o_v122_c9_r0 1
    z_g110_p7 o_v123_c7_r0 1 o_v123_c9_r0 1
    z_g110_p7 o_v124_c7_r0 1 o_v124_c9_r0 1
    z_g110_p7 o_v125_c7_r0 1 o_v125_c9_r0 1
    z_g110_p7 occ_c7 1
    z_g110_p9 cum_g110_p9 1 prec_g110_g74_t9 1
    z_g110_p9 prec_g110_g75_t9 1 prec_g110_g76_t9 1
    z_g110_p9 prec_g110_g77_t9 1 prec_g110_g78_t9 1
    z_g110_p9 prec_g110_g79_t9 1 prec_g110_g80_t9 1
    z_g110_p9 prec_g110_g81_t9 1 prec_g110_g82_t9 1
    z_g110_p9 prec_g110_g83_t9 1 prec_g110_g84_t9 1
    z_g110_p9 prec_g110_g85_t9 1 prec_g110_g86_t9 1
    z_g110_p9 prec_g110_g87_t9 1 prec_g110_g88_t9 1
    z_g110_p9 prec_g110_g89_t9 1 prec_g110_g90_t9 1
    z_g110_p9 prec_g110_g91_t9 1 prec_g110_g92_t9 1
    z_g110_p9 prec_g110_g93_t9 1 prec_g110_g94_t9 1
    z_g110_p9 prec_g110_g95_t9 1 prec_g110_g96_t9 1
    z_g110_p9 prec_g110_g97_t9 1 prec_g110_g98_t9 1
    z_g110_p9 prec_g110_g99_t9 1 prec_g110_g100_t9 1
    z_g110_p9 prec_g110_g101_t9 1 prec_g110_g102_t9 1
    z_g110_p9 prec_g110_g103_t9 1 prec_g110_g104_t9 1
    z_g110_p9 prec_g110_g105_t9 1 prec_g110_g106_t9 1
    z_g110_p9 prec_g110_g107_t9 1 prec_g110_g108_t9 1
    z_g110_p9 prec_g110_g109_t9 1 o_v90_c9_r1 1
    z_g110_p9 o_v90_c11_r0 1 o_v91_c9_r1 1
    z_g110_p9 o_v91_c11_r0 1 o_v92_c9_r1 1
    z_g110_p9 o_v92_c11_r0 1 o_v93_c9_r1 1
    z_g110_p9 o_v93_c11_r0 1 o_v94_c9_r1 1
    z_g110_p9 o_v94_c11_r0 1 o_v95_c9_r1 1
    z_g110_p9 o_v95_c11_r0 1 o_v96_c9_r1 1
    z_g110_p9 o_v96_c11_r0 1 o_v97_c9_r1 1
    z_g110_p9 o_v97_c11_r0 1 o_v98_c9_r1 1
    z_g110_p9 o_v98_c11_r0 1 o_v99_c9_r1 1
    z_g110_p9 o_v99_c11_r0 1 o_v100_c9_r1 1
    z_g110_p9 o_v100_c11_r0 1 o_v101_c9_r1 1
    z_g110_p9 o_v101_c11_r0 1 o_v102_c9_r1 1
    z_g110_p9 o_v102_c11_r0 1 o_v103_c9_r1 1
    z_g110_p9 o_v103_c11_r0 1 o_v104_c9_r1 1
    z_g110_p9 o_v104_c11_r0 1 o_v105_c9_r1 1
    z_g110_p9 o_v105_c11_r0 1 o_v106_c9_r1 1
    z_g110_p9 o_v106_c11_r0 1 o_v107_c9_r1 1
    z_g110_p9 o_v107_c11_r0 1 o_v108_c9_r1 1
    z_g110_p9 o_v108_c11_r0 1 o_v109_c9_r1 1
    z_g110_p9 o_v109_c11_r0 1 o_v110_c9_r1 1
    z_g110_p9 o_v110_c11_r0 1 o_v111_c9_r1 1
    z_g110_p9 o_v111_c11_r0 1 o_v112_c9_r1 1
    z_g110_p9 o_v112_c11_r0 1 o_v113_c9_r1 1
    z_g110_p9 o_v113_c11_r0 1 o_v114_c9_r1 1
    z_g110_p9 o_v114_c11_r0 1 o_v115_c9_r1 1
    z_g110_p9 o_v115_c11_r0 1 o_v116_c9_r1 1
    z_g110_p9 o_v116_c11_r0 1 o_v117_c9_r1 1
    z_g110_p9 o_v117_c11_r0 1 o_v118_c9_r1 1
    z_g110_p9 o_v118_c11_r0 1 o_v119_c9_r1 1
    z_g110_p9 o_v119_c11_r0 1 o_v120_c9_r1 1
    z_g110_p9 o_v120_c11_r0 1 o_v121_c9_r1 1
    z_g110_p9 o_v121_c11_r0 1 o_v122_c9_r1 1
    z_g110_p9 o_v122_c11_r0 1 o_v123_c9_r1 1
    z_g110_p9 o_v123_c11_r0 1 o_v124_c9_r1 1
    z_g110_p9 o_v124_c11_r0 1 o_v125_c9_r1 1
    z_g110_p9 o_v125_c11_r0 1 occ_c9 1
    x_g111_p6 cum_g111_p6 -1 assign_g111 1
    x_g111_p6 ffn_L1 1
    x_g111_p10 assign_g111 1 ffn_L2 1
    z_g111_p6 cum_g111_p6 1 prec_g111_g1_t6 1
    z_g111_p6 prec_g147_g111_t7 -1 prec_g147_g111_t9 -1
    z_g111_p6 o_v15_c9_r32 1 o_v15_c11_r32 1
    z_g111_p6 o_v17_c9_r2 1 o_v17_c11_r2 1
    z_g111_p6 dy_v17_L2_r0 -1 o_v127_c7_r0 -1
    z_g111_p6 o_v127_c9_r0 -1 o_v127_c9_r1 -1
    z_g111_p6 o_v127_c11_r0 -1
    x_g112_p6 cum_g112_p6 -1 assign_g112 1
    x_g112_p6 ffn_L1 1
    x_g112_p10 assign_g112 1 ffn_L2 1
    z_g112_p6 cum_g112_p6 1 prec_g112_g2_t6 1
    z_g112_p6 prec_g147_g112_t7 -1 prec_g147_g112_t9 -1
    z_g112_p6 o_v0_c9_r48 1 o_v0_c11_r48 1
    z_g112_p6 o_v13_c9_r32 1 o_v13_c11_r32 1
    z_g112_p6 o_v16_c9_r32 1 o_v16_c11_r32 1
    z_g112_p6 o_v18_c9_r2 1 o_v18_c11_r2 1
    z_g112_p6 dy_v18_L2_r0 -1 o_v128_c7_r0 -1
    z_g112_p6 o_v128_c9_r0 -1 o_v128_c9_r1 -1
    z_g112_p6 o_v128_c11_r0 -1
    x_g113_p6 cum_g113_p6 -1 assign_g113 1
    x_g113_p6 ffn_L1 1
    x_g113_p10 assign_g113 1 ffn_L2 1
    z_g113_p6 cum_g113_p6 1 prec_g113_g3_t6 1
    z_g113_p6 prec_g147_g113_t7 -1 prec_g147_g113_t9 -1
    z_g113_p6 o_v0_c9_r49 1 o_v0_c11_r49 1
    z_g113_p6 o_v13_c9_r33 1 o_v13_c11_r33 1
    z_g113_p6 o_v14_c9_r32 1 o_v14_c11_r32 1
    z_g113_p6 o_v19_c9_r2 1 o_v19_c11_r2 1
    z_g113_p6 dy_v19_L2_r0 -1 o_v129_c7_r0 -1
    z_g113_p6 o_v129_c9_r0 -1 o_v129_c9_r1 -1
    z_g113_p6 o_v129_c11_r0 -1
    x_g114_p6 cum_g114_p6 -1 assign_g114 1
    x_g114_p6 ffn_L1 1
    x_g114_p10 assign_g114 1 ffn_L2 1
    z_g114_p6 cum_g114_p6 1 prec_g114_g4_t6 1
    z_g114_p6 prec_g147_g114_t7 -1 prec_g147_g114_t9 -1
    z_g114_p6 o_v14_c9_r33 1 o_v14_c11_r33 1
    z_g114_p6 o_v15_c9_r33 1 o_v15_c11_r33 1
    z_g114_p6 o_v20_c9_r2 1 o_v20_c11_r2 1
    z_g114_p6 dy_v20_L2_r0 -1 o_v130_c7_r0 -1
    z_g114_p6 o_v130_c9_r0 -1 o_v130_c9_r1 -1
    z_g114_p6 o_v130_c11_r0 -1
    x_g115_p6 cum_g115_p6 -1 assign_g115 1
    x_g115_p6 ffn_L1 1
    x_g115_p10 assign_g115 1 ffn_L2 1
    z_g115_p6 cum_g115_p6 1 prec_g115_g5_t6 1
    z_g115_p6 prec_g147_g115_t7 -1 prec_g147_g115_t9 -1
    z_g115_p6 o_v0_c9_r50 1 o_v0_c11_r50 1
    z_g115_p6 o_v15_c9_r34 1 o_v15_c11_r34 1
    z_g115_p6 o_v16_c9_r33 1 o_v16_c11_r33 1
    z_g115_p6 o_v21_c9_r2 1 o_v21_c11_r2 1
    z_g115_p6 dy_v21_L2_r0 -1 o_v131_c7_r0 -1
    z_g115_p6 o_v131_c9_r0 -1 o_v131_c9_r1 -1
    z_g115_p6 o_v131_c11_r0 -1
    x_g116_p6 cum_g116_p6 -1 assign_g116 1
    x_g116_p6 ffn_L1 1
    x_g116_p10 assign_g116 1 ffn_L2 1
    z_g116_p6 cum_g116_p6 1 prec_g116_g6_t6 1
    z_g116_p6 prec_g147_g116_t7 -1 prec_g147_g116_t9 -1
    z_g116_p6 o_v0_c9_r51 1 o_v0_c11_r51 1
    z_g116_p6 o_v16_c9_r34 1 o_v16_c11_r34 1
    z_g116_p6 o_v22_c9_r2 1 o_v22_c11_r2 1
    z_g116_p6 dy_v22_L2_r0 -1 o_v132_c7_r0 -1
    z_g116_p6 o_v132_c9_r0 -1 o_v132_c9_r1 -1
    z_g116_p6 o_v132_c11_r0 -1
    x_g117_p6 cum_g117_p6 -1 assign_g117 1
    x_g117_p6 ffn_L1 1
    x_g117_p10 assign_g117 1 ffn_L2 1
    z_g117_p6 cum_g117_p6 1 prec_g117_g7_t6 1
    z_g117_p6 prec_g147_g117_t7 -1 prec_g147_g117_t9 -1
    z_g117_p6 o_v13_c9_r34 1 o_v13_c11_r34 1
    z_g117_p6 o_v14_c9_r34 1 o_v14_c11_r34 1
    z_g117_p6 o_v23_c9_r2 1 o_v23_c11_r2 1
    z_g117_p6 dy_v23_L2_r0 -1 o_v133_c7_r0 -1
    z_g117_p6 o_v133_c9_r0 -1 o_v133_c9_r1 -1
    z_g117_p6 o_v133_c11_r0 -1
    x_g118_p6 cum_g118_p6 -1 assign_g118 1
    x_g118_p6 ffn_L1 1
    x_g118_p10 assign_g118 1 ffn_L2 1
    z_g118_p6 cum_g118_p6 1 prec_g118_g8_t6 1
    z_g118_p6 prec_g147_g118_t7 -1 prec_g147_g118_t9 -1
    z_g118_p6 o_v0_c9_r52 1 o_v0_c11_r52 1
    z_g118_p6 o_v14_c9_r35 1 o_v14_c11_r35 1
    z_g118_p6 o_v15_c9_r35 1 o_v15_c11_r35 1
    z_g118_p6 o_v24_c9_r2 1 o_v24_c11_r2 1
    z_g118_p6 dy_v24_L2_r0 -1 o_v134_c7_r0 -1
    z_g118_p6 o_v134_c9_r0 -1 o_v134_c9_r1 -1
    z_g118_p6 o_v134_c11_r0 -1
    x_g119_p6 cum_g119_p6 -1 assign_g119 1
    x_g119_p6 ffn_L1 1
    x_g119_p10 assign_g119 1 ffn_L2 1
    z_g119_p6 cum_g119_p6 1 prec_g119_g9_t6 1
    z_g119_p6 prec_g147_g119_t7 -1 prec_g147_g119_t9 -1
    z_g119_p6 o_v0_c9_r53 1 o_v0_c11_r53 1
    z_g119_p6 o_v15_c9_r36 1 o_v15_c11_r36 1
    z_g119_p6 o_v16_c9_r35 1 o_v16_c11_r35 1
    z_g119_p6 o_v25_c9_r2 1 o_v25_c11_r2 1
    z_g119_p6 dy_v25_L2_r0 -1 o_v135_c7_r0 -1
    z_g119_p6 o_v135_c9_r0 -1 o_v135_c9_r1 -1
    z_g119_p6 o_v135_c11_r0 -1
    x_g120_p6 cum_g120_p6 -1 assign_g120 1
    x_g120_p6 ffn_L1 1
    x_g120_p10 assign_g120 1 ffn_L2 1
    z_g120_p6 cum_g120_p6 1 prec_g120_g10_t6 1
    z_g120_p6 prec_g147_g120_t7 -1 prec_g147_g120_t9 -1
    z_g120_p6 o_v13_c9_r35 1 o_v13_c11_r35 1
    z_g120_p6 o_v16_c9_r36 1 o_v16_c11_r36 1
    z_g120_p6 o_v26_c9_r2 1 o_v26_c11_r2 1
    z_g120_p6 dy_v26_L2_r0 -1 o_v136_c7_r0 -1
    z_g120_p6 o_v136_c9_r0 -1 o_v136_c9_r1 -1
    z_g120_p6 o_v136_c11_r0 -1
    x_g121_p6 cum_g121_p6 -1 assign_g121 1
    x_g121_p6 ffn_L1 1
    x_g121_p10 assign_g121 1 ffn_L2 1
    z_g121_p6 cum_g121_p6 1 prec_g121_g11_t6 1
    z_g121_p6 prec_g147_g121_t7 -1 prec_g147_g121_t9 -1
    z_g121_p6 o_v0_c9_r54 1 o_v0_c11_r54 1
    z_g121_p6 o_v13_c9_r36 1 o_v13_c11_r36 1
    z_g121_p6 o_v27_c9_r2 1 o_v27_c11_r2 1
    z_g121_p6 dy_v27_L2_r0 -1 o_v137_c7_r0 -1
    z_g121_p6 o_v137_c9_r0 -1 o_v137_c9_r1 -1
    z_g121_p6 o_v137_c11_r0 -1
    x_g122_p6 cum_g122_p6 -1 assign_g122 1
    x_g122_p6 ffn_L1 1
    x_g122_p10 assign_g122 1 ffn_L2 1
    z_g122_p6 cum_g122_p6 1 prec_g122_g12_t6 1
    z_g122_p6 prec_g147_g122_t7 -1 prec_g147_g122_t9 -1
    z_g122_p6 o_v0_c9_r55 1 o_v0_c11_r55 1
    z_g122_p6 o_v14_c9_r36 1 o_v14_c11_r36 1
    z_g122_p6 o_v15_c9_r37 1 o_v15_c11_r37 1
    z_g122_p6 o_v28_c9_r2 1 o_v28_c11_r2 1
    z_g122_p6 dy_v28_L2_r0 -1 o_v138_c7_r0 -1
    z_g122_p6 o_v138_c9_r0 -1 o_v138_c9_r1 -1
    z_g122_p6 o_v138_c11_r0 -1
    x_g123_p6 cum_g123_p6 -1 assign_g123 1
    x_g123_p6 ffn_L1 1
    x_g123_p10 assign_g123 1 ffn_L2 1
    z_g123_p6 cum_g123_p6 1 prec_g123_g13_t6 1
    z_g123_p6 prec_g147_g123_t7 -1 prec_g147_g123_t9 -1
    z_g123_p6 o_v15_c9_r38 1 o_v15_c11_r38 1
    z_g123_p6 o_v16_c9_r37 1 o_v16_c11_r37 1
    z_g123_p6 o_v29_c9_r2 1 o_v29_c11_r2 1
    z_g123_p6 dy_v29_L2_r0 -1 o_v139_c7_r0 -1
    z_g123_p6 o_v139_c9_r0 -1 o_v139_c9_r1 -1
    z_g123_p6 o_v139_c11_r0 -1
    x_g124_p6 cum_g124_p6 -1 assign_g124 1
    x_g124_p6 ffn_L1 1
    x_g124_p10 assign_g124 1 ffn_L2 1
    z_g124_p6 cum_g124_p6 1 prec_g124_g14_t6 1
    z_g124_p6 prec_g147_g124_t7 -1 prec_g147_g124_t9 -1
    z_g124_p6 o_v0_c9_r56 1 o_v0_c11_r56 1
    z_g124_p6 o_v13_c9_r37 1 o_v13_c11_r37 1
    z_g124_p6 o_v16_c9_r38 1 o_v16_c11_r38 1
    z_g124_p6 o_v30_c9_r2 1 o_v30_c11_r2 1
    z_g124_p6 dy_v30_L2_r0 -1 o_v140_c7_r0 -1
    z_g124_p6 o_v140_c9_r0 -1 o_v140_c9_r1 -1
    z_g124_p6 o_v140_c11_r0 -1
    x_g125_p6 cum_g125_p6 -1 assign_g125 1
    x_g125_p6 ffn_L1 1
    x_g125_p10 assign_g125 1 ffn_L2 1
    z_g125_p6 cum_g125_p6 1 prec_g125_g15_t6 1
    z_g125_p6 prec_g147_g125_t7 -1 prec_g147_g125_t9 -1
    z_g125_p6 o_v0_c9_r57 1 o_v0_c11_r57 1
    z_g125_p6 o_v13_c9_r38 1 o_v13_c11_r38 1
    z_g125_p6 o_v14_c9_r37 1 o_v14_c11_r37 1
    z_g125_p6 o_v31_c9_r2 1 o_v31_c11_r2 1
    z_g125_p6 dy_v31_L2_r0 -1 o_v141_c7_r0 -1
    z_g125_p6 o_v141_c9_r0 -1 o_v141_c9_r1 -1
    z_g125_p6 o_v141_c11_r0 -1
    x_g126_p6 cum_g126_p6 -1 assign_g126 1
    x_g126_p6 ffn_L1 1
    x_g126_p10 assign_g126 1 ffn_L2 1
    z_g126_p6 cum_g126_p6 1 prec_g126_g16_t6 1
    z_g126_p6 prec_g147_g126_t7 -1 prec_g147_g126_t9 -1
    z_g126_p6 o_v14_c9_r38 1 o_v14_c11_r38 1
    z_g126_p6 o_v32_c9_r2 1 o_v32_c11_r2 1
    z_g126_p6 dy_v32_L2_r0 -1 o_v142_c7_r0 -1
    z_g126_p6 o_v142_c9_r0 -1 o_v142_c9_r1 -1
    z_g126_p6 o_v142_c11_r0 -1
    x_g127_p6 cum_g127_p6 -1 assign_g127 1
    x_g127_p6 ffn_L1 1
    x_g127_p10 assign_g127 1 ffn_L2 1
    z_g127_p6 cum_g127_p6 1 prec_g127_g17_t6 1
    z_g127_p6 prec_g147_g127_t7 -1 prec_g147_g127_t9 -1
    z_g127_p6 o_v0_c9_r58 1 o_v0_c11_r58 1
    z_g127_p6 o_v15_c9_r39 1 o_v15_c11_r39 1
    z_g127_p6 o_v16_c9_r39 1 o_v16_c11_r39 1
    z_g127_p6 o_v33_c9_r2 1 o_v33_c11_r2 1
    z_g127_p6 dy_v33_L2_r0 -1 o_v143_c7_r0 -1
    z_g127_p6 o_v143_c9_r0 -1 o_v143_c9_r1 -1
    z_g127_p6 o_v143_c11_r0 -1
    x_g128_p6 cum_g128_p6 -1 assign_g128 1
    x_g128_p6 ffn_L1 1
    x_g128_p10 assign_g128 1 ffn_L2 1
    z_g128_p6 cum_g128_p6 1 prec_g128_g18_t6 1
    z_g128_p6 prec_g147_g128_t7 -1 prec_g147_g128_t9 -1
    z_g128_p6 o_v0_c9_r59 1 o_v0_c11_r59 1
    z_g128_p6 o_v13_c9_r39 1 o_v13_c11_r39 1
    z_g128_p6 o_v16_c9_r40 1 o_v16_c11_r40 1
    z_g128_p6 o_v34_c9_r2 1 o_v34_c11_r2 1
    z_g128_p6 dy_v34_L2_r0 -1 o_v144_c7_r0 -1
    z_g128_p6 o_v144_c9_r0 -1 o_v144_c9_r1 -1
    z_g128_p6 o_v144_c11_r0 -1
    x_g129_p6 cum_g129_p6 -1 assign_g129 1
    x_g129_p6 ffn_L1 1
    x_g129_p10 assign_g129 1 ffn_L2 1
    z_g129_p6 cum_g129_p6 1 prec_g129_g19_t6 1
    z_g129_p6 prec_g147_g129_t7 -1 prec_g147_g129_t9 -1
    z_g129_p6 o_v13_c9_r40 1 o_v13_c11_r40 1
    z_g129_p6 o_v14_c9_r39 1 o_v14_c11_r39 1
    z_g129_p6 o_v35_c9_r2 1 o_v35_c11_r2 1
    z_g129_p6 dy_v35_L2_r0 -1 o_v145_c7_r0 -1
    z_g129_p6 o_v145_c9_r0 -1 o_v145_c9_r1 -1
    z_g129_p6 o_v145_c11_r0 -1
    x_g130_p6 cum_g130_p6 -1 assign_g130 1
    x_g130_p6 ffn_L1 1
    x_g130_p10 assign_g130 1 ffn_L2 1
    z_g130_p6 cum_g130_p6 1 prec_g130_g20_t6 1
    z_g130_p6 prec_g147_g130_t7 -1 prec_g147_g130_t9 -1
    z_g130_p6 o_v0_c9_r60 1 o_v0_c11_r60 1
    z_g130_p6 o_v14_c9_r40 1 o_v14_c11_r40 1
    z_g130_p6 o_v15_c9_r40 1 o_v15_c11_r40 1
    z_g130_p6 o_v36_c9_r2 1 o_v36_c11_r2 1
    z_g130_p6 dy_v36_L2_r0 -1 o_v146_c7_r0 -1
    z_g130_p6 o_v146_c9_r0 -1 o_v146_c9_r1 -1
    z_g130_p6 o_v146_c11_r0 -1
    x_g131_p6 cum_g131_p6 -1 assign_g131 1
    x_g131_p6 ffn_L1 1
    x_g131_p10 assign_g131 1 ffn_L2 1
    z_g131_p6 cum_g131_p6 1 prec_g131_g21_t6 1
    z_g131_p6 prec_g147_g131_t7 -1 prec_g147_g131_t9 -1
    z_g131_p6 o_v0_c9_r61 1 o_v0_c11_r61 1
    z_g131_p6 o_v15_c9_r41 1 o_v15_c11_r41 1
    z_g131_p6 o_v37_c9_r2 1 o_v37_c11_r2 1
    z_g131_p6 dy_v37_L2_r0 -1 o_v147_c7_r0 -1
    z_g131_p6 o_v147_c9_r0 -1 o_v147_c9_r1 -1
    z_g131_p6 o_v147_c11_r0 -1
    x_g132_p6 cum_g132_p6 -1 assign_g132 1
    x_g132_p6 ffn_L1 1
    x_g132_p10 assign_g132 1 ffn_L2 1
    z_g132_p6 cum_g132_p6 1 prec_g132_g22_t6 1
    z_g132_p6 prec_g147_g132_t7 -1 prec_g147_g132_t9 -1
    z_g132_p6 o_v13_c9_r41 1 o_v13_c11_r41 1
    z_g132_p6 o_v16_c9_r41 1 o_v16_c11_r41 1
    z_g132_p6 o_v38_c9_r2 1 o_v38_c11_r2 1
    z_g132_p6 dy_v38_L2_r0 -1 o_v148_c7_r0 -1
    z_g132_p6 o_v148_c9_r0 -1 o_v148_c9_r1 -1
    z_g132_p6 o_v148_c11_r0 -1
    x_g133_p6 cum_g133_p6 -1 assign_g133 1
    x_g133_p6 ffn_L1 1
    x_g133_p10 assign_g133 1 ffn_L2 1
    z_g133_p6 cum_g133_p6 1 prec_g133_g23_t6 1
    z_g133_p6 prec_g147_g133_t7 -1 prec_g147_g133_t9 -1
    z_g133_p6 o_v0_c9_r62 1 o_v0_c11_r62 1
    z_g133_p6 o_v13_c9_r42 1 o_v13_c11_r42 1
    z_g133_p6 o_v14_c9_r41 1 o_v14_c11_r41 1
    z_g133_p6 o_v39_c9_r2 1 o_v39_c11_r2 1
    z_g133_p6 dy_v39_L2_r0 -1 o_v149_c7_r0 -1
    z_g133_p6 o_v149_c9_r0 -1 o_v149_c9_r1 -1
    z_g133_p6 o_v149_c11_r0 -1
    x_g134_p6 cum_g134_p6 -1 assign_g134 1
    x_g134_p6 ffn_L1 1
    x_g134_p10 assign_g134 1 ffn_L2 1
    z_g134_p6 cum_g134_p6 1 prec_g134_g24_t6 1
    z_g134_p6 prec_g147_g134_t7 -1 prec_g147_g134_t9 -1
    z_g134_p6 o_v0_c9_r63 1 o_v0_c11_r63 1
    z_g134_p6 o_v14_c9_r42 1 o_v14_c11_r42 1
    z_g134_p6 o_v15_c9_r42 1 o_v15_c11_r42 1
    z_g134_p6 o_v40_c9_r2 1 o_v40_c11_r2 1
    z_g134_p6 dy_v40_L2_r0 -1 o_v150_c7_r0 -1
    z_g134_p6 o_v150_c9_r0 -1 o_v150_c9_r1 -1
    z_g134_p6 o_v150_c11_r0 -1
    x_g135_p6 cum_g135_p6 -1 assign_g135 1
    x_g135_p6 ffn_L1 1
    x_g135_p10 assign_g135 1 ffn_L2 1
    z_g135_p6 cum_g135_p6 1 prec_g135_g25_t6 1
    z_g135_p6 prec_g147_g135_t7 -1 prec_g147_g135_t9 -1
    z_g135_p6 o_v15_c9_r43 1 o_v15_c11_r43 1
    z_g135_p6 o_v16_c9_r42 1 o_v16_c11_r42 1
    z_g135_p6 o_v41_c9_r2 1 o_v41_c11_r2 1
    z_g135_p6 dy_v41_L2_r0 -1 o_v151_c7_r0 -1
    z_g135_p6 o_v151_c9_r0 -1 o_v151_c9_r1 -1
    z_g135_p6 o_v151_c11_r0 -1
    x_g136_p6 cum_g136_p6 -1 assign_g136 1
    x_g136_p6 ffn_L1 1
    x_g136_p10 assign_g136 1 ffn_L2 1
    z_g136_p6 cum_g136_p6 1 prec_g136_g26_t6 1
    z_g136_p6 prec_g147_g136_t7 -1 prec_g147_g136_t9 -1
    z_g136_p6 o_v0_c9_r64 1 o_v0_c11_r64 1
    z_g136_p6 o_v16_c9_r43 1 o_v16_c11_r43 1
    z_g136_p6 o_v42_c9_r2 1 o_v42_c11_r2 1
    z_g136_p6 dy_v42_L2_r0 -1 o_v152_c7_r0 -1
    z_g136_p6 o_v152_c9_r0 -1 o_v152_c9_r1 -1
    z_g136_p6 o_v152_c11_r0 -1
    x_g137_p6 cum_g137_p6 -1 assign_g137 1
    x_g137_p6 ffn_L1 1
    x_g137_p10 assign_g137 1 ffn_L2 1
    z_g137_p6 cum_g137_p6 1 prec_g137_g27_t6 1
    z_g137_p6 prec_g147_g137_t7 -1 prec_g147_g137_t9 -1
    z_g137_p6 o_v0_c9_r65 1 o_v0_c11_r65 1
    z_g137_p6 o_v13_c9_r43 1 o_v13_c11_r43 1
    z_g137_p6 o_v14_c9_r43 1 o_v14_c11_r43 1
    z_g137_p6 o_v43_c9_r2 1 o_v43_c11_r2 1
    z_g137_p6 dy_v43_L2_r0 -1 o_v153_c7_r0 -1
    z_g137_p6 o_v153_c9_r0 -1 o_v153_c9_r1 -1
    z_g137_p6 o_v153_c11_r0 -1
    x_g138_p6 cum_g138_p6 -1 assign_g138 1
    x_g138_p6 ffn_L1 1
    x_g138_p10 assign_g138 1 ffn_L2 1
    z_g138_p6 cum_g138_p6 1 prec_g138_g28_t6 1
    z_g138_p6 prec_g147_g138_t7 -1 prec_g147_g138_t9 -1
    z_g138_p6 o_v14_c9_r44 1 o_v14_c11_r44 1
    z_g138_p6 o_v15_c9_r44 1 o_v15_c11_r44 1
    z_g138_p6 o_v44_c9_r2 1 o_v44_c11_r2 1
    z_g138_p6 dy_v44_L2_r0 -1 o_v154_c7_r0 -1
    z_g138_p6 o_v154_c9_r0 -1 o_v154_c9_r1 -1
    z_g138_p6 o_v154_c11_r0 -1
    x_g139_p6 cum_g139_p6 -1 assign_g139 1
    x_g139_p6 ffn_L1 1
    x_g139_p10 assign_g139 1 ffn_L2 1
    z_g139_p6 cum_g139_p6 1 prec_g139_g29_t6 1
    z_g139_p6 prec_g147_g139_t7 -1 prec_g147_g139_t9 -1
    z_g139_p6 o_v0_c9_r66 1 o_v0_c11_r66 1
    z_g139_p6 o_v15_c9_r45 1 o_v15_c11_r45 1
    z_g139_p6 o_v16_c9_r44 1 o_v16_c11_r44 1
    z_g139_p6 o_v45_c9_r2 1 o_v45_c11_r2 1
    z_g139_p6 dy_v45_L2_r0 -1 o_v155_c7_r0 -1
    z_g139_p6 o_v155_c9_r0 -1 o_v155_c9_r1 -1
    z_g139_p6 o_v155_c11_r0 -1
    x_g140_p6 cum_g140_p6 -1 assign_g140 1
    x_g140_p6 ffn_L1 1
    x_g140_p10 assign_g140 1 ffn_L2 1
    z_g140_p6 cum_g140_p6 1 prec_g140_g30_t6 1
    z_g140_p6 prec_g147_g140_t7 -1 prec_g147_g140_t9 -1
    z_g140_p6 o_v0_c9_r67 1 o_v0_c11_r67 1
    z_g140_p6 o_v13_c9_r44 1 o_v13_c11_r44 1
    z_g140_p6 o_v16_c9_r45 1 o_v16_c11_r45 1
    z_g140_p6 o_v46_c9_r2 1 o_v46_c11_r2 1
    z_g140_p6 dy_v46_L2_r0 -1 o_v156_c7_r0 -1
    z_g140_p6 o_v156_c9_r0 -1 o_v156_c9_r1 -1
    z_g140_p6 o_v156_c11_r0 -1
    x_g141_p6 cum_g141_p6 -1 assign_g141 1
    x_g141_p6 ffn_L1 1
    x_g141_p10 assign_g141 1 ffn_L2 1
    z_g141_p6 cum_g141_p6 1 prec_g141_g31_t6 1
    z_g141_p6 prec_g147_g141_t7 -1 prec_g147_g141_t9 -1
    z_g141_p6 o_v13_c9_r45 1 o_v13_c11_r45 1
    z_g141_p6 o_v47_c9_r2 1 o_v47_c11_r2 1
    z_g141_p6 dy_v47_L2_r0 -1 o_v157_c7_r0 -1
    z_g141_p6 o_v157_c9_r0 -1 o_v157_c9_r1 -1
    z_g141_p6 o_v157_c11_r0 -1
    x_g142_p6 cum_g142_p6 -1 assign_g142 1
    x_g142_p6 ffn_L1 1
    x_g142_p10 assign_g142 1 ffn_L2 1
    z_g142_p6 cum_g142_p6 1 prec_g142_g32_t6 1
    z_g142_p6 prec_g147_g142_t7 -1 prec_g147_g142_t9 -1
    z_g142_p6 o_v0_c9_r68 1 o_v0_c11_r68 1
    z_g142_p6 o_v14_c9_r45 1 o_v14_c11_r45 1
    z_g142_p6 o_v15_c9_r46 1 o_v15_c11_r46 1
    z_g142_p6 o_v48_c9_r2 1 o_v48_c11_r2 1
    z_g142_p6 dy_v48_L2_r0 -1 o_v158_c7_r0 -1
    z_g142_p6 o_v158_c9_r0 -1 o_v158_c9_r1 -1
    z_g142_p6 o_v158_c11_r0 -1
    x_g143_p6 cum_g143_p6 -1 assign_g143 1
    x_g143_p6 ffn_L1 1
    x_g143_p10 assign_g143 1 ffn_L2 1
    z_g143_p6 cum_g143_p6 1 prec_g143_g33_t6 1
    z_g143_p6 prec_g147_g143_t7 -1 prec_g147_g143_t9 -1
    z_g143_p6 o_v0_c9_r69 1 o_v0_c11_r69 1
    z_g143_p6 o_v15_c9_r47 1 o_v15_c11_r47 1
    z_g143_p6 o_v16_c9_r46 1 o_v16_c11_r46 1
    z_g143_p6 o_v49_c9_r2 1 o_v49_c11_r2 1
    z_g143_p6 dy_v49_L2_r0 -1 o_v159_c7_r0 -1
    z_g143_p6 o_v159_c9_r0 -1 o_v159_c9_r1 -1
    z_g143_p6 o_v159_c11_r0 -1
    x_g144_p6 cum_g144_p6 -1 assign_g144 1
    x_g144_p6 ffn_L1 1
    x_g144_p10 assign_g144 1 ffn_L2 1
    z_g144_p6 cum_g144_p6 1 prec_g144_g34_t6 1
    z_g144_p6 prec_g147_g144_t7 -1 prec_g147_g144_t9 -1
    z_g144_p6 o_v13_c9_r46 1 o_v13_c11_r46 1
    z_g144_p6 o_v16_c9_r47 1 o_v16_c11_r47 1
    z_g144_p6 o_v50_c9_r2 1 o_v50_c11_r2 1
    z_g144_p6 dy_v50_L2_r0 -1 o_v160_c7_r0 -1
    z_g144_p6 o_v160_c9_r0 -1 o_v160_c9_r1 -1
    z_g144_p6 o_v160_c11_r0 -1
    x_g145_p6 cum_g145_p6 -1 assign_g145 1
    x_g145_p6 ffn_L1 1
    x_g145_p10 assign_g145 1 ffn_L2 1
    z_g145_p6 cum_g145_p6 1 prec_g145_g35_t6 1
    z_g145_p6 prec_g147_g145_t7 -1 prec_g147_g145_t9 -1
    z_g145_p6 o_v0_c9_r70 1 o_v0_c11_r70 1
    z_g145_p6 o_v13_c9_r47 1 o_v13_c11_r47 1
    z_g145_p6 o_v14_c9_r46 1 o_v14_c11_r46 1
    z_g145_p6 o_v51_c9_r2 1 o_v51_c11_r2 1
    z_g145_p6 dy_v51_L2_r0 -1 o_v161_c7_r0 -1
    z_g145_p6 o_v161_c9_r0 -1 o_v161_c9_r1 -1
    z_g145_p6 o_v161_c11_r0 -1
    x_g146_p6 cum_g146_p6 -1 assign_g146 1
    x_g146_p6 ffn_L1 1
    x_g146_p10 assign_g146 1 ffn_L2 1
    z_g146_p6 cum_g146_p6 1 prec_g146_g36_t6 1
    z_g146_p6 prec_g147_g146_t7 -1 prec_g147_g146_t9 -1
    z_g146_p6 o_v0_c9_r71 1 o_v0_c11_r71 1
    z_g146_p6 o_v14_c9_r47 1 o_v14_c11_r47 1
    z_g146_p6 o_v52_c9_r2 1 o_v52_c11_r2 1
    z_g146_p6 dy_v52_L2_r0 -1 o_v162_c7_r0 -1
    z_g146_p6 o_v162_c9_r0 -1 o_v162_c9_r1 -1
    z_g146_p6 o_v162_c11_r0 -1
    x_g147_p7 cum_g147_p7 -1 assign_g147 1
    x_g147_p9 cum_g147_p9 -1 assign_g147 1
    x_g147_p9 heads_L2 72
    x_g147_p11 assign_g147 1
    z_g147_p7 cum_g147_p7 1 cum_g147_p9 -1
    z_g147_p7 prec_g147_g111_t7 1 prec_g147_g112_t7 1
    z_g147_p7 prec_g147_g113_t7 1 prec_g147_g114_t7 1
    z_g147_p7 prec_g147_g115_t7 1 prec_g147_g116_t7 1
    z_g147_p7 prec_g147_g117_t7 1 prec_g147_g118_t7 1
    z_g147_p7 prec_g147_g119_t7 1 prec_g147_g120_t7 1
    z_g147_p7 prec_g147_g121_t7 1 prec_g147_g122_t7 1
    z_g147_p7 prec_g147_g123_t7 1 prec_g147_g124_t7 1
    z_g147_p7 prec_g147_g125_t7 1 prec_g147_g126_t7 1
    z_g147_p7 prec_g147_g127_t7 1 prec_g147_g128_t7 1
    z_g147_p7 prec_g147_g129_t7 1 prec_g147_g130_t7 1
    z_g147_p7 prec_g147_g131_t7 1 prec_g147_g132_t7 1
    z_g147_p7 prec_g147_g133_t7 1 prec_g147_g134_t7 1
    z_g147_p7 prec_g147_g135_t7 1 prec_g147_g136_t7 1
    z_g147_p7 prec_g147_g137_t7 1 prec_g147_g138_t7 1
    z_g147_p7 prec_g147_g139_t7 1 prec_g147_g140_t7 1
    z_g147_p7 prec_g147_g141_t7 1 prec_g147_g142_t7 1
    z_g147_p7 prec_g147_g143_t7 1 prec_g147_g144_t7 1
    z_g147_p7 prec_g147_g145_t7 1 prec_g147_g146_t7 1
    z_g147_p7 o_v127_c7_r0 1 o_v127_c9_r0 1
    z_g147_p7 o_v128_c7_r0 1 o_v128_c9_r0 1
    z_g147_p7 o_v129_c7_r0 1 o_v129_c9_r0 1
    z_g147_p7 o_v130_c7_r0 1 o_v130_c9_r0 1
    z_g147_p7 o_v131_c7_r0 1 o_v131_c9_r0 1
    z_g147_p7 o_v132_c7_r0 1 o_v132_c9_r0 1
    z_g147_p7 o_v133_c7_r0 1 o_v133_c9_r0 1
    z_g147_p7 o_v134_c7_r0 1 o_v134_c9_r0 1
    z_g147_p7 o_v135_c7_r0 1 o_v135_c9_r0 1
    z_g147_p7 o_v136_c7_r0 1 o_v136_c9_r0 1
    z_g147_p7 o_v137_c7_r0 1 o_v137_c9_r0 1
    z_g147_p7 o_v138_c7_r0 1 o_v138_c9_r0 1
    z_g147_p7 o_v139_c7_r0 1 o_v139_c9_r0 1
    z_g147_p7 o_v140_c7_r0 1 o_v140_c9_r0 1
    z_g147_p7 o_v141_c7_r0 1 o_v141_c9_r0 1
    z_g147_p7 o_v142_c7_r0 1 o_v142_c9_r0 1
    z_g147_p7 o_v143_c7_r0 1 o_v143_c9_r0 1
    z_g147_p7 o_v144_c7_r0 1 o_v144_c9_r0 1
    z_g147_p7 o_v145_c7_r0 1 o_v145_c9_r0 1
    z_g147_p7 o_v146_c7_r0 1 o_v146_c9_r0 1
    z_g147_p7 o_v147_c7_r0 1 o_v147_c9_r0 1
    z_g147_p7 o_v148_c7_r0 1 o_v148_c9_r0 1
    z_g147_p7 o_v149_c7_r0 1 o_v149_c9_r0 1
    z_g147_p7 o_v150_c7_r0 1 o_v150_c9_r0 1
    z_g147_p7 o_v151_c7_r0 1 o_v151_c9_r0 1
    z_g147_p7 o_v152_c7_r0 1 o_v152_c9_r0 1
    z_g147_p7 o_v153_c7_r0 1 o_v153_c9_r0 1
    z_g147_p7 o_v154_c7_r0 1 o_v154_c9_r0 1
    z_g147_p7 o_v155_c7_r0 1 o_v155_c9_r0 1
    z_g147_p7 o_v156_c7_r0 1 o_v156_c9_r0 1
    z_g147_p7 o_v157_c7_r0 1 o_v157_c9_r0 1
    z_g147_p7 o_v158_c7_r0 1 o_v158_c9_r0 1
    z_g147_p7 o_v159_c7_r0 1 o_v159_c9_r0 1
    z_g147_p7 o_v160_c7_r0 1 o_v160_c9_r0 1
    z_g147_p7 o_v161_c7_r0 1 o_v161_c9_r0 1
    z_g147_p7 o_v162_c7_r0 1 o_v162_c9_r0 1
    z_g147_p7 occ_c7 1
    z_g147_p9 cum_g147_p9 1 prec_g147_g111_t9 1
    z_g147_p9 prec_g147_g112_t9 1 prec_g147_g113_t9 1
    z_g147_p9 prec_g147_g114_t9 1 prec_g147_g115_t9 1
    z_g147_p9 prec_g147_g116_t9 1 prec_g147_g117_t9 1
    z_g147_p9 prec_g147_g118_t9 1 prec_g147_g119_t9 1
    z_g147_p9 prec_g147_g120_t9 1 prec_g147_g121_t9 1
    z_g147_p9 prec_g147_g122_t9 1 prec_g147_g123_t9 1
    z_g147_p9 prec_g147_g124_t9 1 prec_g147_g125_t9 1
    z_g147_p9 prec_g147_g126_t9 1 prec_g147_g127_t9 1
    z_g147_p9 prec_g147_g128_t9 1 prec_g147_g129_t9 1
    z_g147_p9 prec_g147_g130_t9 1 prec_g147_g131_t9 1
    z_g147_p9 prec_g147_g132_t9 1 prec_g147_g133_t9 1
    z_g147_p9 prec_g147_g134_t9 1 prec_g147_g135_t9 1
    z_g147_p9 prec_g147_g136_t9 1 prec_g147_g137_t9 1
    z_g147_p9 prec_g147_g138_t9 1 prec_g147_g139_t9 1
    z_g147_p9 prec_g147_g140_t9 1 prec_g147_g141_t9 1
    z_g147_p9 prec_g147_g142_t9 1 prec_g147_g143_t9 1
    z_g147_p9 prec_g147_g144_t9 1 prec_g147_g145_t9 1
    z_g147_p9 prec_g147_g146_t9 1 o_v127_c9_r1 1
    z_g147_p9 o_v127_c11_r0 1 o_v128_c9_r1 1
    z_g147_p9 o_v128_c11_r0 1 o_v129_c9_r1 1
    z_g147_p9 o_v129_c11_r0 1 o_v130_c9_r1 1
    z_g147_p9 o_v130_c11_r0 1 o_v131_c9_r1 1
    z_g147_p9 o_v131_c11_r0 1 o_v132_c9_r1 1
    z_g147_p9 o_v132_c11_r0 1 o_v133_c9_r1 1
    z_g147_p9 o_v133_c11_r0 1 o_v134_c9_r1 1
    z_g147_p9 o_v134_c11_r0 1 o_v135_c9_r1 1
    z_g147_p9 o_v135_c11_r0 1 o_v136_c9_r1 1
    z_g147_p9 o_v136_c11_r0 1 o_v137_c9_r1 1
    z_g147_p9 o_v137_c11_r0 1 o_v138_c9_r1 1
    z_g147_p9 o_v138_c11_r0 1 o_v139_c9_r1 1
    z_g147_p9 o_v139_c11_r0 1 o_v140_c9_r1 1
    z_g147_p9 o_v140_c11_r0 1 o_v141_c9_r1 1
    z_g147_p9 o_v141_c11_r0 1 o_v142_c9_r1 1
    z_g147_p9 o_v142_c11_r0 1 o_v143_c9_r1 1
    z_g147_p9 o_v143_c11_r0 1 o_v144_c9_r1 1
    z_g147_p9 o_v144_c11_r0 1 o_v145_c9_r1 1
    z_g147_p9 o_v145_c11_r0 1 o_v146_c9_r1 1
    z_g147_p9 o_v146_c11_r0 1 o_v147_c9_r1 1
    z_g147_p9 o_v147_c11_r0 1 o_v148_c9_r1 1
    z_g147_p9 o_v148_c11_r0 1 o_v149_c9_r1 1
    z_g147_p9 o_v149_c11_r0 1 o_v150_c9_r1 1
    z_g147_p9 o_v150_c11_r0 1 o_v151_c9_r1 1
    z_g147_p9 o_v151_c11_r0 1 o_v152_c9_r1 1
    z_g147_p9 o_v152_c11_r0 1 o_v153_c9_r1 1
    z_g147_p9 o_v153_c11_r0 1 o_v154_c9_r1 1
    z_g147_p9 o_v154_c11_r0 1 o_v155_c9_r1 1
    z_g147_p9 o_v155_c11_r0 1 o_v156_c9_r1 1
    z_g147_p9 o_v156_c11_r0 1 o_v157_c9_r1 1
    z_g147_p9 o_v157_c11_r0 1 o_v158_c9_r1 1
    z_g147_p9 o_v158_c11_r0 1 o_v159_c9_r1 1
    z_g147_p9 o_v159_c11_r0 1 o_v160_c9_r1 1
    z_g147_p9 o_v160_c11_r0 1 o_v161_c9_r1 1
    z_g147_p9 o_v161_c11_r0 1 o_v162_c9_r1 1
    z_g147_p9 o_v162_c11_r0 1 occ_c9 1
    x_g148_p6 cum_g148_p6 -1 assign_g148 1
    x_g148_p6 ffn_L1 1
    x_g148_p10 assign_g148 1 ffn_L2 1
    z_g148_p6 cum_g148_p6 1 prec_g148_g1_t6 1
    z_g148_p6 prec_g184_g148_t7 -1 prec_g184_g148_t9 -1
    z_g148_p6 o_v16_c9_r48 1 o_v16_c11_r48 1
    z_g148_p6 o_v17_c9_r3 1 o_v17_c11_r3 1
    z_g148_p6 dy_v17_L2_r0 -1 o_v164_c7_r0 -1
    z_g148_p6 o_v164_c9_r0 -1 o_v164_c9_r1 -1
    z_g148_p6 o_v164_c11_r0 -1
    x_g149_p6 cum_g149_p6 -1 assign_g149 1
    x_g149_p6 ffn_L1 1
    x_g149_p10 assign_g149 1 ffn_L2 1
    z_g149_p6 cum_g149_p6 1 prec_g149_g2_t6 1
    z_g149_p6 prec_g184_g149_t7 -1 prec_g184_g149_t9 -1
    z_g149_p6 o_v0_c9_r72 1 o_v0_c11_r72 1
    z_g149_p6 o_v13_c9_r48 1 o_v13_c11_r48 1
    z_g149_p6 o_v14_c9_r48 1 o_v14_c11_r48 1
    z_g149_p6 o_v18_c9_r3 1 o_v18_c11_r3 1
    z_g149_p6 dy_v18_L2_r0 -1 o_v165_c7_r0 -1
    z_g149_p6 o_v165_c9_r0 -1 o_v165_c9_r1 -1
    z_g149_p6 o_v165_c11_r0 -1
    x_g150_p6 cum_g150_p6 -1 assign_g150 1
    x_g150_p6 ffn_L1 1
    x_g150_p10 assign_g150 1 ffn_L2 1
    z_g150_p6 cum_g150_p6 1 prec_g150_g3_t6 1
    z_g150_p6 prec_g184_g150_t7 -1 prec_g184_g150_t9 -1
    z_g150_p6 o_v0_c9_r73 1 o_v0_c11_r73 1
    z_g150_p6 o_v14_c9_r49 1 o_v14_c11_r49 1
    z_g150_p6 o_v15_c9_r48 1 o_v15_c11_r48 1
    z_g150_p6 o_v19_c9_r3 1 o_v19_c11_r3 1
    z_g150_p6 dy_v19_L2_r0 -1 o_v166_c7_r0 -1
    z_g150_p6 o_v166_c9_r0 -1 o_v166_c9_r1 -1
    z_g150_p6 o_v166_c11_r0 -1
    x_g151_p6 cum_g151_p6 -1 assign_g151 1
    x_g151_p6 ffn_L1 1
    x_g151_p10 assign_g151 1 ffn_L2 1
    z_g151_p6 cum_g151_p6 1 prec_g151_g4_t6 1
    z_g151_p6 prec_g184_g151_t7 -1 prec_g184_g151_t9 -1
    z_g151_p6 o_v15_c9_r49 1 o_v15_c11_r49 1
    z_g151_p6 o_v16_c9_r49 1 o_v16_c11_r49 1
    z_g151_p6 o_v20_c9_r3 1 o_v20_c11_r3 1
    z_g151_p6 dy_v20_L2_r0 -1 o_v167_c7_r0 -1
    z_g151_p6 o_v167_c9_r0 -1 o_v167_c9_r1 -1
    z_g151_p6 o_v167_c11_r0 -1
    x_g152_p6 cum_g152_p6 -1 assign_g152 1
    x_g152_p6 ffn_L1 1
    x_g152_p10 assign_g152 1 ffn_L2 1
    z_g152_p6 cum_g152_p6 1 prec_g152_g5_t6 1
    z_g152_p6 prec_g184_g152_t7 -1 prec_g184_g152_t9 -1
    z_g152_p6 o_v0_c9_r74 1 o_v0_c11_r74 1
    z_g152_p6 o_v13_c9_r49 1 o_v13_c11_r49 1
    z_g152_p6 o_v16_c9_r50 1 o_v16_c11_r50 1
    z_g152_p6 o_v21_c9_r3 1 o_v21_c11_r3 1
    z_g152_p6 dy_v21_L2_r0 -1 o_v168_c7_r0 -1
    z_g152_p6 o_v168_c9_r0 -1 o_v168_c9_r1 -1
    z_g152_p6 o_v168_c11_r0 -1
    x_g153_p6 cum_g153_p6 -1 assign_g153 1
    x_g153_p6 ffn_L1 1
    x_g153_p10 assign_g153 1 ffn_L2 1
    z_g153_p6 cum_g153_p6 1 prec_g153_g6_t6 1
    z_g153_p6 prec_g184_g153_t7 -1 prec_g184_g153_t9 -1
    z_g153_p6 o_v0_c9_r75 1 o_v0_c11_r75 1
    z_g153_p6 o_v13_c9_r50 1 o_v13_c11_r50 1
    z_g153_p6 o_v22_c9_r3 1 o_v22_c11_r3 1
    z_g153_p6 dy_v22_L2_r0 -1 o_v169_c7_r0 -1
    z_g153_p6 o_v169_c9_r0 -1 o_v169_c9_r1 -1
    z_g153_p6 o_v169_c11_r0 -1
    x_g154_p6 cum_g154_p6 -1 assign_g154 1
    x_g154_p6 ffn_L1 1
    x_g154_p10 assign_g154 1 ffn_L2 1
    z_g154_p6 cum_g154_p6 1 prec_g154_g7_t6 1
    z_g154_p6 prec_g184_g154_t7 -1 prec_g184_g154_t9 -1
    z_g154_p6 o_v14_c9_r50 1 o_v14_c11_r50 1
    z_g154_p6 o_v15_c9_r50 1 o_v15_c11_r50 1
    z_g154_p6 o_v23_c9_r3 1 o_v23_c11_r3 1
    z_g154_p6 dy_v23_L2_r0 -1 o_v170_c7_r0 -1
    z_g154_p6 o_v170_c9_r0 -1 o_v170_c9_r1 -1
    z_g154_p6 o_v170_c11_r0 -1
    x_g155_p6 cum_g155_p6 -1 assign_g155 1
    x_g155_p6 ffn_L1 1
    x_g155_p10 assign_g155 1 ffn_L2 1
    z_g155_p6 cum_g155_p6 1 prec_g155_g8_t6 1
    z_g155_p6 prec_g184_g155_t7 -1 prec_g184_g155_t9 -1
    z_g155_p6 o_v0_c9_r76 1 o_v0_c11_r76 1
    z_g155_p6 o_v15_c9_r51 1 o_v15_c11_r51 1
    z_g155_p6 o_v16_c9_r51 1 o_v16_c11_r51 1
    z_g155_p6 o_v24_c9_r3 1 o_v24_c11_r3 1
    z_g155_p6 dy_v24_L2_r0 -1 o_v171_c7_r0 -1
    z_g155_p6 o_v171_c9_r0 -1 o_v171_c9_r1 -1
    z_g155_p6 o_v171_c11_r0 -1
    x_g156_p6 cum_g156_p6 -1 assign_g156 1
    x_g156_p6 ffn_L1 1
    x_g156_p10 assign_g156 1 ffn_L2 1
    z_g156_p6 cum_g156_p6 1 prec_g156_g9_t6 1
    z_g156_p6 prec_g184_g156_t7 -1 prec_g184_g156_t9 -1
    z_g156_p6 o_v0_c9_r77 1 o_v0_c11_r77 1
    z_g156_p6 o_v13_c9_r51 1 o_v13_c11_r51 1
    z_g156_p6 o_v16_c9_r52 1 o_v16_c11_r52 1
    z_g156_p6 o_v25_c9_r3 1 o_v25_c11_r3 1
    z_g156_p6 dy_v25_L2_r0 -1 o_v172_c7_r0 -1
    z_g156_p6 o_v172_c9_r0 -1 o_v172_c9_r1 -1
    z_g156_p6 o_v172_c11_r0 -1
    x_g157_p6 cum_g157_p6 -1 assign_g157 1
    x_g157_p6 ffn_L1 1
    x_g157_p10 assign_g157 1 ffn_L2 1
    z_g157_p6 cum_g157_p6 1 prec_g157_g10_t6 1
    z_g157_p6 prec_g184_g157_t7 -1 prec_g184_g157_t9 -1
    z_g157_p6 o_v13_c9_r52 1 o_v13_c11_r52 1
    z_g157_p6 o_v14_c9_r51 1 o_v14_c11_r51 1
    z_g157_p6 o_v26_c9_r3 1 o_v26_c11_r3 1
    z_g157_p6 dy_v26_L2_r0 -1 o_v173_c7_r0 -1
    z_g157_p6 o_v173_c9_r0 -1 o_v173_c9_r1 -1
    z_g157_p6 o_v173_c11_r0 -1
    x_g158_p6 cum_g158_p6 -1 assign_g158 1
    x_g158_p6 ffn_L1 1
    x_g158_p10 assign_g158 1 ffn_L2 1
    z_g158_p6 cum_g158_p6 1 prec_g158_g11_t6 1
    z_g158_p6 prec_g184_g158_t7 -1 prec_g184_g158_t9 -1
    z_g158_p6 o_v0_c9_r78 1 o_v0_c11_r78 1
    z_g158_p6 o_v14_c9_r52 1 o_v14_c11_r52 1
    z_g158_p6 o_v27_c9_r3 1 o_v27_c11_r3 1
    z_g158_p6 dy_v27_L2_r0 -1 o_v174_c7_r0 -1
    z_g158_p6 o_v174_c9_r0 -1 o_v174_c9_r1 -1
    z_g158_p6 o_v174_c11_r0 -1
    x_g159_p6 cum_g159_p6 -1 assign_g159 1
    x_g159_p6 ffn_L1 1
    x_g159_p10 assign_g159 1 ffn_L2 1
    z_g159_p6 cum_g159_p6 1 prec_g159_g12_t6 1
    z_g159_p6 prec_g184_g159_t7 -1 prec_g184_g159_t9 -1
    z_g159_p6 o_v0_c9_r79 1 o_v0_c11_r79 1
    z_g159_p6 o_v15_c9_r52 1 o_v15_c11_r52 1
    z_g159_p6 o_v16_c9_r53 1 o_v16_c11_r53 1
    z_g159_p6 o_v28_c9_r3 1 o_v28_c11_r3 1
    z_g159_p6 dy_v28_L2_r0 -1 o_v175_c7_r0 -1
    z_g159_p6 o_v175_c9_r0 -1 o_v175_c9_r1 -1
    z_g159_p6 o_v175_c11_r0 -1
    x_g160_p6 cum_g160_p6 -1 assign_g160 1
    x_g160_p6 ffn_L1 1
    x_g160_p10 assign_g160 1 ffn_L2 1
    z_g160_p6 cum_g160_p6 1 prec_g160_g13_t6 1
    z_g160_p6 prec_g184_g160_t7 -1 prec_g184_g160_t9 -1
    z_g160_p6 o_v13_c9_r53 1 o_v13_c11_r53 1
    z_g160_p6 o_v16_c9_r54 1 o_v16_c11_r54 1
    z_g160_p6 o_v29_c9_r3 1 o_v29_c11_r3 1
    z_g160_p6 dy_v29_L2_r0 -1 o_v176_c7_r0 -1
    z_g160_p6 o_v176_c9_r0 -1 o_v176_c9_r1 -1
    z_g160_p6 o_v176_c11_r0 -1
    x_g161_p6 cum_g161_p6 -1 assign_g161 1
    x_g161_p6 ffn_L1 1
    x_g161_p10 assign_g161 1 ffn_L2 1
    z_g161_p6 cum_g161_p6 1 prec_g161_g14_t6 1
    z_g161_p6 prec_g184_g161_t7 -1 prec_g184_g161_t9 -1
    z_g161_p6 o_v0_c9_r80 1 o_v0_c11_r80 1
    z_g161_p6 o_v13_c9_r54 1 o_v13_c11_r54 1
    z_g161_p6 o_v14_c9_r53 1 o_v14_c11_r53 1
    z_g161_p6 o_v30_c9_r3 1 o_v30_c11_r3 1
    z_g161_p6 dy_v30_L2_r0 -1 o_v177_c7_r0 -1
    z_g161_p6 o_v177_c9_r0 -1 o_v177_c9_r1 -1
    z_g161_p6 o_v177_c11_r0 -1
    x_g162_p6 cum_g162_p6 -1 assign_g162 1
    x_g162_p6 ffn_L1 1
    x_g162_p10 assign_g162 1 ffn_L2 1
    z_g162_p6 cum_g162_p6 1 prec_g162_g15_t6 1
    z_g162_p6 prec_g184_g162_t7 -1 prec_g184_g162_t9 -1
    z_g162_p6 o_v0_c9_r81 1 o_v0_c11_r81 1
    z_g162_p6 o_v14_c9_r54 1 o_v14_c11_r54 1
    z_g162_p6 o_v15_c9_r53 1 o_v15_c11_r53 1
    z_g162_p6 o_v31_c9_r3 1 o_v31_c11_r3 1
    z_g162_p6 dy_v31_L2_r0 -1 o_v178_c7_r0 -1
    z_g162_p6 o_v178_c9_r0 -1 o_v178_c9_r1 -1
    z_g162_p6 o_v178_c11_r0 -1
    x_g163_p6 cum_g163_p6 -1 assign_g163 1
    x_g163_p6 ffn_L1 1
    x_g163_p10 assign_g163 1 ffn_L2 1
    z_g163_p6 cum_g163_p6 1 prec_g163_g16_t6 1
    z_g163_p6 prec_g184_g163_t7 -1 prec_g184_g163_t9 -1
    z_g163_p6 o_v15_c9_r54 1 o_v15_c11_r54 1
    z_g163_p6 o_v32_c9_r3 1 o_v32_c11_r3 1
    z_g163_p6 dy_v32_L2_r0 -1 o_v179_c7_r0 -1
    z_g163_p6 o_v179_c9_r0 -1 o_v179_c9_r1 -1
    z_g163_p6 o_v179_c11_r0 -1
    x_g164_p6 cum_g164_p6 -1 assign_g164 1
    x_g164_p6 ffn_L1 1
    x_g164_p10 assign_g164 1 ffn_L2 1
    z_g164_p6 cum_g164_p6 1 prec_g164_g17_t6 1
    z_g164_p6 prec_g184_g164_t7 -1 prec_g184_g164_t9 -1
    z_g164_p6 o_v0_c9_r82 1 o_v0_c11_r82 1
    z_g164_p6 o_v13_c9_r55 1 o_v13_c11_r55 1
    z_g164_p6 o_v16_c9_r55 1 o_v16_c11_r55 1
    z_g164_p6 o_v33_c9_r3 1 o_v33_c11_r3 1
    z_g164_p6 dy_v33_L2_r0 -1 o_v180_c7_r0 -1
    z_g164_p6 o_v180_c9_r0 -1 o_v180_c9_r1 -1
    z_g164_p6 o_v180_c11_r0 -1
    x_g165_p6 cum_g165_p6 -1 assign_g165 1
    x_g165_p6 ffn_L1 1
    x_g165_p10 assign_g165 1 ffn_L2 1
    z_g165_p6 cum_g165_p6 1 prec_g165_g18_t6 1
    z_g165_p6 prec_g184_g165_t7 -1 prec_g184_g165_t9 -1
    z_g165_p6 o_v0_c9_r83 1 o_v0_c11_r83 1
    z_g165_p6 o_v13_c9_r56 1 o_v13_c11_r56 1
    z_g165_p6 o_v14_c9_r55 1 o_v14_c11_r55 1
    z_g165_p6 o_v34_c9_r3 1 o_v34_c11_r3 1
    z_g165_p6 dy_v34_L2_r0 -1 o_v181_c7_r0 -1
    z_g165_p6 o_v181_c9_r0 -1 o_v181_c9_r1 -1
    z_g165_p6 o_v181_c11_r0 -1
    x_g166_p6 cum_g166_p6 -1 assign_g166 1
    x_g166_p6 ffn_L1 1
    x_g166_p10 assign_g166 1 ffn_L2 1
    z_g166_p6 cum_g166_p6 1 prec_g166_g19_t6 1
    z_g166_p6 prec_g184_g166_t7 -1 prec_g184_g166_t9 -1
    z_g166_p6 o_v14_c9_r56 1 o_v14_c11_r56 1
    z_g166_p6 o_v15_c9_r55 1 o_v15_c11_r55 1
    z_g166_p6 o_v35_c9_r3 1 o_v35_c11_r3 1
    z_g166_p6 dy_v35_L2_r0 -1 o_v182_c7_r0 -1
    z_g166_p6 o_v182_c9_r0 -1 o_v182_c9_r1 -1
    z_g166_p6 o_v182_c11_r0 -1
    x_g167_p6 cum_g167_p6 -1 assign_g167 1
    x_g167_p6 ffn_L1 1
    x_g167_p10 assign_g167 1 ffn_L2 1
    z_g167_p6 cum_g167_p6 1 prec_g167_g20_t6 1
    z_g167_p6 prec_g184_g167_t7 -1 prec_g184_g167_t9 -1
    z_g167_p6 o_v0_c9_r84 1 o_v0_c11_r84 1
    z_g167_p6 o_v15_c9_r56 1 o_v15_c11_r56 1
    z_g167_p6 o_v16_c9_r56 1 o_v16_c11_r56 1
    z_g167_p6 o_v36_c9_r3 1 o_v36_c11_r3 1
    z_g167_p6 dy_v36_L2_r0 -1 o_v183_c7_r0 -1
    z_g167_p6 o_v183_c9_r0 -1 o_v183_c9_r1 -1
    z_g167_p6 o_v183_c11_r0 -1
    x_g168_p6 cum_g168_p6 -1 assign_g168 1
    x_g168_p6 ffn_L1 1
    x_g168_p10 assign_g168 1 ffn_L2 1
    z_g168_p6 cum_g168_p6 1 prec_g168_g21_t6 1
    z_g168_p6 prec_g184_g168_t7 -1 prec_g184_g168_t9 -1
    z_g168_p6 o_v0_c9_r85 1 o_v0_c11_r85 1
    z_g168_p6 o_v16_c9_r57 1 o_v16_c11_r57 1
    z_g168_p6 o_v37_c9_r3 1 o_v37_c11_r3 1
    z_g168_p6 dy_v37_L2_r0 -1 o_v184_c7_r0 -1
    z_g168_p6 o_v184_c9_r0 -1 o_v184_c9_r1 -1
    z_g168_p6 o_v184_c11_r0 -1
    x_g169_p6 cum_g169_p6 -1 assign_g169 1
    x_g169_p6 ffn_L1 1
    x_g169_p10 assign_g169 1 ffn_L2 1
    z_g169_p6 cum_g169_p6 1 prec_g169_g22_t6 1
    z_g169_p6 prec_g184_g169_t7 -1 prec_g184_g169_t9 -1
    z_g169_p6 o_v13_c9_r57 1 o_v13_c11_r57 1
    z_g169_p6 o_v14_c9_r57 1 o_v14_c11_r57 1
    z_g169_p6 o_v38_c9_r3 1 o_v38_c11_r3 1
    z_g169_p6 dy_v38_L2_r0 -1 o_v185_c7_r0 -1
    z_g169_p6 o_v185_c9_r0 -1 o_v185_c9_r1 -1
    z_g169_p6 o_v185_c11_r0 -1
    x_g170_p6 cum_g170_p6 -1 assign_g170 1
    x_g170_p6 ffn_L1 1
    x_g170_p10 assign_g170 1 ffn_L2 1
    z_g170_p6 cum_g170_p6 1 prec_g170_g23_t6 1
    z_g170_p6 prec_g184_g170_t7 -1 prec_g184_g170_t9 -1
    z_g170_p6 o_v0_c9_r86 1 o_v0_c11_r86 1
    z_g170_p6 o_v14_c9_r58 1 o_v14_c11_r58 1
    z_g170_p6 o_v15_c9_r57 1 o_v15_c11_r57 1
    z_g170_p6 o_v39_c9_r3 1 o_v39_c11_r3 1
    z_g170_p6 dy_v39_L2_r0 -1 o_v186_c7_r0 -1
    z_g170_p6 o_v186_c9_r0 -1 o_v186_c9_r1 -1
    z_g170_p6 o_v186_c11_r0 -1
    x_g171_p6 cum_g171_p6 -1 assign_g171 1
    x_g171_p6 ffn_L1 1
    x_g171_p10 assign_g171 1 ffn_L2 1
    z_g171_p6 cum_g171_p6 1 prec_g171_g24_t6 1
    z_g171_p6 prec_g184_g171_t7 -1 prec_g184_g171_t9 -1
    z_g171_p6 o_v0_c9_r87 1 o_v0_c11_r87 1
    z_g171_p6 o_v15_c9_r58 1 o_v15_c11_r58 1
    z_g171_p6 o_v16_c9_r58 1 o_v16_c11_r58 1
    z_g171_p6 o_v40_c9_r3 1 o_v40_c11_r3 1
    z_g171_p6 dy_v40_L2_r0 -1 o_v187_c7_r0 -1
    z_g171_p6 o_v187_c9_r0 -1 o_v187_c9_r1 -1
    z_g171_p6 o_v187_c11_r0 -1
    x_g172_p6 cum_g172_p6 -1 assign_g172 1
    x_g172_p6 ffn_L1 1
    x_g172_p10 assign_g172 1 ffn_L2 1
    z_g172_p6 cum_g172_p6 1 prec_g172_g25_t6 1
    z_g172_p6 prec_g184_g172_t7 -1 prec_g184_g172_t9 -1
    z_g172_p6 o_v13_c9_r58 1 o_v13_c11_r58 1
    z_g172_p6 o_v16_c9_r59 1 o_v16_c11_r59 1
    z_g172_p6 o_v41_c9_r3 1 o_v41_c11_r3 1
    z_g172_p6 dy_v41_L2_r0 -1 o_v188_c7_r0 -1
    z_g172_p6 o_v188_c9_r0 -1 o_v188_c9_r1 -1
    z_g172_p6 o_v188_c11_r0 -1
    x_g173_p6 cum_g173_p6 -1 assign_g173 1
    x_g173_p6 ffn_L1 1
    x_g173_p10 assign_g173 1 ffn_L2 1
    z_g173_p6 cum_g173_p6 1 prec_g173_g26_t6 1
    z_g173_p6 prec_g184_g173_t7 -1 prec_g184_g173_t9 -1
    z_g173_p6 o_v0_c9_r88 1 o_v0_c11_r88 1
    z_g173_p6 o_v13_c9_r59 1 o_v13_c11_r59 1
    z_g173_p6 o_v42_c9_r3 1 o_v42_c11_r3 1
    z_g173_p6 dy_v42_L2_r0 -1 o_v189_c7_r0 -1
    z_g173_p6 o_v189_c9_r0 -1 o_v189_c9_r1 -1
    z_g173_p6 o_v189_c11_r0 -1
    x_g174_p6 cum_g174_p6 -1 assign_g174 1
    x_g174_p6 ffn_L1 1
    x_g174_p10 assign_g174 1 ffn_L2 1
    z_g174_p6 cum_g174_p6 1 prec_g174_g27_t6 1
    z_g174_p6 prec_g184_g174_t7 -1 prec_g184_g174_t9 -1
    z_g174_p6 o_v0_c9_r89 1 o_v0_c11_r89 1
    z_g174_p6 o_v14_c9_r59 1 o_v14_c11_r59 1
    z_g174_p6 o_v15_c9_r59 1 o_v15_c11_r59 1
    z_g174_p6 o_v43_c9_r3 1 o_v43_c11_r3 1
    z_g174_p6 dy_v43_L2_r0 -1 o_v190_c7_r0 -1
    z_g174_p6 o_v190_c9_r0 -1 o_v190_c9_r1 -1
    z_g174_p6 o_v190_c11_r0 -1
    x_g175_p6 cum_g175_p6 -1 assign_g175 1
    x_g175_p6 ffn_L1 1
    x_g175_p10 assign_g175 1 ffn_L2 1
    z_g175_p6 cum_g175_p6 1 prec_g175_g28_t6 1
    z_g175_p6 prec_g184_g175_t7 -1 prec_g184_g175_t9 -1
    z_g175_p6 o_v15_c9_r60 1 o_v15_c11_r60 1
    z_g175_p6 o_v16_c9_r60 1 o_v16_c11_r60 1
    z_g175_p6 o_v44_c9_r3 1 o_v44_c11_r3 1
    z_g175_p6 dy_v44_L2_r0 -1 o_v191_c7_r0 -1
    z_g175_p6 o_v191_c9_r0 -1 o_v191_c9_r1 -1
    z_g175_p6 o_v191_c11_r0 -1
    x_g176_p6 cum_g176_p6 -1 assign_g176 1
    x_g176_p6 ffn_L1 1
    x_g176_p10 assign_g176 1 ffn_L2 1
    z_g176_p6 cum_g176_p6 1 prec_g176_g29_t6 1
    z_g176_p6 prec_g184_g176_t7 -1 prec_g184_g176_t9 -1
    z_g176_p6 o_v0_c9_r90 1 o_v0_c11_r90 1
    z_g176_p6 o_v13_c9_r60 1 o_v13_c11_r60 1
    z_g176_p6 o_v16_c9_r61 1 o_v16_c11_r61 1
    z_g176_p6 o_v45_c9_r3 1 o_v45_c11_r3 1
    z_g176_p6 dy_v45_L2_r0 -1 o_v192_c7_r0 -1
    z_g176_p6 o_v192_c9_r0 -1 o_v192_c9_r1 -1
    z_g176_p6 o_v192_c11_r0 -1
    x_g177_p6 cum_g177_p6 -1 assign_g177 1
    x_g177_p6 ffn_L1 1
    x_g177_p10 assign_g177 1 ffn_L2 1
    z_g177_p6 cum_g177_p6 1 prec_g177_g30_t6 1
    z_g177_p6 prec_g184_g177_t7 -1 prec_g184_g177_t9 -1
    z_g177_p6 o_v0_c9_r91 1 o_v0_c11_r91 1
    z_g177_p6 o_v13_c9_r61 1 o_v13_c11_r61 1
    z_g177_p6 o_v14_c9_r60 1 o_v14_c11_r60 1
    z_g177_p6 o_v46_c9_r3 1 o_v46_c11_r3 1
    z_g177_p6 dy_v46_L2_r0 -1 o_v193_c7_r0 -1
    z_g177_p6 o_v193_c9_r0 -1 o_v193_c9_r1 -1
    z_g177_p6 o_v193_c11_r0 -1
    x_g178_p6 cum_g178_p6 -1 assign_g178 1
    x_g178_p6 ffn_L1 1
    x_g178_p10 assign_g178 1 ffn_L2 1
    z_g178_p6 cum_g178_p6 1 prec_g178_g31_t6 1
    z_g178_p6 prec_g184_g178_t7 -1 prec_g184_g178_t9 -1
    z_g178_p6 o_v14_c9_r61 1 o_v14_c11_r61 1
    z_g178_p6 o_v47_c9_r3 1 o_v47_c11_r3 1
    z_g178_p6 dy_v47_L2_r0 -1 o_v194_c7_r0 -1
    z_g178_p6 o_v194_c9_r0 -1 o_v194_c9_r1 -1
    z_g178_p6 o_v194_c11_r0 -1
    x_g179_p6 cum_g179_p6 -1 assign_g179 1
    x_g179_p6 ffn_L1 1
    x_g179_p10 assign_g179 1 ffn_L2 1
    z_g179_p6 cum_g179_p6 1 prec_g179_g32_t6 1
    z_g179_p6 prec_g184_g179_t7 -1 prec_g184_g179_t9 -1
    z_g179_p6 o_v0_c9_r92 1 o_v0_c11_r92 1
    z_g179_p6 o_v15_c9_r61 1 o_v15_c11_r61 1
    z_g179_p6 o_v16_c9_r62 1 o_v16_c11_r62 1
    z_g179_p6 o_v48_c9_r3 1 o_v48_c11_r3 1
    z_g179_p6 dy_v48_L2_r0 -1 o_v195_c7_r0 -1
    z_g179_p6 o_v195_c9_r0 -1 o_v195_c9_r1 -1
    z_g179_p6 o_v195_c11_r0 -1
    x_g180_p6 cum_g180_p6 -1 assign_g180 1
    x_g180_p6 ffn_L1 1
    x_g180_p10 assign_g180 1 ffn_L2 1
    z_g180_p6 cum_g180_p6 1 prec_g180_g33_t6 1
    z_g180_p6 prec_g184_g180_t7 -1 prec_g184_g180_t9 -1
    z_g180_p6 o_v0_c9_r93 1 o_v0_c11_r93 1
    z_g180_p6 o_v13_c9_r62 1 o_v13_c11_r62 1
    z_g180_p6 o_v16_c9_r63 1 o_v16_c11_r63 1
    z_g180_p6 o_v49_c9_r3 1 o_v49_c11_r3 1
    z_g180_p6 dy_v49_L2_r0 -1 o_v196_c7_r0 -1
    z_g180_p6 o_v196_c9_r0 -1 o_v196_c9_r1 -1
    z_g180_p6 o_v196_c11_r0 -1
    x_g181_p6 cum_g181_p6 -1 assign_g181 1
    x_g181_p6 ffn_L1 1
    x_g181_p10 assign_g181 1 ffn_L2 1
    z_g181_p6 cum_g181_p6 1 prec_g181_g34_t6 1
    z_g181_p6 prec_g184_g181_t7 -1 prec_g184_g181_t9 -1
    z_g181_p6 o_v13_c9_r63 1 o_v13_c11_r63 1
    z_g181_p6 o_v14_c9_r62 1 o_v14_c11_r62 1
    z_g181_p6 o_v50_c9_r3 1 o_v50_c11_r3 1
    z_g181_p6 dy_v50_L2_r0 -1 o_v197_c7_r0 -1
    z_g181_p6 o_v197_c9_r0 -1 o_v197_c9_r1 -1
    z_g181_p6 o_v197_c11_r0 -1
    x_g182_p6 cum_g182_p6 -1 assign_g182 1
    x_g182_p6 ffn_L1 1
    x_g182_p10 assign_g182 1 ffn_L2 1
    z_g182_p6 cum_g182_p6 1 prec_g182_g35_t6 1
    z_g182_p6 prec_g184_g182_t7 -1 prec_g184_g182_t9 -1
    z_g182_p6 o_v0_c9_r94 1 o_v0_c11_r94 1
    z_g182_p6 o_v14_c9_r63 1 o_v14_c11_r63 1
    z_g182_p6 o_v15_c9_r62 1 o_v15_c11_r62 1
    z_g182_p6 o_v51_c9_r3 1 o_v51_c11_r3 1
    z_g182_p6 dy_v51_L2_r0 -1 o_v198_c7_r0 -1
    z_g182_p6 o_v198_c9_r0 -1 o_v198_c9_r1 -1
    z_g182_p6 o_v198_c11_r0 -1
    x_g183_p6 cum_g183_p6 -1 assign_g183 1
    x_g183_p6 ffn_L1 1
    x_g183_p10 assign_g183 1 ffn_L2 1
    z_g183_p6 cum_g183_p6 1 prec_g183_g36_t6 1
    z_g183_p6 prec_g184_g183_t7 -1 prec_g184_g183_t9 -1
    z_g183_p6 o_v0_c9_r95 1 o_v0_c11_r95 1
    z_g183_p6 o_v15_c9_r63 1 o_v15_c11_r63 1
    z_g183_p6 o_v52_c9_r3 1 o_v52_c11_r3 1
    z_g183_p6 dy_v52_L2_r0 -1 o_v199_c7_r0 -1
    z_g183_p6 o_v199_c9_r0 -1 o_v199_c9_r1 -1
    z_g183_p6 o_v199_c11_r0 -1
    x_g184_p7 cum_g184_p7 -1 assign_g184 1
    x_g184_p9 cum_g184_p9 -1 assign_g184 1
    x_g184_p9 heads_L2 72
    x_g184_p11 assign_g184 1
    z_g184_p7 cum_g184_p7 1 cum_g184_p9 -1
    z_g184_p7 prec_g184_g148_t7 1 prec_g184_g149_t7 1
    z_g184_p7 prec_g184_g150_t7 1 prec_g184_g151_t7 1
    z_g184_p7 prec_g184_g152_t7 1 prec_g184_g153_t7 1
    z_g184_p7 prec_g184_g154_t7 1 prec_g184_g155_t7 1
    z_g184_p7 prec_g184_g156_t7 1 prec_g184_g157_t7 1
    z_g184_p7 prec_g184_g158_t7 1 prec_g184_g159_t7 1
    z_g184_p7 prec_g184_g160_t7 1 prec_g184_g161_t7 1
    z_g184_p7 prec_g184_g162_t7 1 prec_g184_g163_t7 1
    z_g184_p7 prec_g184_g164_t7 1 prec_g184_g165_t7 1
    z_g184_p7 prec_g184_g166_t7 1 prec_g184_g167_t7 1
    z_g184_p7 prec_g184_g168_t7 1 prec_g184_g169_t7 1
    z_g184_p7 prec_g184_g170_t7 1 prec_g184_g171_t7 1
    z_g184_p7 prec_g184_g172_t7 1 prec_g184_g173_t7 1
    z_g184_p7 prec_g184_g174_t7 1 prec_g184_g175_t7 1
    z_g184_p7 prec_g184_g176_t7 1 prec_g184_g177_t7 1
    z_g184_p7 prec_g184_g178_t7 1 prec_g184_g179_t7 1
    z_g184_p7 prec_g184_g180_t7 1 prec_g184_g181_t7 1
    z_g184_p7 prec_g184_g182_t7 1 prec_g184_g183_t7 1
    z_g184_p7 o_v164_c7_r0 1 o_v164_c9_r0 1
    z_g184_p7 o_v165_c7_r0 1 o_v165_c9_r0 1
    z_g184_p7 o_v166_c7_r0 1 o_v166_c9_r0 1
    z_g184_p7 o_v167_c7_r0 1 o_v167_c9_r0 1
    z_g184_p7 o_v168_c7_r0 1 o_v168_c9_r0 1
    z_g184_p7 o_v169_c7_r0 1 o_v169_c9_r0 1
    z_g184_p7 o_v170_c7_r0 1 o_v170_c9_r0 1
    z_g184_p7 o_v171_c7_r0 1 o_v171_c9_r0 1
    z_g184_p7 o_v172_c7_r0 1 o_v172_c9_r0 1
    z_g184_p7 o_v173_c7_r0 1 o_v173_c9_r0 1
    z_g184_p7 o_v174_c7_r0 1 o_v174_c9_r0 1
    z_g184_p7 o_v175_c7_r0 1 o_v175_c9_r0 1
    z_g184_p7 o_v176_c7_r0 1 o_v176_c9_r0 1
    z_g184_p7 o_v177_c7_r0 1 o_v177_c9_r0 1
    z_g184_p7 o_v178_c7_r0 1 o_v178_c9_r0 1
    z_g184_p7 o_v179_c7_r0 1 o_v179_c9_r0 1
    z_g184_p7 o_v180_c7_r0 1 o_v180_c9_r0 1
    z_g184_p7 o_v181_c7_r0 1 o_v181_c9_r0 1
    z_g184_p7 o_v182_c7_r0 1 o_v182_c9_r0 1
    z_g184_p7 o_v183_c7_r0 1 o_v183_c9_r0 1
    z_g184_p7 o_v184_c7_r0 1 o_v184_c9_r0 1
    z_g184_p7 o_v185_c7_r0 1 o_v185_c9_r0 1
    z_g184_p7 o_v186_c7_r0 1 o_v186_c9_r0 1
    z_g184_p7 o_v187_c7_r0 1 o_v187_c9_r0 1
    z_g184_p7 o_v188_c7_r0 1 o_v188_c9_r0 1
    z_g184_p7 o_v189_c7_r0 1 o_v189_c9_r0 1
    z_g184_p7 o_v190_c7_r0 1 o_v190_c9_r0 1
    z_g184_p7 o_v191_c7_r0 1 o_v191_c9_r0 1
    z_g184_p7 o_v192_c7_r0 1 o_v192_c9_r0 1
    z_g184_p7 o_v193_c7_r0 1 o_v193_c9_r0 1
    z_g184_p7 o_v194_c7_r0 1 o_v194_c9_r0 1
    z_g184_p7 o_v195_c7_r0 1 o_v195_c9_r0 1
    z_g184_p7 o_v196_c7_r0 1 o_v196_c9_r0 1
    z_g184_p7 o_v197_c7_r0 1 o_v197_c9_r0 1
    z_g184_p7 o_v198_c7_r0 1 o_v198_c9_r0 1
    z_g184_p7 o_v199_c7_r0 1 o_v199_c9_r0 1
    z_g184_p7 occ_c7 1
    z_g184_p9 cum_g184_p9 1 prec_g184_g148_t9 1
    z_g184_p9 prec_g184_g149_t9 1 prec_g184_g150_t9 1
    z_g184_p9 prec_g184_g151_t9 1 prec_g184_g152_t9 1
    z_g184_p9 prec_g184_g153_t9 1 prec_g184_g154_t9 1
    z_g184_p9 prec_g184_g155_t9 1 prec_g184_g156_t9 1
    z_g184_p9 prec_g184_g157_t9 1 prec_g184_g158_t9 1
    z_g184_p9 prec_g184_g159_t9 1 prec_g184_g160_t9 1
    z_g184_p9 prec_g184_g161_t9 1 prec_g184_g162_t9 1
    z_g184_p9 prec_g184_g163_t9 1 prec_g184_g164_t9 1
    z_g184_p9 prec_g184_g165_t9 1 prec_g184_g166_t9 1
    z_g184_p9 prec_g184_g167_t9 1 prec_g184_g168_t9 1
    z_g184_p9 prec_g184_g169_t9 1 prec_g184_g170_t9 1
    z_g184_p9 prec_g184_g171_t9 1 prec_g184_g172_t9 1
    z_g184_p9 prec_g184_g173_t9 1 prec_g184_g174_t9 1
    z_g184_p9 prec_g184_g175_t9 1 prec_g184_g176_t9 1
    z_g184_p9 prec_g184_g177_t9 1 prec_g184_g178_t9 1
    z_g184_p9 prec_g184_g179_t9 1 prec_g184_g180_t9 1
    z_g184_p9 prec_g184_g181_t9 1 prec_g184_g182_t9 1
    z_g184_p9 prec_g184_g183_t9 1 o_v164_c9_r1 1
    z_g184_p9 o_v164_c11_r0 1 o_v165_c9_r1 1
    z_g184_p9 o_v165_c11_r0 1 o_v166_c9_r1 1
    z_g184_p9 o_v166_c11_r0 1 o_v167_c9_r1 1
    z_g184_p9 o_v167_c11_r0 1 o_v168_c9_r1 1
    z_g184_p9 o_v168_c11_r0 1 o_v169_c9_r1 1
    z_g184_p9 o_v169_c11_r0 1 o_v170_c9_r1 1
    z_g184_p9 o_v170_c11_r0 1 o_v171_c9_r1 1
    z_g184_p9 o_v171_c11_r0 1 o_v172_c9_r1 1
    z_g184_p9 o_v172_c11_r0 1 o_v173_c9_r1 1
    z_g184_p9 o_v173_c11_r0 1 o_v174_c9_r1 1
    z_g184_p9 o_v174_c11_r0 1 o_v175_c9_r1 1
    z_g184_p9 o_v175_c11_r0 1 o_v176_c9_r1 1
    z_g184_p9 o_v176_c11_r0 1 o_v177_c9_r1 1
    z_g184_p9 o_v177_c11_r0 1 o_v178_c9_r1 1
    z_g184_p9 o_v178_c11_r0 1 o_v179_c9_r1 1
    z_g184_p9 o_v179_c11_r0 1 o_v180_c9_r1 1
    z_g184_p9 o_v180_c11_r0 1 o_v181_c9_r1 1
    z_g184_p9 o_v181_c11_r0 1 o_v182_c9_r1 1
    z_g184_p9 o_v182_c11_r0 1 o_v183_c9_r1 1
    z_g184_p9 o_v183_c11_r0 1 o_v184_c9_r1 1
    z_g184_p9 o_v184_c11_r0 1 o_v185_c9_r1 1
    z_g184_p9 o_v185_c11_r0 1 o_v186_c9_r1 1
    z_g184_p9 o_v186_c11_r0 1 o_v187_c9_r1 1
    z_g184_p9 o_v187_c11_r0 1 o_v188_c9_r1 1
    z_g184_p9 o_v188_c11_r0 1 o_v189_c9_r1 1
    z_g184_p9 o_v189_c11_r0 1 o_v190_c9_r1 1
    z_g184_p9 o_v190_c11_r0 1 o_v191_c9_r1 1
    z_g184_p9 o_v191_c11_r0 1 o_v192_c9_r1 1
    z_g184_p9 o_v192_c11_r0 1 o_v193_c9_r1 1
    z_g184_p9 o_v193_c11_r0 1 o_v194_c9_r1 1
    z_g184_p9 o_v194_c11_r0 1 o_v195_c9_r1 1
    z_g184_p9 o_v195_c11_r0 1 o_v196_c9_r1 1
    z_g184_p9 o_v196_c11_r0 1 o_v197_c9_r1 1
    z_g184_p9 o_v197_c11_r0 1 o_v198_c9_r1 1
    z_g184_p9 o_v198_c11_r0 1 o_v199_c9_r1 1
    z_g184_p9 o_v199_c11_r0 1 occ_c9 1
    x_g185_p2 cum_g185_p2 -1 assign_g185 1
    x_g185_p2 ffn_L0 1
    x_g185_p6 assign_g185 1 ffn_L1 1
    z_g185_p2 cum_g185_p2 1 prec_g185_g0_t2 1
    z_g185_p2 prec_g187_g185_t3 -1 prec_g187_g185_t5 -1
    z_g185_p2 o_v201_c3_r0 -1 o_v201_c5_r0 -1
    z_g185_p2 o_v201_c5_r1 -1 o_v201_c7_r0 -1
    x_g186_p2 cum_g186_p2 -1 assign_g186 1
    x_g186_p2 ffn_L0 1
    x_g186_p6 assign_g186 1 ffn_L1 1
    z_g186_p2 cum_g186_p2 1 prec_g186_g0_t2 1
    z_g186_p2 prec_g187_g186_t3 -1 prec_g187_g186_t5 -1
    z_g186_p2 o_v202_c3_r0 -1 o_v202_c5_r0 -1
    z_g186_p2 o_v202_c5_r1 -1 o_v202_c7_r0 -1
    x_g187_p3 cum_g187_p3 -1 assign_g187 1
    x_g187_p5 cum_g187_p5 -1 assign_g187 1
    x_g187_p5 heads_L1 4
    x_g187_p7 cum_g187_p7 -1 assign_g187 1
    x_g187_p9 assign_g187 1 heads_L2 4
    z_g187_p3 cum_g187_p3 1 cum_g187_p5 -1
    z_g187_p3 prec_g187_g185_t3 1 prec_g187_g186_t3 1
    z_g187_p3 prec_g281_g187_t5 -1 o_v201_c3_r0 1
    z_g187_p3 o_v201_c5_r0 1 o_v202_c3_r0 1
    z_g187_p3 o_v202_c5_r0 1 occ_c3 1
    z_g187_p5 cum_g187_p5 1 cum_g187_p7 -1
    z_g187_p5 prec_g187_g185_t5 1 prec_g187_g186_t5 1
    z_g187_p5 prec_g281_g187_t7 -1 o_v201_c5_r1 1
    z_g187_p5 o_v201_c7_r0 1 o_v202_c5_r1 1
    z_g187_p5 o_v202_c7_r0 1 occ_c5 1
    z_g187_p7 cum_g187_p7 1 prec_g281_g187_t9 -1
    z_g187_p7 o_v201_c7_r1 1 o_v201_c9_r0 1
    z_g187_p7 o_v202_c7_r1 1 o_v202_c9_r0 1
    z_g187_p7 occ_c7 1
    x_g188_p2 cum_g188_p2 -1 assign_g188 1
    x_g188_p2 ffn_L0 1
    x_g188_p6 assign_g188 1 ffn_L1 1
    z_g188_p2 cum_g188_p2 1 prec_g188_g0_t2 1
    z_g188_p2 prec_g190_g188_t3 -1 prec_g190_g188_t5 -1
    z_g188_p2 o_v204_c3_r0 -1 o_v204_c5_r0 -1
    z_g188_p2 o_v204_c5_r1 -1 o_v204_c7_r0 -1
    x_g189_p2 cum_g189_p2 -1 assign_g189 1
    x_g189_p2 ffn_L0 1
    x_g189_p6 assign_g189 1 ffn_L1 1
    z_g189_p2 cum_g189_p2 1 prec_g189_g0_t2 1
    z_g189_p2 prec_g190_g189_t3 -1 prec_g190_g189_t5 -1
    z_g189_p2 o_v205_c3_r0 -1 o_v205_c5_r0 -1
    z_g189_p2 o_v205_c5_r1 -1 o_v205_c7_r0 -1
    x_g190_p3 cum_g190_p3 -1 assign_g190 1
    x_g190_p5 cum_g190_p5 -1 assign_g190 1
    x_g190_p5 heads_L1 4
    x_g190_p7 cum_g190_p7 -1 assign_g190 1
    x_g190_p9 assign_g190 1 heads_L2 4
    z_g190_p3 cum_g190_p3 1 cum_g190_p5 -1
    z_g190_p3 prec_g190_g188_t3 1 prec_g190_g189_t3 1
    z_g190_p3 prec_g281_g190_t5 -1 o_v204_c3_r0 1
    z_g190_p3 o_v204_c5_r0 1 o_v205_c3_r0 1
    z_g190_p3 o_v205_c5_r0 1 occ_c3 1
    z_g190_p5 cum_g190_p5 1 cum_g190_p7 -1
    z_g190_p5 prec_g190_g188_t5 1 prec_g190_g189_t5 1
    z_g190_p5 prec_g281_g190_t7 -1 o_v204_c5_r1 1
    z_g190_p5 o_v204_c7_r0 1 o_v205_c5_r1 1
    z_g190_p5 o_v205_c7_r0 1 occ_c5 1
    z_g190_p7 cum_g190_p7 1 prec_g281_g190_t9 -1
    z_g190_p7 o_v204_c7_r1 1 o_v204_c9_r0 1
    z_g190_p7 o_v205_c7_r1 1 o_v205_c9_r0 1
    z_g190_p7 occ_c7 1
    x_g191_p2 cum_g191_p2 -1 assign_g191 1
    x_g191_p2 ffn_L0 1
    x_g191_p6 assign_g191 1 ffn_L1 1
    z_g191_p2 cum_g191_p2 1 prec_g191_g0_t2 1
    z_g191_p2 prec_g193_g191_t3 -1 prec_g193_g191_t5 -1
    z_g191_p2 o_v207_c3_r0 -1 o_v207_c5_r0 -1
    z_g191_p2 o_v207_c5_r1 -1 o_v207_c7_r0 -1
    x_g192_p2 cum_g192_p2 -1 assign_g192 1
    x_g192_p2 ffn_L0 1
    x_g192_p6 assign_g192 1 ffn_L1 1
    z_g192_p2 cum_g192_p2 1 prec_g192_g0_t2 1
    z_g192_p2 prec_g193_g192_t3 -1 prec_g193_g192_t5 -1
    z_g192_p2 o_v208_c3_r0 -1 o_v208_c5_r0 -1
    z_g192_p2 o_v208_c5_r1 -1 o_v208_c7_r0 -1
    x_g193_p3 cum_g193_p3 -1 assign_g193 1
    x_g193_p5 cum_g193_p5 -1 assign_g193 1
    x_g193_p5 heads_L1 4
    x_g193_p7 cum_g193_p7 -1 assign_g193 1
    x_g193_p9 assign_g193 1 heads_L2 4
    z_g193_p3 cum_g193_p3 1 cum_g193_p5 -1
    z_g193_p3 prec_g193_g191_t3 1 prec_g193_g192_t3 1
    z_g193_p3 prec_g281_g193_t5 -1 o_v207_c3_r0 1
    z_g193_p3 o_v207_c5_r0 1 o_v208_c3_r0 1
    z_g193_p3 o_v208_c5_r0 1 occ_c3 1
    z_g193_p5 cum_g193_p5 1 cum_g193_p7 -1
    z_g193_p5 prec_g193_g191_t5 1 prec_g193_g192_t5 1
    z_g193_p5 prec_g281_g193_t7 -1 o_v207_c5_r1 1
    z_g193_p5 o_v207_c7_r0 1 o_v208_c5_r1 1
    z_g193_p5 o_v208_c7_r0 1 occ_c5 1
    z_g193_p7 cum_g193_p7 1 prec_g281_g193_t9 -1
    z_g193_p7 o_v207_c7_r1 1 o_v207_c9_r0 1
    z_g193_p7 o_v208_c7_r1 1 o_v208_c9_r0 1
    z_g193_p7 occ_c7 1
    x_g194_p2 cum_g194_p2 -1 assign_g194 1
    x_g194_p2 ffn_L0 1
    x_g194_p6 assign_g194 1 ffn_L1 1
    z_g194_p2 cum_g194_p2 1 prec_g194_g0_t2 1
    z_g194_p2 prec_g196_g194_t3 -1 prec_g196_g194_t5 -1
    z_g194_p2 o_v210_c3_r0 -1 o_v210_c5_r0 -1
    z_g194_p2 o_v210_c5_r1 -1 o_v210_c7_r0 -1
    x_g195_p2 cum_g195_p2 -1 assign_g195 1
    x_g195_p2 ffn_L0 1
    x_g195_p6 assign_g195 1 ffn_L1 1
    z_g195_p2 cum_g195_p2 1 prec_g195_g0_t2 1
    z_g195_p2 prec_g196_g195_t3 -1 prec_g196_g195_t5 -1
    z_g195_p2 o_v211_c3_r0 -1 o_v211_c5_r0 -1
    z_g195_p2 o_v211_c5_r1 -1 o_v211_c7_r0 -1
    x_g196_p3 cum_g196_p3 -1 assign_g196 1
    x_g196_p5 cum_g196_p5 -1 assign_g196 1
    x_g196_p5 heads_L1 4
    x_g196_p7 cum_g196_p7 -1 assign_g196 1
    x_g196_p9 assign_g196 1 heads_L2 4
    z_g196_p3 cum_g196_p3 1 cum_g196_p5 -1
    z_g196_p3 prec_g196_g194_t3 1 prec_g196_g195_t3 1
    z_g196_p3 prec_g281_g196_t5 -1 o_v210_c3_r0 1
    z_g196_p3 o_v210_c5_r0 1 o_v211_c3_r0 1
    z_g196_p3 o_v211_c5_r0 1 occ_c3 1
    z_g196_p5 cum_g196_p5 1 cum_g196_p7 -1
    z_g196_p5 prec_g196_g194_t5 1 prec_g196_g195_t5 1
    z_g196_p5 prec_g281_g196_t7 -1 o_v210_c5_r1 1
    z_g196_p5 o_v210_c7_r0 1 o_v211_c5_r1 1
    z_g196_p5 o_v211_c7_r0 1 occ_c5 1
    z_g196_p7 cum_g196_p7 1 prec_g281_g196_t9 -1
    z_g196_p7 o_v210_c7_r1 1 o_v210_c9_r0 1
    z_g196_p7 o_v211_c7_r1 1 o_v211_c9_r0 1
    z_g196_p7 occ_c7 1
    x_g197_p2 cum_g197_p2 -1 assign_g197 1
    x_g197_p2 ffn_L0 1
    x_g197_p6 assign_g197 1 ffn_L1 1
    z_g197_p2 cum_g197_p2 1 prec_g197_g0_t2 1
    z_g197_p2 prec_g199_g197_t3 -1 prec_g199_g197_t5 -1
    z_g197_p2 o_v213_c3_r0 -1 o_v213_c5_r0 -1
    z_g197_p2 o_v213_c5_r1 -1 o_v213_c7_r0 -1
    x_g198_p2 cum_g198_p2 -1 assign_g198 1
    x_g198_p2 ffn_L0 1
    x_g198_p6 assign_g198 1 ffn_L1 1
    z_g198_p2 cum_g198_p2 1 prec_g198_g0_t2 1
    z_g198_p2 prec_g199_g198_t3 -1 prec_g199_g198_t5 -1
    z_g198_p2 o_v214_c3_r0 -1 o_v214_c5_r0 -1
    z_g198_p2 o_v214_c5_r1 -1 o_v214_c7_r0 -1
    x_g199_p3 cum_g199_p3 -1 assign_g199 1
    x_g199_p5 cum_g199_p5 -1 assign_g199 1
    x_g199_p5 heads_L1 4
    x_g199_p7 cum_g199_p7 -1 assign_g199 1
    x_g199_p9 assign_g199 1 heads_L2 4
    z_g199_p3 cum_g199_p3 1 cum_g199_p5 -1
    z_g199_p3 prec_g199_g197_t3 1 prec_g199_g198_t3 1
    z_g199_p3 prec_g281_g199_t5 -1 o_v213_c3_r0 1
    z_g199_p3 o_v213_c5_r0 1 o_v214_c3_r0 1
    z_g199_p3 o_v214_c5_r0 1 occ_c3 1
    z_g199_p5 cum_g199_p5 1 cum_g199_p7 -1
    z_g199_p5 prec_g199_g197_t5 1 prec_g199_g198_t5 1
    z_g199_p5 prec_g281_g199_t7 -1 o_v213_c5_r1 1
    z_g199_p5 o_v213_c7_r0 1 o_v214_c5_r1 1
    z_g199_p5 o_v214_c7_r0 1 occ_c5 1
    z_g199_p7 cum_g199_p7 1 prec_g281_g199_t9 -1
    z_g199_p7 o_v213_c7_r1 1 o_v213_c9_r0 1
    z_g199_p7 o_v214_c7_r1 1 o_v214_c9_r0 1
    z_g199_p7 occ_c7 1
    x_g200_p2 cum_g200_p2 -1 assign_g200 1
    x_g200_p2 ffn_L0 1
    x_g200_p6 assign_g200 1 ffn_L1 1
    z_g200_p2 cum_g200_p2 1 prec_g200_g0_t2 1
    z_g200_p2 prec_g202_g200_t3 -1 prec_g202_g200_t5 -1
    z_g200_p2 o_v216_c3_r0 -1 o_v216_c5_r0 -1
    z_g200_p2 o_v216_c5_r1 -1 o_v216_c7_r0 -1
    x_g201_p2 cum_g201_p2 -1 assign_g201 1
    x_g201_p2 ffn_L0 1
    x_g201_p6 assign_g201 1 ffn_L1 1
    z_g201_p2 cum_g201_p2 1 prec_g201_g0_t2 1
    z_g201_p2 prec_g202_g201_t3 -1 prec_g202_g201_t5 -1
    z_g201_p2 o_v217_c3_r0 -1 o_v217_c5_r0 -1
    z_g201_p2 o_v217_c5_r1 -1 o_v217_c7_r0 -1
    x_g202_p3 cum_g202_p3 -1 assign_g202 1
    x_g202_p5 cum_g202_p5 -1 assign_g202 1
    x_g202_p5 heads_L1 4
    x_g202_p7 cum_g202_p7 -1 assign_g202 1
    x_g202_p9 assign_g202 1 heads_L2 4
    z_g202_p3 cum_g202_p3 1 cum_g202_p5 -1
    z_g202_p3 prec_g202_g200_t3 1 prec_g202_g201_t3 1
    z_g202_p3 prec_g281_g202_t5 -1 o_v216_c3_r0 1
    z_g202_p3 o_v216_c5_r0 1 o_v217_c3_r0 1
    z_g202_p3 o_v217_c5_r0 1 occ_c3 1
    z_g202_p5 cum_g202_p5 1 cum_g202_p7 -1
    z_g202_p5 prec_g202_g200_t5 1 prec_g202_g201_t5 1
    z_g202_p5 prec_g281_g202_t7 -1 o_v216_c5_r1 1
    z_g202_p5 o_v216_c7_r0 1 o_v217_c5_r1 1
    z_g202_p5 o_v217_c7_r0 1 occ_c5 1
    z_g202_p7 cum_g202_p7 1 prec_g281_g202_t9 -1
    z_g202_p7 o_v216_c7_r1 1 o_v216_c9_r0 1
    z_g202_p7 o_v217_c7_r1 1 o_v217_c9_r0 1
    z_g202_p7 occ_c7 1
    x_g203_p2 cum_g203_p2 -1 assign_g203 1
    x_g203_p2 ffn_L0 1
    x_g203_p6 assign_g203 1 ffn_L1 1
    z_g203_p2 cum_g203_p2 1 prec_g203_g0_t2 1
    z_g203_p2 prec_g205_g203_t3 -1 prec_g205_g203_t5 -1
    z_g203_p2 o_v219_c3_r0 -1 o_v219_c5_r0 -1
    z_g203_p2 o_v219_c5_r1 -1 o_v219_c7_r0 -1
    x_g204_p2 cum_g204_p2 -1 assign_g204 1
    x_g204_p2 ffn_L0 1
    x_g204_p6 assign_g204 1 ffn_L1 1
    z_g204_p2 cum_g204_p2 1 prec_g204_g0_t2 1
    z_g204_p2 prec_g205_g204_t3 -1 prec_g205_g204_t5 -1
    z_g204_p2 o_v220_c3_r0 -1 o_v220_c5_r0 -1
    z_g204_p2 o_v220_c5_r1 -1 o_v220_c7_r0 -1
    x_g205_p3 cum_g205_p3 -1 assign_g205 1
    x_g205_p5 cum_g205_p5 -1 assign_g205 1
    x_g205_p5 heads_L1 4
    x_g205_p7 cum_g205_p7 -1 assign_g205 1
    x_g205_p9 assign_g205 1 heads_L2 4
    z_g205_p3 cum_g205_p3 1 cum_g205_p5 -1
    z_g205_p3 prec_g205_g203_t3 1 prec_g205_g204_t3 1
    z_g205_p3 prec_g281_g205_t5 -1 o_v219_c3_r0 1
    z_g205_p3 o_v219_c5_r0 1 o_v220_c3_r0 1
    z_g205_p3 o_v220_c5_r0 1 occ_c3 1
    z_g205_p5 cum_g205_p5 1 cum_g205_p7 -1
    z_g205_p5 prec_g205_g203_t5 1 prec_g205_g204_t5 1
    z_g205_p5 prec_g281_g205_t7 -1 o_v219_c5_r1 1
    z_g205_p5 o_v219_c7_r0 1 o_v220_c5_r1 1
    z_g205_p5 o_v220_c7_r0 1 occ_c5 1
    z_g205_p7 cum_g205_p7 1 prec_g281_g205_t9 -1
    z_g205_p7 o_v219_c7_r1 1 o_v219_c9_r0 1
    z_g205_p7 o_v220_c7_r1 1 o_v220_c9_r0 1
    z_g205_p7 occ_c7 1
    x_g206_p2 cum_g206_p2 -1 assign_g206 1
    x_g206_p2 ffn_L0 1
    x_g206_p6 assign_g206 1 ffn_L1 1
    z_g206_p2 cum_g206_p2 1 prec_g206_g0_t2 1
    z_g206_p2 prec_g208_g206_t3 -1 prec_g208_g206_t5 -1
    z_g206_p2 o_v222_c3_r0 -1 o_v222_c5_r0 -1
    z_g206_p2 o_v222_c5_r1 -1 o_v222_c7_r0 -1
    x_g207_p2 cum_g207_p2 -1 assign_g207 1
    x_g207_p2 ffn_L0 1
    x_g207_p6 assign_g207 1 ffn_L1 1
    z_g207_p2 cum_g207_p2 1 prec_g207_g0_t2 1
    z_g207_p2 prec_g208_g207_t3 -1 prec_g208_g207_t5 -1
    z_g207_p2 o_v223_c3_r0 -1 o_v223_c5_r0 -1
    z_g207_p2 o_v223_c5_r1 -1 o_v223_c7_r0 -1
    x_g208_p3 cum_g208_p3 -1 assign_g208 1
    x_g208_p5 cum_g208_p5 -1 assign_g208 1
    x_g208_p5 heads_L1 4
    x_g208_p7 cum_g208_p7 -1 assign_g208 1
    x_g208_p9 assign_g208 1 heads_L2 4
    z_g208_p3 cum_g208_p3 1 cum_g208_p5 -1
    z_g208_p3 prec_g208_g206_t3 1 prec_g208_g207_t3 1
    z_g208_p3 prec_g281_g208_t5 -1 o_v222_c3_r0 1
    z_g208_p3 o_v222_c5_r0 1 o_v223_c3_r0 1
    z_g208_p3 o_v223_c5_r0 1 occ_c3 1
    z_g208_p5 cum_g208_p5 1 cum_g208_p7 -1
    z_g208_p5 prec_g208_g206_t5 1 prec_g208_g207_t5 1
    z_g208_p5 prec_g281_g208_t7 -1 o_v222_c5_r1 1
    z_g208_p5 o_v222_c7_r0 1 o_v223_c5_r1 1
    z_g208_p5 o_v223_c7_r0 1 occ_c5 1
    z_g208_p7 cum_g208_p7 1 prec_g281_g208_t9 -1
    z_g208_p7 o_v222_c7_r1 1 o_v222_c9_r0 1
    z_g208_p7 o_v223_c7_r1 1 o_v223_c9_r0 1
    z_g208_p7 occ_c7 1
    x_g209_p2 cum_g209_p2 -1 assign_g209 1
    x_g209_p2 ffn_L0 1
    x_g209_p6 assign_g209 1 ffn_L1 1
    z_g209_p2 cum_g209_p2 1 prec_g209_g0_t2 1
    z_g209_p2 prec_g211_g209_t3 -1 prec_g211_g209_t5 -1
    z_g209_p2 o_v225_c3_r0 -1 o_v225_c5_r0 -1
    z_g209_p2 o_v225_c5_r1 -1 o_v225_c7_r0 -1
    x_g210_p2 cum_g210_p2 -1 assign_g210 1
    x_g210_p2 ffn_L0 1
    x_g210_p6 assign_g210 1 ffn_L1 1
    z_g210_p2 cum_g210_p2 1 prec_g210_g0_t2 1
    z_g210_p2 prec_g211_g210_t3 -1 prec_g211_g210_t5 -1
    z_g210_p2 o_v226_c3_r0 -1 o_v226_c5_r0 -1
    z_g210_p2 o_v226_c5_r1 -1 o_v226_c7_r0 -1
    x_g211_p3 cum_g211_p3 -1 assign_g211 1
    x_g211_p5 cum_g211_p5 -1 assign_g211 1
    x_g211_p5 heads_L1 4
    x_g211_p7 cum_g211_p7 -1 assign_g211 1
    x_g211_p9 assign_g211 1 heads_L2 4
    z_g211_p3 cum_g211_p3 1 cum_g211_p5 -1
    z_g211_p3 prec_g211_g209_t3 1 prec_g211_g210_t3 1
    z_g211_p3 prec_g281_g211_t5 -1 o_v225_c3_r0 1
    z_g211_p3 o_v225_c5_r0 1 o_v226_c3_r0 1
    z_g211_p3 o_v226_c5_r0 1 occ_c3 1
    z_g211_p5 cum_g211_p5 1 cum_g211_p7 -1
    z_g211_p5 prec_g211_g209_t5 1 prec_g211_g210_t5 1
    z_g211_p5 prec_g281_g211_t7 -1 o_v225_c5_r1 1
    z_g211_p5 o_v225_c7_r0 1 o_v226_c5_r1 1
    z_g211_p5 o_v226_c7_r0 1 occ_c5 1
    z_g211_p7 cum_g211_p7 1 prec_g281_g211_t9 -1
    z_g211_p7 o_v225_c7_r1 1 o_v225_c9_r0 1
    z_g211_p7 o_v226_c7_r1 1 o_v226_c9_r0 1
    z_g211_p7 occ_c7 1
    x_g212_p2 cum_g212_p2 -1 assign_g212 1
    x_g212_p2 ffn_L0 1
    x_g212_p6 assign_g212 1 ffn_L1 1
    z_g212_p2 cum_g212_p2 1 prec_g212_g0_t2 1
    z_g212_p2 prec_g214_g212_t3 -1 prec_g214_g212_t5 -1
    z_g212_p2 o_v228_c3_r0 -1 o_v228_c5_r0 -1
    z_g212_p2 o_v228_c5_r1 -1 o_v228_c7_r0 -1
    x_g213_p2 cum_g213_p2 -1 assign_g213 1
    x_g213_p2 ffn_L0 1
    x_g213_p6 assign_g213 1 ffn_L1 1
    z_g213_p2 cum_g213_p2 1 prec_g213_g0_t2 1
    z_g213_p2 prec_g214_g213_t3 -1 prec_g214_g213_t5 -1
    z_g213_p2 o_v229_c3_r0 -1 o_v229_c5_r0 -1
    z_g213_p2 o_v229_c5_r1 -1 o_v229_c7_r0 -1
    x_g214_p3 cum_g214_p3 -1 assign_g214 1
    x_g214_p5 cum_g214_p5 -1 assign_g214 1
    x_g214_p5 heads_L1 4
    x_g214_p7 cum_g214_p7 -1 assign_g214 1
    x_g214_p9 assign_g214 1 heads_L2 4
    z_g214_p3 cum_g214_p3 1 cum_g214_p5 -1
    z_g214_p3 prec_g214_g212_t3 1 prec_g214_g213_t3 1
    z_g214_p3 prec_g281_g214_t5 -1 o_v228_c3_r0 1
    z_g214_p3 o_v228_c5_r0 1 o_v229_c3_r0 1
    z_g214_p3 o_v229_c5_r0 1 occ_c3 1
    z_g214_p5 cum_g214_p5 1 cum_g214_p7 -1
    z_g214_p5 prec_g214_g212_t5 1 prec_g214_g213_t5 1
    z_g214_p5 prec_g281_g214_t7 -1 o_v228_c5_r1 1
    z_g214_p5 o_v228_c7_r0 1 o_v229_c5_r1 1
    z_g214_p5 o_v229_c7_r0 1 occ_c5 1
    z_g214_p7 cum_g214_p7 1 prec_g281_g214_t9 -1
    z_g214_p7 o_v228_c7_r1 1 o_v228_c9_r0 1
    z_g214_p7 o_v229_c7_r1 1 o_v229_c9_r0 1
    z_g214_p7 occ_c7 1
    x_g215_p2 cum_g215_p2 -1 assign_g215 1
    x_g215_p2 ffn_L0 1
    x_g215_p6 assign_g215 1 ffn_L1 1
    z_g215_p2 cum_g215_p2 1 prec_g215_g0_t2 1
    z_g215_p2 prec_g217_g215_t3 -1 prec_g217_g215_t5 -1
    z_g215_p2 o_v231_c3_r0 -1 o_v231_c5_r0 -1
    z_g215_p2 o_v231_c5_r1 -1 o_v231_c7_r0 -1
    x_g216_p2 cum_g216_p2 -1 assign_g216 1
    x_g216_p2 ffn_L0 1
    x_g216_p6 assign_g216 1 ffn_L1 1
    z_g216_p2 cum_g216_p2 1 prec_g216_g0_t2 1
    z_g216_p2 prec_g217_g216_t3 -1 prec_g217_g216_t5 -1
    z_g216_p2 o_v232_c3_r0 -1 o_v232_c5_r0 -1
    z_g216_p2 o_v232_c5_r1 -1 o_v232_c7_r0 -1
    x_g217_p3 cum_g217_p3 -1 assign_g217 1
    x_g217_p5 cum_g217_p5 -1 assign_g217 1
    x_g217_p5 heads_L1 4
    x_g217_p7 cum_g217_p7 -1 assign_g217 1
    x_g217_p9 assign_g217 1 heads_L2 4
    z_g217_p3 cum_g217_p3 1 cum_g217_p5 -1
    z_g217_p3 prec_g217_g215_t3 1 prec_g217_g216_t3 1
    z_g217_p3 prec_g281_g217_t5 -1 o_v231_c3_r0 1
    z_g217_p3 o_v231_c5_r0 1 o_v232_c3_r0 1
    z_g217_p3 o_v232_c5_r0 1 occ_c3 1
    z_g217_p5 cum_g217_p5 1 cum_g217_p7 -1
    z_g217_p5 prec_g217_g215_t5 1 prec_g217_g216_t5 1
    z_g217_p5 prec_g281_g217_t7 -1 o_v231_c5_r1 1
    z_g217_p5 o_v231_c7_r0 1 o_v232_c5_r1 1
    z_g217_p5 o_v232_c7_r0 1 occ_c5 1
    z_g217_p7 cum_g217_p7 1 prec_g281_g217_t9 -1
    z_g217_p7 o_v231_c7_r1 1 o_v231_c9_r0 1
    z_g217_p7 o_v232_c7_r1 1 o_v232_c9_r0 1
    z_g217_p7 occ_c7 1
    x_g218_p2 cum_g218_p2 -1 assign_g218 1
    x_g218_p2 ffn_L0 1
    x_g218_p6 assign_g218 1 ffn_L1 1
    z_g218_p2 cum_g218_p2 1 prec_g218_g0_t2 1
    z_g218_p2 prec_g220_g218_t3 -1 prec_g220_g218_t5 -1
    z_g218_p2 o_v234_c3_r0 -1 o_v234_c5_r0 -1
    z_g218_p2 o_v234_c5_r1 -1 o_v234_c7_r0 -1
    x_g219_p2 cum_g219_p2 -1 assign_g219 1
    x_g219_p2 ffn_L0 1
    x_g219_p6 assign_g219 1 ffn_L1 1
    z_g219_p2 cum_g219_p2 1 prec_g219_g0_t2 1
    z_g219_p2 prec_g220_g219_t3 -1 prec_g220_g219_t5 -1
    z_g219_p2 o_v235_c3_r0 -1 o_v235_c5_r0 -1
    z_g219_p2 o_v235_c5_r1 -1 o_v235_c7_r0 -1
    x_g220_p3 cum_g220_p3 -1 assign_g220 1
    x_g220_p5 cum_g220_p5 -1 assign_g220 1
    x_g220_p5 heads_L1 4
    x_g220_p7 cum_g220_p7 -1 assign_g220 1
    x_g220_p9 assign_g220 1 heads_L2 4
    z_g220_p3 cum_g220_p3 1 cum_g220_p5 -1
    z_g220_p3 prec_g220_g218_t3 1 prec_g220_g219_t3 1
    z_g220_p3 prec_g281_g220_t5 -1 o_v234_c3_r0 1
    z_g220_p3 o_v234_c5_r0 1 o_v235_c3_r0 1
    z_g220_p3 o_v235_c5_r0 1 occ_c3 1
    z_g220_p5 cum_g220_p5 1 cum_g220_p7 -1
    z_g220_p5 prec_g220_g218_t5 1 prec_g220_g219_t5 1
    z_g220_p5 prec_g281_g220_t7 -1 o_v234_c5_r1 1
    z_g220_p5 o_v234_c7_r0 1 o_v235_c5_r1 1
    z_g220_p5 o_v235_c7_r0 1 occ_c5 1
    z_g220_p7 cum_g220_p7 1 prec_g281_g220_t9 -1
    z_g220_p7 o_v234_c7_r1 1 o_v234_c9_r0 1
    z_g220_p7 o_v235_c7_r1 1 o_v235_c9_r0 1
    z_g220_p7 occ_c7 1
    x_g221_p2 cum_g221_p2 -1 assign_g221 1
    x_g221_p2 ffn_L0 1
    x_g221_p6 assign_g221 1 ffn_L1 1
    z_g221_p2 cum_g221_p2 1 prec_g221_g0_t2 1
    z_g221_p2 prec_g223_g221_t3 -1 prec_g223_g221_t5 -1
    z_g221_p2 o_v237_c3_r0 -1 o_v237_c5_r0 -1
    z_g221_p2 o_v237_c5_r1 -1 o_v237_c7_r0 -1
    x_g222_p2 cum_g222_p2 -1 assign_g222 1
    x_g222_p2 ffn_L0 1
    x_g222_p6 assign_g222 1 ffn_L1 1
    z_g222_p2 cum_g222_p2 1 prec_g222_g0_t2 1
    z_g222_p2 prec_g223_g222_t3 -1 prec_g223_g222_t5 -1
    z_g222_p2 o_v238_c3_r0 -1 o_v238_c5_r0 -1
    z_g222_p2 o_v238_c5_r1 -1 o_v238_c7_r0 -1
    x_g223_p3 cum_g223_p3 -1 assign_g223 1
    x_g223_p5 cum_g223_p5 -1 assign_g223 1
    x_g223_p5 heads_L1 4
    x_g223_p7 cum_g223_p7 -1 assign_g223 1
    x_g223_p9 assign_g223 1 heads_L2 4
    z_g223_p3 cum_g223_p3 1 cum_g223_p5 -1
    z_g223_p3 prec_g223_g221_t3 1 prec_g223_g222_t3 1
    z_g223_p3 prec_g281_g223_t5 -1 o_v237_c3_r0 1
    z_g223_p3 o_v237_c5_r0 1 o_v238_c3_r0 1
    z_g223_p3 o_v238_c5_r0 1 occ_c3 1
    z_g223_p5 cum_g223_p5 1 cum_g223_p7 -1
    z_g223_p5 prec_g223_g221_t5 1 prec_g223_g222_t5 1
    z_g223_p5 prec_g281_g223_t7 -1 o_v237_c5_r1 1
    z_g223_p5 o_v237_c7_r0 1 o_v238_c5_r1 1
    z_g223_p5 o_v238_c7_r0 1 occ_c5 1
    z_g223_p7 cum_g223_p7 1 prec_g281_g223_t9 -1
    z_g223_p7 o_v237_c7_r1 1 o_v237_c9_r0 1
    z_g223_p7 o_v238_c7_r1 1 o_v238_c9_r0 1
    z_g223_p7 occ_c7 1
    x_g224_p2 cum_g224_p2 -1 assign_g224 1
    x_g224_p2 ffn_L0 1
    x_g224_p6 assign_g224 1 ffn_L1 1
    z_g224_p2 cum_g224_p2 1 prec_g224_g0_t2 1
    z_g224_p2 prec_g226_g224_t3 -1 prec_g226_g224_t5 -1
    z_g224_p2 o_v240_c3_r0 -1 o_v240_c5_r0 -1
    z_g224_p2 o_v240_c5_r1 -1 o_v240_c7_r0 -1
    x_g225_p2 cum_g225_p2 -1 assign_g225 1
    x_g225_p2 ffn_L0 1
    x_g225_p6 assign_g225 1 ffn_L1 1
    z_g225_p2 cum_g225_p2 1 prec_g225_g0_t2 1
    z_g225_p2 prec_g226_g225_t3 -1 prec_g226_g225_t5 -1
    z_g225_p2 o_v241_c3_r0 -1 o_v241_c5_r0 -1
    z_g225_p2 o_v241_c5_r1 -1 o_v241_c7_r0 -1
    x_g226_p3 cum_g226_p3 -1 assign_g226 1
    x_g226_p5 cum_g226_p5 -1 assign_g226 1
    x_g226_p5 heads_L1 4
    x_g226_p7 cum_g226_p7 -1 assign_g226 1
    x_g226_p9 assign_g226 1 heads_L2 4
    z_g226_p3 cum_g226_p3 1 cum_g226_p5 -1
    z_g226_p3 prec_g226_g224_t3 1 prec_g226_g225_t3 1
    z_g226_p3 prec_g281_g226_t5 -1 o_v240_c3_r0 1
    z_g226_p3 o_v240_c5_r0 1 o_v241_c3_r0 1
    z_g226_p3 o_v241_c5_r0 1 occ_c3 1
    z_g226_p5 cum_g226_p5 1 cum_g226_p7 -1
    z_g226_p5 prec_g226_g224_t5 1 prec_g226_g225_t5 1
    z_g226_p5 prec_g281_g226_t7 -1 o_v240_c5_r1 1
    z_g226_p5 o_v240_c7_r0 1 o_v241_c5_r1 1
    z_g226_p5 o_v241_c7_r0 1 occ_c5 1
    z_g226_p7 cum_g226_p7 1 prec_g281_g226_t9 -1
    z_g226_p7 o_v240_c7_r1 1 o_v240_c9_r0 1
    z_g226_p7 o_v241_c7_r1 1 o_v241_c9_r0 1
    z_g226_p7 occ_c7 1
    x_g227_p2 cum_g227_p2 -1 assign_g227 1
    x_g227_p2 ffn_L0 1
    x_g227_p6 assign_g227 1 ffn_L1 1
    z_g227_p2 cum_g227_p2 1 prec_g227_g0_t2 1
    z_g227_p2 prec_g229_g227_t3 -1 prec_g229_g227_t5 -1
    z_g227_p2 o_v243_c3_r0 -1 o_v243_c5_r0 -1
    z_g227_p2 o_v243_c5_r1 -1 o_v243_c7_r0 -1
    x_g228_p2 cum_g228_p2 -1 assign_g228 1
    x_g228_p2 ffn_L0 1
    x_g228_p6 assign_g228 1 ffn_L1 1
    z_g228_p2 cum_g228_p2 1 prec_g228_g0_t2 1
    z_g228_p2 prec_g229_g228_t3 -1 prec_g229_g228_t5 -1
    z_g228_p2 o_v244_c3_r0 -1 o_v244_c5_r0 -1
    z_g228_p2 o_v244_c5_r1 -1 o_v244_c7_r0 -1
    x_g229_p3 cum_g229_p3 -1 assign_g229 1
    x_g229_p5 cum_g229_p5 -1 assign_g229 1
    x_g229_p5 heads_L1 4
    x_g229_p7 cum_g229_p7 -1 assign_g229 1
    x_g229_p9 assign_g229 1 heads_L2 4
    z_g229_p3 cum_g229_p3 1 cum_g229_p5 -1
    z_g229_p3 prec_g229_g227_t3 1 prec_g229_g228_t3 1
    z_g229_p3 prec_g281_g229_t5 -1 o_v243_c3_r0 1
    z_g229_p3 o_v243_c5_r0 1 o_v244_c3_r0 1
    z_g229_p3 o_v244_c5_r0 1 occ_c3 1
    z_g229_p5 cum_g229_p5 1 cum_g229_p7 -1
    z_g229_p5 prec_g229_g227_t5 1 prec_g229_g228_t5 1
    z_g229_p5 prec_g281_g229_t7 -1 o_v243_c5_r1 1
    z_g229_p5 o_v243_c7_r0 1 o_v244_c5_r1 1
    z_g229_p5 o_v244_c7_r0 1 occ_c5 1
    z_g229_p7 cum_g229_p7 1 prec_g281_g229_t9 -1
    z_g229_p7 o_v243_c7_r1 1 o_v243_c9_r0 1
    z_g229_p7 o_v244_c7_r1 1 o_v244_c9_r0 1
    z_g229_p7 occ_c7 1
    x_g230_p2 cum_g230_p2 -1 assign_g230 1
    x_g230_p2 ffn_L0 1
    x_g230_p6 assign_g230 1 ffn_L1 1
    z_g230_p2 cum_g230_p2 1 prec_g230_g0_t2 1
    z_g230_p2 prec_g232_g230_t3 -1 prec_g232_g230_t5 -1
    z_g230_p2 o_v246_c3_r0 -1 o_v246_c5_r0 -1
    z_g230_p2 o_v246_c5_r1 -1 o_v246_c7_r0 -1
    x_g231_p2 cum_g231_p2 -1 assign_g231 1
    x_g231_p2 ffn_L0 1
    x_g231_p6 assign_g231 1 ffn_L1 1
    z_g231_p2 cum_g231_p2 1 prec_g231_g0_t2 1
    z_g231_p2 prec_g232_g231_t3 -1 prec_g232_g231_t5 -1
    z_g231_p2 o_v247_c3_r0 -1 o_v247_c5_r0 -1
    z_g231_p2 o_v247_c5_r1 -1 o_v247_c7_r0 -1
    x_g232_p3 cum_g232_p3 -1 assign_g232 1
    x_g232_p5 cum_g232_p5 -1 assign_g232 1
    x_g232_p5 heads_L1 4
    x_g232_p7 cum_g232_p7 -1 assign_g232 1
    x_g232_p9 assign_g232 1 heads_L2 4
    z_g232_p3 cum_g232_p3 1 cum_g232_p5 -1
    z_g232_p3 prec_g232_g230_t3 1 prec_g232_g231_t3 1
    z_g232_p3 prec_g281_g232_t5 -1 o_v246_c3_r0 1
    z_g232_p3 o_v246_c5_r0 1 o_v247_c3_r0 1
    z_g232_p3 o_v247_c5_r0 1 occ_c3 1
    z_g232_p5 cum_g232_p5 1 cum_g232_p7 -1
    z_g232_p5 prec_g232_g230_t5 1 prec_g232_g231_t5 1
    z_g232_p5 prec_g281_g232_t7 -1 o_v246_c5_r1 1
    z_g232_p5 o_v246_c7_r0 1 o_v247_c5_r1 1
    z_g232_p5 o_v247_c7_r0 1 occ_c5 1
    z_g232_p7 cum_g232_p7 1 prec_g281_g232_t9 -1
    z_g232_p7 o_v246_c7_r1 1 o_v246_c9_r0 1
    z_g232_p7 o_v247_c7_r1 1 o_v247_c9_r0 1
    z_g232_p7 occ_c7 1
    x_g233_p2 cum_g233_p2 -1 assign_g233 1
    x_g233_p2 ffn_L0 1
    x_g233_p6 assign_g233 1 ffn_L1 1
    z_g233_p2 cum_g233_p2 1 prec_g233_g0_t2 1
    z_g233_p2 prec_g235_g233_t3 -1 prec_g235_g233_t5 -1
    z_g233_p2 o_v249_c3_r0 -1 o_v249_c5_r0 -1
    z_g233_p2 o_v249_c5_r1 -1 o_v249_c7_r0 -1
    x_g234_p2 cum_g234_p2 -1 assign_g234 1
    x_g234_p2 ffn_L0 1
    x_g234_p6 assign_g234 1 ffn_L1 1
    z_g234_p2 cum_g234_p2 1 prec_g234_g0_t2 1
    z_g234_p2 prec_g235_g234_t3 -1 prec_g235_g234_t5 -1
    z_g234_p2 o_v250_c3_r0 -1 o_v250_c5_r0 -1
    z_g234_p2 o_v250_c5_r1 -1 o_v250_c7_r0 -1
    x_g235_p3 cum_g235_p3 -1 assign_g235 1
    x_g235_p5 cum_g235_p5 -1 assign_g235 1
    x_g235_p5 heads_L1 4
    x_g235_p7 cum_g235_p7 -1 assign_g235 1
    x_g235_p9 assign_g235 1 heads_L2 4
    z_g235_p3 cum_g235_p3 1 cum_g235_p5 -1
    z_g235_p3 prec_g235_g233_t3 1 prec_g235_g234_t3 1
    z_g235_p3 prec_g281_g235_t5 -1 o_v249_c3_r0 1
    z_g235_p3 o_v249_c5_r0 1 o_v250_c3_r0 1
    z_g235_p3 o_v250_c5_r0 1 occ_c3 1
    z_g235_p5 cum_g235_p5 1 cum_g235_p7 -1
    z_g235_p5 prec_g235_g233_t5 1 prec_g235_g234_t5 1
    z_g235_p5 prec_g281_g235_t7 -1 o_v249_c5_r1 1
    z_g235_p5 o_v249_c7_r0 1 o_v250_c5_r1 1
    z_g235_p5 o_v250_c7_r0 1 occ_c5 1
    z_g235_p7 cum_g235_p7 1 prec_g281_g235_t9 -1
    z_g235_p7 o_v249_c7_r1 1 o_v249_c9_r0 1
    z_g235_p7 o_v250_c7_r1 1 o_v250_c9_r0 1
    z_g235_p7 occ_c7 1
    x_g236_p2 cum_g236_p2 -1 assign_g236 1
    x_g236_p2 ffn_L0 1
    x_g236_p6 assign_g236 1 ffn_L1 1
    z_g236_p2 cum_g236_p2 1 prec_g236_g0_t2 1
    z_g236_p2 prec_g238_g236_t3 -1 prec_g238_g236_t5 -1
    z_g236_p2 o_v252_c3_r0 -1 o_v252_c5_r0 -1
    z_g236_p2 o_v252_c5_r1 -1 o_v252_c7_r0 -1
    x_g237_p2 cum_g237_p2 -1 assign_g237 1
    x_g237_p2 ffn_L0 1
    x_g237_p6 assign_g237 1 ffn_L1 1
    z_g237_p2 cum_g237_p2 1 prec_g237_g0_t2 1
    z_g237_p2 prec_g238_g237_t3 -1 prec_g238_g237_t5 -1
    z_g237_p2 o_v253_c3_r0 -1 o_v253_c5_r0 -1
    z_g237_p2 o_v253_c5_r1 -1 o_v253_c7_r0 -1
    x_g238_p3 cum_g238_p3 -1 assign_g238 1
    x_g238_p5 cum_g238_p5 -1 assign_g238 1
    x_g238_p5 heads_L1 4
    x_g238_p7 cum_g238_p7 -1 assign_g238 1
    x_g238_p9 assign_g238 1 heads_L2 4
    z_g238_p3 cum_g238_p3 1 cum_g238_p5 -1
    z_g238_p3 prec_g238_g236_t3 1 prec_g238_g237_t3 1
    z_g238_p3 prec_g281_g238_t5 -1 o_v252_c3_r0 1
    z_g238_p3 o_v252_c5_r0 1 o_v253_c3_r0 1
    z_g238_p3 o_v253_c5_r0 1 occ_c3 1
    z_g238_p5 cum_g238_p5 1 cum_g238_p7 -1
    z_g238_p5 prec_g238_g236_t5 1 prec_g238_g237_t5 1
    z_g238_p5 prec_g281_g238_t7 -1 o_v252_c5_r1 1
    z_g238_p5 o_v252_c7_r0 1 o_v253_c5_r1 1
    z_g238_p5 o_v253_c7_r0 1 occ_c5 1
    z_g238_p7 cum_g238_p7 1 prec_g281_g238_t9 -1
    z_g238_p7 o_v252_c7_r1 1 o_v252_c9_r0 1
    z_g238_p7 o_v253_c7_r1 1 o_v253_c9_r0 1
    z_g238_p7 occ_c7 1
    x_g239_p2 cum_g239_p2 -1 assign_g239 1
    x_g239_p2 ffn_L0 1
    x_g239_p6 assign_g239 1 ffn_L1 1
    z_g239_p2 cum_g239_p2 1 prec_g239_g0_t2 1
    z_g239_p2 prec_g241_g239_t3 -1 prec_g241_g239_t5 -1
    z_g239_p2 o_v255_c3_r0 -1 o_v255_c5_r0 -1
    z_g239_p2 o_v255_c5_r1 -1 o_v255_c7_r0 -1
    x_g240_p2 cum_g240_p2 -1 assign_g240 1
    x_g240_p2 ffn_L0 1
    x_g240_p6 assign_g240 1 ffn_L1 1
    z_g240_p2 cum_g240_p2 1 prec_g240_g0_t2 1
    z_g240_p2 prec_g241_g240_t3 -1 prec_g241_g240_t5 -1
    z_g240_p2 o_v256_c3_r0 -1 o_v256_c5_r0 -1
    z_g240_p2 o_v256_c5_r1 -1 o_v256_c7_r0 -1
    x_g241_p3 cum_g241_p3 -1 assign_g241 1
    x_g241_p5 cum_g241_p5 -1 assign_g241 1
    x_g241_p5 heads_L1 4
    x_g241_p7 cum_g241_p7 -1 assign_g241 1
    x_g241_p9 assign_g241 1 heads_L2 4
    z_g241_p3 cum_g241_p3 1 cum_g241_p5 -1
    z_g241_p3 prec_g241_g239_t3 1 prec_g241_g240_t3 1
    z_g241_p3 prec_g281_g241_t5 -1 o_v255_c3_r0 1
    z_g241_p3 o_v255_c5_r0 1 o_v256_c3_r0 1
    z_g241_p3 o_v256_c5_r0 1 occ_c3 1
    z_g241_p5 cum_g241_p5 1 cum_g241_p7 -1
    z_g241_p5 prec_g241_g239_t5 1 prec_g241_g240_t5 1
    z_g241_p5 prec_g281_g241_t7 -1 o_v255_c5_r1 1
    z_g241_p5 o_v255_c7_r0 1 o_v256_c5_r1 1
    z_g241_p5 o_v256_c7_r0 1 occ_c5 1
    z_g241_p7 cum_g241_p7 1 prec_g281_g241_t9 -1
    z_g241_p7 o_v255_c7_r1 1 o_v255_c9_r0 1
    z_g241_p7 o_v256_c7_r1 1 o_v256_c9_r0 1
    z_g241_p7 occ_c7 1
    x_g242_p2 cum_g242_p2 -1 assign_g242 1
    x_g242_p2 ffn_L0 1
    x_g242_p6 assign_g242 1 ffn_L1 1
    z_g242_p2 cum_g242_p2 1 prec_g242_g0_t2 1
    z_g242_p2 prec_g244_g242_t3 -1 prec_g244_g242_t5 -1
    z_g242_p2 o_v258_c3_r0 -1 o_v258_c5_r0 -1
    z_g242_p2 o_v258_c5_r1 -1 o_v258_c7_r0 -1
    x_g243_p2 cum_g243_p2 -1 assign_g243 1
    x_g243_p2 ffn_L0 1
    x_g243_p6 assign_g243 1 ffn_L1 1
    z_g243_p2 cum_g243_p2 1 prec_g243_g0_t2 1
    z_g243_p2 prec_g244_g243_t3 -1 prec_g244_g243_t5 -1
    z_g243_p2 o_v259_c3_r0 -1 o_v259_c5_r0 -1
    z_g243_p2 o_v259_c5_r1 -1 o_v259_c7_r0 -1
    x_g244_p3 cum_g244_p3 -1 assign_g244 1
    x_g244_p5 cum_g244_p5 -1 assign_g244 1
    x_g244_p5 heads_L1 4
    x_g244_p7 cum_g244_p7 -1 assign_g244 1
    x_g244_p9 assign_g244 1 heads_L2 4
    z_g244_p3 cum_g244_p3 1 cum_g244_p5 -1
    z_g244_p3 prec_g244_g242_t3 1 prec_g244_g243_t3 1
    z_g244_p3 prec_g281_g244_t5 -1 o_v258_c3_r0 1
    z_g244_p3 o_v258_c5_r0 1 o_v259_c3_r0 1
    z_g244_p3 o_v259_c5_r0 1 occ_c3 1
    z_g244_p5 cum_g244_p5 1 cum_g244_p7 -1
    z_g244_p5 prec_g244_g242_t5 1 prec_g244_g243_t5 1
    z_g244_p5 prec_g281_g244_t7 -1 o_v258_c5_r1 1
    z_g244_p5 o_v258_c7_r0 1 o_v259_c5_r1 1
    z_g244_p5 o_v259_c7_r0 1 occ_c5 1
    z_g244_p7 cum_g244_p7 1 prec_g281_g244_t9 -1
    z_g244_p7 o_v258_c7_r1 1 o_v258_c9_r0 1
    z_g244_p7 o_v259_c7_r1 1 o_v259_c9_r0 1
    z_g244_p7 occ_c7 1
    x_g245_p2 cum_g245_p2 -1 assign_g245 1
    x_g245_p2 ffn_L0 1
    x_g245_p6 assign_g245 1 ffn_L1 1
    z_g245_p2 cum_g245_p2 1 prec_g245_g0_t2 1
    z_g245_p2 prec_g247_g245_t3 -1 prec_g247_g245_t5 -1
    z_g245_p2 o_v261_c3_r0 -1 o_v261_c5_r0 -1
    z_g245_p2 o_v261_c5_r1 -1 o_v261_c7_r0 -1
    x_g246_p2 cum_g246_p2 -1 assign_g246 1
    x_g246_p2 ffn_L0 1
    x_g246_p6 assign_g246 1 ffn_L1 1
    z_g246_p2 cum_g246_p2 1 prec_g246_g0_t2 1
    z_g246_p2 prec_g247_g246_t3 -1 prec_g247_g246_t5 -1
    z_g246_p2 o_v262_c3_r0 -1 o_v262_c5_r0 -1
    z_g246_p2 o_v262_c5_r1 -1 o_v262_c7_r0 -1
    x_g247_p3 cum_g247_p3 -1 assign_g247 1
    x_g247_p5 cum_g247_p5 -1 assign_g247 1
    x_g247_p5 heads_L1 4
    x_g247_p7 cum_g247_p7 -1 assign_g247 1
    x_g247_p9 assign_g247 1 heads_L2 4
    z_g247_p3 cum_g247_p3 1 cum_g247_p5 -1
    z_g247_p3 prec_g247_g245_t3 1 prec_g247_g246_t3 1
    z_g247_p3 prec_g281_g247_t5 -1 o_v261_c3_r0 1
    z_g247_p3 o_v261_c5_r0 1 o_v262_c3_r0 1
    z_g247_p3 o_v262_c5_r0 1 occ_c3 1
    z_g247_p5 cum_g247_p5 1 cum_g247_p7 -1
    z_g247_p5 prec_g247_g245_t5 1 prec_g247_g246_t5 1
    z_g247_p5 prec_g281_g247_t7 -1 o_v261_c5_r1 1
    z_g247_p5 o_v261_c7_r0 1 o_v262_c5_r1 1
    z_g247_p5 o_v262_c7_r0 1 occ_c5 1
    z_g247_p7 cum_g247_p7 1 prec_g281_g247_t9 -1
    z_g247_p7 o_v261_c7_r1 1 o_v261_c9_r0 1
    z_g247_p7 o_v262_c7_r1 1 o_v262_c9_r0 1
    z_g247_p7 occ_c7 1
    x_g248_p2 cum_g248_p2 -1 assign_g248 1
    x_g248_p2 ffn_L0 1
    x_g248_p6 assign_g248 1 ffn_L1 1
    z_g248_p2 cum_g248_p2 1 prec_g248_g0_t2 1
    z_g248_p2 prec_g250_g248_t3 -1 prec_g250_g248_t5 -1
    z_g248_p2 o_v264_c3_r0 -1 o_v264_c5_r0 -1
    z_g248_p2 o_v264_c5_r1 -1 o_v264_c7_r0 -1
    x_g249_p2 cum_g249_p2 -1 assign_g249 1
    x_g249_p2 ffn_L0 1
    x_g249_p6 assign_g249 1 ffn_L1 1
    z_g249_p2 cum_g249_p2 1 prec_g249_g0_t2 1
    z_g249_p2 prec_g250_g249_t3 -1 prec_g250_g249_t5 -1
    z_g249_p2 o_v265_c3_r0 -1 o_v265_c5_r0 -1
    z_g249_p2 o_v265_c5_r1 -1 o_v265_c7_r0 -1
    x_g250_p3 cum_g250_p3 -1 assign_g250 1
    x_g250_p5 cum_g250_p5 -1 assign_g250 1
    x_g250_p5 heads_L1 4
    x_g250_p7 cum_g250_p7 -1 assign_g250 1
    x_g250_p9 assign_g250 1 heads_L2 4
    z_g250_p3 cum_g250_p3 1 cum_g250_p5 -1
    z_g250_p3 prec_g250_g248_t3 1 prec_g250_g249_t3 1
    z_g250_p3 prec_g281_g250_t5 -1 o_v264_c3_r0 1
    z_g250_p3 o_v264_c5_r0 1 o_v265_c3_r0 1
    z_g250_p3 o_v265_c5_r0 1 occ_c3 1
    z_g250_p5 cum_g250_p5 1 cum_g250_p7 -1
    z_g250_p5 prec_g250_g248_t5 1 prec_g250_g249_t5 1
    z_g250_p5 prec_g281_g250_t7 -1 o_v264_c5_r1 1
    z_g250_p5 o_v264_c7_r0 1 o_v265_c5_r1 1
    z_g250_p5 o_v265_c7_r0 1 occ_c5 1
    z_g250_p7 cum_g250_p7 1 prec_g281_g250_t9 -1
    z_g250_p7 o_v264_c7_r1 1 o_v264_c9_r0 1
    z_g250_p7 o_v265_c7_r1 1 o_v265_c9_r0 1
    z_g250_p7 occ_c7 1
    x_g251_p2 cum_g251_p2 -1 assign_g251 1
    x_g251_p2 ffn_L0 1
    x_g251_p6 assign_g251 1 ffn_L1 1
    z_g251_p2 cum_g251_p2 1 prec_g251_g0_t2 1
    z_g251_p2 prec_g253_g251_t3 -1 prec_g253_g251_t5 -1
    z_g251_p2 o_v267_c3_r0 -1 o_v267_c5_r0 -1
    z_g251_p2 o_v267_c5_r1 -1 o_v267_c7_r0 -1
    x_g252_p2 cum_g252_p2 -1 assign_g252 1
    x_g252_p2 ffn_L0 1
    x_g252_p6 assign_g252 1 ffn_L1 1
    z_g252_p2 cum_g252_p2 1 prec_g252_g0_t2 1
    z_g252_p2 prec_g253_g252_t3 -1 prec_g253_g252_t5 -1
    z_g252_p2 o_v268_c3_r0 -1 o_v268_c5_r0 -1
    z_g252_p2 o_v268_c5_r1 -1 o_v268_c7_r0 -1
    x_g253_p3 cum_g253_p3 -1 assign_g253 1
    x_g253_p5 cum_g253_p5 -1 assign_g253 1
    x_g253_p5 heads_L1 4
    x_g253_p7 cum_g253_p7 -1 assign_g253 1
    x_g253_p9 assign_g253 1 heads_L2 4
    z_g253_p3 cum_g253_p3 1 cum_g253_p5 -1
    z_g253_p3 prec_g253_g251_t3 1 prec_g253_g252_t3 1
    z_g253_p3 prec_g281_g253_t5 -1 o_v267_c3_r0 1
    z_g253_p3 o_v267_c5_r0 1 o_v268_c3_r0 1
    z_g253_p3 o_v268_c5_r0 1 occ_c3 1
    z_g253_p5 cum_g253_p5 1 cum_g253_p7 -1
    z_g253_p5 prec_g253_g251_t5 1 prec_g253_g252_t5 1
    z_g253_p5 prec_g281_g253_t7 -1 o_v267_c5_r1 1
    z_g253_p5 o_v267_c7_r0 1 o_v268_c5_r1 1
    z_g253_p5 o_v268_c7_r0 1 occ_c5 1
    z_g253_p7 cum_g253_p7 1 prec_g281_g253_t9 -1
    z_g253_p7 o_v267_c7_r1 1 o_v267_c9_r0 1
    z_g253_p7 o_v268_c7_r1 1 o_v268_c9_r0 1
    z_g253_p7 occ_c7 1
    x_g254_p2 cum_g254_p2 -1 assign_g254 1
    x_g254_p2 ffn_L0 1
    x_g254_p6 assign_g254 1 ffn_L1 1
    z_g254_p2 cum_g254_p2 1 prec_g254_g0_t2 1
    z_g254_p2 prec_g256_g254_t3 -1 prec_g256_g254_t5 -1
    z_g254_p2 o_v270_c3_r0 -1 o_v270_c5_r0 -1
    z_g254_p2 o_v270_c5_r1 -1 o_v270_c7_r0 -1
    x_g255_p2 cum_g255_p2 -1 assign_g255 1
    x_g255_p2 ffn_L0 1
    x_g255_p6 assign_g255 1 ffn_L1 1
    z_g255_p2 cum_g255_p2 1 prec_g255_g0_t2 1
    z_g255_p2 prec_g256_g255_t3 -1 prec_g256_g255_t5 -1
    z_g255_p2 o_v271_c3_r0 -1 o_v271_c5_r0 -1
    z_g255_p2 o_v271_c5_r1 -1 o_v271_c7_r0 -1
    x_g256_p3 cum_g256_p3 -1 assign_g256 1
    x_g256_p5 cum_g256_p5 -1 assign_g256 1
    x_g256_p5 heads_L1 4
    x_g256_p7 cum_g256_p7 -1 assign_g256 1
    x_g256_p9 assign_g256 1 heads_L2 4
    z_g256_p3 cum_g256_p3 1 cum_g256_p5 -1
    z_g256_p3 prec_g256_g254_t3 1 prec_g256_g255_t3 1
    z_g256_p3 prec_g281_g256_t5 -1 o_v270_c3_r0 1
    z_g256_p3 o_v270_c5_r0 1 o_v271_c3_r0 1
    z_g256_p3 o_v271_c5_r0 1 occ_c3 1
    z_g256_p5 cum_g256_p5 1 cum_g256_p7 -1
    z_g256_p5 prec_g256_g254_t5 1 prec_g256_g255_t5 1
    z_g256_p5 prec_g281_g256_t7 -1 o_v270_c5_r1 1
    z_g256_p5 o_v270_c7_r0 1 o_v271_c5_r1 1
    z_g256_p5 o_v271_c7_r0 1 occ_c5 1
    z_g256_p7 cum_g256_p7 1 prec_g281_g256_t9 -1
    z_g256_p7 o_v270_c7_r1 1 o_v270_c9_r0 1
    z_g256_p7 o_v271_c7_r1 1 o_v271_c9_r0 1
    z_g256_p7 occ_c7 1
    x_g257_p2 cum_g257_p2 -1 assign_g257 1
    x_g257_p2 ffn_L0 1
    x_g257_p6 assign_g257 1 ffn_L1 1
    z_g257_p2 cum_g257_p2 1 prec_g257_g0_t2 1
    z_g257_p2 prec_g259_g257_t3 -1 prec_g259_g257_t5 -1
    z_g257_p2 o_v273_c3_r0 -1 o_v273_c5_r0 -1
    z_g257_p2 o_v273_c5_r1 -1 o_v273_c7_r0 -1
    x_g258_p2 cum_g258_p2 -1 assign_g258 1
    x_g258_p2 ffn_L0 1
    x_g258_p6 assign_g258 1 ffn_L1 1
    z_g258_p2 cum_g258_p2 1 prec_g258_g0_t2 1
    z_g258_p2 prec_g259_g258_t3 -1 prec_g259_g258_t5 -1
    z_g258_p2 o_v274_c3_r0 -1 o_v274_c5_r0 -1
    z_g258_p2 o_v274_c5_r1 -1 o_v274_c7_r0 -1
    x_g259_p3 cum_g259_p3 -1 assign_g259 1
    x_g259_p5 cum_g259_p5 -1 assign_g259 1
    x_g259_p5 heads_L1 4
    x_g259_p7 cum_g259_p7 -1 assign_g259 1
    x_g259_p9 assign_g259 1 heads_L2 4
    z_g259_p3 cum_g259_p3 1 cum_g259_p5 -1
    z_g259_p3 prec_g259_g257_t3 1 prec_g259_g258_t3 1
    z_g259_p3 prec_g281_g259_t5 -1 o_v273_c3_r0 1
    z_g259_p3 o_v273_c5_r0 1 o_v274_c3_r0 1
    z_g259_p3 o_v274_c5_r0 1 occ_c3 1
    z_g259_p5 cum_g259_p5 1 cum_g259_p7 -1
    z_g259_p5 prec_g259_g257_t5 1 prec_g259_g258_t5 1
    z_g259_p5 prec_g281_g259_t7 -1 o_v273_c5_r1 1
    z_g259_p5 o_v273_c7_r0 1 o_v274_c5_r1 1
    z_g259_p5 o_v274_c7_r0 1 occ_c5 1
    z_g259_p7 cum_g259_p7 1 prec_g281_g259_t9 -1
    z_g259_p7 o_v273_c7_r1 1 o_v273_c9_r0 1
    z_g259_p7 o_v274_c7_r1 1 o_v274_c9_r0 1
    z_g259_p7 occ_c7 1
    x_g260_p2 cum_g260_p2 -1 assign_g260 1
    x_g260_p2 ffn_L0 1
    x_g260_p6 assign_g260 1 ffn_L1 1
    z_g260_p2 cum_g260_p2 1 prec_g260_g0_t2 1
    z_g260_p2 prec_g262_g260_t3 -1 prec_g262_g260_t5 -1
    z_g260_p2 o_v276_c3_r0 -1 o_v276_c5_r0 -1
    z_g260_p2 o_v276_c5_r1 -1 o_v276_c7_r0 -1
    x_g261_p2 cum_g261_p2 -1 assign_g261 1
    x_g261_p2 ffn_L0 1
    x_g261_p6 assign_g261 1 ffn_L1 1
    z_g261_p2 cum_g261_p2 1 prec_g261_g0_t2 1
    z_g261_p2 prec_g262_g261_t3 -1 prec_g262_g261_t5 -1
    z_g261_p2 o_v277_c3_r0 -1 o_v277_c5_r0 -1
    z_g261_p2 o_v277_c5_r1 -1 o_v277_c7_r0 -1
    x_g262_p3 cum_g262_p3 -1 assign_g262 1
    x_g262_p5 cum_g262_p5 -1 assign_g262 1
    x_g262_p5 heads_L1 4
    x_g262_p7 cum_g262_p7 -1 assign_g262 1
    x_g262_p9 assign_g262 1 heads_L2 4
    z_g262_p3 cum_g262_p3 1 cum_g262_p5 -1
    z_g262_p3 prec_g262_g260_t3 1 prec_g262_g261_t3 1
    z_g262_p3 prec_g281_g262_t5 -1 o_v276_c3_r0 1
    z_g262_p3 o_v276_c5_r0 1 o_v277_c3_r0 1
    z_g262_p3 o_v277_c5_r0 1 occ_c3 1
    z_g262_p5 cum_g262_p5 1 cum_g262_p7 -1
    z_g262_p5 prec_g262_g260_t5 1 prec_g262_g261_t5 1
    z_g262_p5 prec_g281_g262_t7 -1 o_v276_c5_r1 1
    z_g262_p5 o_v276_c7_r0 1 o_v277_c5_r1 1
    z_g262_p5 o_v277_c7_r0 1 occ_c5 1
    z_g262_p7 cum_g262_p7 1 prec_g281_g262_t9 -1
    z_g262_p7 o_v276_c7_r1 1 o_v276_c9_r0 1
    z_g262_p7 o_v277_c7_r1 1 o_v277_c9_r0 1
    z_g262_p7 occ_c7 1
    x_g263_p2 cum_g263_p2 -1 assign_g263 1
    x_g263_p2 ffn_L0 1
    x_g263_p6 assign_g263 1 ffn_L1 1
    z_g263_p2 cum_g263_p2 1 prec_g263_g0_t2 1
    z_g263_p2 prec_g265_g263_t3 -1 prec_g265_g263_t5 -1
    z_g263_p2 o_v279_c3_r0 -1 o_v279_c5_r0 -1
    z_g263_p2 o_v279_c5_r1 -1 o_v279_c7_r0 -1
    x_g264_p2 cum_g264_p2 -1 assign_g264 1
    x_g264_p2 ffn_L0 1
    x_g264_p6 assign_g264 1 ffn_L1 1
    z_g264_p2 cum_g264_p2 1 prec_g264_g0_t2 1
    z_g264_p2 prec_g265_g264_t3 -1 prec_g265_g264_t5 -1
    z_g264_p2 o_v280_c3_r0 -1 o_v280_c5_r0 -1
    z_g264_p2 o_v280_c5_r1 -1 o_v280_c7_r0 -1
    x_g265_p3 cum_g265_p3 -1 assign_g265 1
    x_g265_p5 cum_g265_p5 -1 assign_g265 1
    x_g265_p5 heads_L1 4
    x_g265_p7 cum_g265_p7 -1 assign_g265 1
    x_g265_p9 assign_g265 1 heads_L2 4
    z_g265_p3 cum_g265_p3 1 cum_g265_p5 -1
    z_g265_p3 prec_g265_g263_t3 1 prec_g265_g264_t3 1
    z_g265_p3 prec_g281_g265_t5 -1 o_v279_c3_r0 1
    z_g265_p3 o_v279_c5_r0 1 o_v280_c3_r0 1
    z_g265_p3 o_v280_c5_r0 1 occ_c3 1
    z_g265_p5 cum_g265_p5 1 cum_g265_p7 -1
    z_g265_p5 prec_g265_g263_t5 1 prec_g265_g264_t5 1
    z_g265_p5 prec_g281_g265_t7 -1 o_v279_c5_r1 1
    z_g265_p5 o_v279_c7_r0 1 o_v280_c5_r1 1
    z_g265_p5 o_v280_c7_r0 1 occ_c5 1
    z_g265_p7 cum_g265_p7 1 prec_g281_g265_t9 -1
    z_g265_p7 o_v279_c7_r1 1 o_v279_c9_r0 1
    z_g265_p7 o_v280_c7_r1 1 o_v280_c9_r0 1
    z_g265_p7 occ_c7 1
    x_g266_p2 cum_g266_p2 -1 assign_g266 1
    x_g266_p2 ffn_L0 1
    x_g266_p6 assign_g266 1 ffn_L1 1
    z_g266_p2 cum_g266_p2 1 prec_g266_g0_t2 1
    z_g266_p2 prec_g268_g266_t3 -1 prec_g268_g266_t5 -1
    z_g266_p2 o_v282_c3_r0 -1 o_v282_c5_r0 -1
    z_g266_p2 o_v282_c5_r1 -1 o_v282_c7_r0 -1
    x_g267_p2 cum_g267_p2 -1 assign_g267 1
    x_g267_p2 ffn_L0 1
    x_g267_p6 assign_g267 1 ffn_L1 1
    z_g267_p2 cum_g267_p2 1 prec_g267_g0_t2 1
    z_g267_p2 prec_g268_g267_t3 -1 prec_g268_g267_t5 -1
    z_g267_p2 o_v283_c3_r0 -1 o_v283_c5_r0 -1
    z_g267_p2 o_v283_c5_r1 -1 o_v283_c7_r0 -1
    x_g268_p3 cum_g268_p3 -1 assign_g268 1
    x_g268_p5 cum_g268_p5 -1 assign_g268 1
    x_g268_p5 heads_L1 4
    x_g268_p7 cum_g268_p7 -1 assign_g268 1
    x_g268_p9 assign_g268 1 heads_L2 4
    z_g268_p3 cum_g268_p3 1 cum_g268_p5 -1
    z_g268_p3 prec_g268_g266_t3 1 prec_g268_g267_t3 1
    z_g268_p3 prec_g281_g268_t5 -1 o_v282_c3_r0 1
    z_g268_p3 o_v282_c5_r0 1 o_v283_c3_r0 1
    z_g268_p3 o_v283_c5_r0 1 occ_c3 1
    z_g268_p5 cum_g268_p5 1 cum_g268_p7 -1
    z_g268_p5 prec_g268_g266_t5 1 prec_g268_g267_t5 1
    z_g268_p5 prec_g281_g268_t7 -1 o_v282_c5_r1 1
    z_g268_p5 o_v282_c7_r0 1 o_v283_c5_r1 1
    z_g268_p5 o_v283_c7_r0 1 occ_c5 1
    z_g268_p7 cum_g268_p7 1 prec_g281_g268_t9 -1
    z_g268_p7 o_v282_c7_r1 1 o_v282_c9_r0 1
    z_g268_p7 o_v283_c7_r1 1 o_v283_c9_r0 1
    z_g268_p7 occ_c7 1
    x_g269_p2 cum_g269_p2 -1 assign_g269 1
    x_g269_p2 ffn_L0 1
    x_g269_p6 assign_g269 1 ffn_L1 1
    z_g269_p2 cum_g269_p2 1 prec_g269_g0_t2 1
    z_g269_p2 prec_g271_g269_t3 -1 prec_g271_g269_t5 -1
    z_g269_p2 o_v285_c3_r0 -1 o_v285_c5_r0 -1
    z_g269_p2 o_v285_c5_r1 -1 o_v285_c7_r0 -1
    x_g270_p2 cum_g270_p2 -1 assign_g270 1
    x_g270_p2 ffn_L0 1
    x_g270_p6 assign_g270 1 ffn_L1 1
    z_g270_p2 cum_g270_p2 1 prec_g270_g0_t2 1
    z_g270_p2 prec_g271_g270_t3 -1 prec_g271_g270_t5 -1
    z_g270_p2 o_v286_c3_r0 -1 o_v286_c5_r0 -1
    z_g270_p2 o_v286_c5_r1 -1 o_v286_c7_r0 -1
    x_g271_p3 cum_g271_p3 -1 assign_g271 1
    x_g271_p5 cum_g271_p5 -1 assign_g271 1
    x_g271_p5 heads_L1 4
    x_g271_p7 cum_g271_p7 -1 assign_g271 1
    x_g271_p9 assign_g271 1 heads_L2 4
    z_g271_p3 cum_g271_p3 1 cum_g271_p5 -1
    z_g271_p3 prec_g271_g269_t3 1 prec_g271_g270_t3 1
    z_g271_p3 prec_g281_g271_t5 -1 o_v285_c3_r0 1
    z_g271_p3 o_v285_c5_r0 1 o_v286_c3_r0 1
    z_g271_p3 o_v286_c5_r0 1 occ_c3 1
    z_g271_p5 cum_g271_p5 1 cum_g271_p7 -1
    z_g271_p5 prec_g271_g269_t5 1 prec_g271_g270_t5 1
    z_g271_p5 prec_g281_g271_t7 -1 o_v285_c5_r1 1
    z_g271_p5 o_v285_c7_r0 1 o_v286_c5_r1 1
    z_g271_p5 o_v286_c7_r0 1 occ_c5 1
    z_g271_p7 cum_g271_p7 1 prec_g281_g271_t9 -1
    z_g271_p7 o_v285_c7_r1 1 o_v285_c9_r0 1
    z_g271_p7 o_v286_c7_r1 1 o_v286_c9_r0 1
    z_g271_p7 occ_c7 1
    x_g272_p2 cum_g272_p2 -1 assign_g272 1
    x_g272_p2 ffn_L0 1
    x_g272_p6 assign_g272 1 ffn_L1 1
    z_g272_p2 cum_g272_p2 1 prec_g272_g0_t2 1
    z_g272_p2 prec_g274_g272_t3 -1 prec_g274_g272_t5 -1
    z_g272_p2 o_v288_c3_r0 -1 o_v288_c5_r0 -1
    z_g272_p2 o_v288_c5_r1 -1 o_v288_c7_r0 -1
    x_g273_p2 cum_g273_p2 -1 assign_g273 1
    x_g273_p2 ffn_L0 1
    x_g273_p6 assign_g273 1 ffn_L1 1
    z_g273_p2 cum_g273_p2 1 prec_g273_g0_t2 1
    z_g273_p2 prec_g274_g273_t3 -1 prec_g274_g273_t5 -1
    z_g273_p2 o_v289_c3_r0 -1 o_v289_c5_r0 -1
    z_g273_p2 o_v289_c5_r1 -1 o_v289_c7_r0 -1
    x_g274_p3 cum_g274_p3 -1 assign_g274 1
    x_g274_p5 cum_g274_p5 -1 assign_g274 1
    x_g274_p5 heads_L1 4
    x_g274_p7 cum_g274_p7 -1 assign_g274 1
    x_g274_p9 assign_g274 1 heads_L2 4
    z_g274_p3 cum_g274_p3 1 cum_g274_p5 -1
    z_g274_p3 prec_g274_g272_t3 1 prec_g274_g273_t3 1
    z_g274_p3 prec_g281_g274_t5 -1 o_v288_c3_r0 1
    z_g274_p3 o_v288_c5_r0 1 o_v289_c3_r0 1
    z_g274_p3 o_v289_c5_r0 1 occ_c3 1
    z_g274_p5 cum_g274_p5 1 cum_g274_p7 -1
    z_g274_p5 prec_g274_g272_t5 1 prec_g274_g273_t5 1
    z_g274_p5 prec_g281_g274_t7 -1 o_v288_c5_r1 1
    z_g274_p5 o_v288_c7_r0 1 o_v289_c5_r1 1
    z_g274_p5 o_v289_c7_r0 1 occ_c5 1
    z_g274_p7 cum_g274_p7 1 prec_g281_g274_t9 -1
    z_g274_p7 o_v288_c7_r1 1 o_v288_c9_r0 1
    z_g274_p7 o_v289_c7_r1 1 o_v289_c9_r0 1
    z_g274_p7 occ_c7 1
    x_g275_p2 cum_g275_p2 -1 assign_g275 1
    x_g275_p2 ffn_L0 1
    x_g275_p6 assign_g275 1 ffn_L1 1
    z_g275_p2 cum_g275_p2 1 prec_g275_g0_t2 1
    z_g275_p2 prec_g277_g275_t3 -1 prec_g277_g275_t5 -1
    z_g275_p2 o_v291_c3_r0 -1 o_v291_c5_r0 -1
    z_g275_p2 o_v291_c5_r1 -1 o_v291_c7_r0 -1
    x_g276_p2 cum_g276_p2 -1 assign_g276 1
    x_g276_p2 ffn_L0 1
    x_g276_p6 assign_g276 1 ffn_L1 1
    z_g276_p2 cum_g276_p2 1 prec_g276_g0_t2 1
    z_g276_p2 prec_g277_g276_t3 -1 prec_g277_g276_t5 -1
    z_g276_p2 o_v292_c3_r0 -1 o_v292_c5_r0 -1
    z_g276_p2 o_v292_c5_r1 -1 o_v292_c7_r0 -1
    x_g277_p3 cum_g277_p3 -1 assign_g277 1
    x_g277_p5 cum_g277_p5 -1 assign_g277 1
    x_g277_p5 heads_L1 4
    x_g277_p7 cum_g277_p7 -1 assign_g277 1
    x_g277_p9 assign_g277 1 heads_L2 4
    z_g277_p3 cum_g277_p3 1 cum_g277_p5 -1
    z_g277_p3 prec_g277_g275_t3 1 prec_g277_g276_t3 1
    z_g277_p3 prec_g281_g277_t5 -1 o_v291_c3_r0 1
    z_g277_p3 o_v291_c5_r0 1 o_v292_c3_r0 1
    z_g277_p3 o_v292_c5_r0 1 occ_c3 1
    z_g277_p5 cum_g277_p5 1 cum_g277_p7 -1
    z_g277_p5 prec_g277_g275_t5 1 prec_g277_g276_t5 1
    z_g277_p5 prec_g281_g277_t7 -1 o_v291_c5_r1 1
    z_g277_p5 o_v291_c7_r0 1 o_v292_c5_r1 1
    z_g277_p5 o_v292_c7_r0 1 occ_c5 1
    z_g277_p7 cum_g277_p7 1 prec_g281_g277_t9 -1
    z_g277_p7 o_v291_c7_r1 1 o_v291_c9_r0 1
    z_g277_p7 o_v292_c7_r1 1 o_v292_c9_r0 1
    z_g277_p7 occ_c7 1
    x_g278_p2 cum_g278_p2 -1 assign_g278 1
    x_g278_p2 ffn_L0 1
    x_g278_p6 assign_g278 1 ffn_L1 1
    z_g278_p2 cum_g278_p2 1 prec_g278_g0_t2 1
    z_g278_p2 prec_g280_g278_t3 -1 prec_g280_g278_t5 -1
    z_g278_p2 o_v294_c3_r0 -1 o_v294_c5_r0 -1
    z_g278_p2 o_v294_c5_r1 -1 o_v294_c7_r0 -1
    x_g279_p2 cum_g279_p2 -1 assign_g279 1
    x_g279_p2 ffn_L0 1
    x_g279_p6 assign_g279 1 ffn_L1 1
    z_g279_p2 cum_g279_p2 1 prec_g279_g0_t2 1
    z_g279_p2 prec_g280_g279_t3 -1 prec_g280_g279_t5 -1
    z_g279_p2 o_v295_c3_r0 -1 o_v295_c5_r0 -1
    z_g279_p2 o_v295_c5_r1 -1 o_v295_c7_r0 -1
    x_g280_p3 cum_g280_p3 -1 assign_g280 1
    x_g280_p5 cum_g280_p5 -1 assign_g280 1
    x_g280_p5 heads_L1 4
    x_g280_p7 cum_g280_p7 -1 assign_g280 1
    x_g280_p9 assign_g280 1 heads_L2 4
    z_g280_p3 cum_g280_p3 1 cum_g280_p5 -1
    z_g280_p3 prec_g280_g278_t3 1 prec_g280_g279_t3 1
    z_g280_p3 prec_g281_g280_t5 -1 o_v294_c3_r0 1
    z_g280_p3 o_v294_c5_r0 1 o_v295_c3_r0 1
    z_g280_p3 o_v295_c5_r0 1 occ_c3 1
    z_g280_p5 cum_g280_p5 1 cum_g280_p7 -1
    z_g280_p5 prec_g280_g278_t5 1 prec_g280_g279_t5 1
    z_g280_p5 prec_g281_g280_t7 -1 o_v294_c5_r1 1
    z_g280_p5 o_v294_c7_r0 1 o_v295_c5_r1 1
    z_g280_p5 o_v295_c7_r0 1 occ_c5 1
    z_g280_p7 cum_g280_p7 1 prec_g281_g280_t9 -1
    z_g280_p7 o_v294_c7_r1 1 o_v294_c9_r0 1
    z_g280_p7 o_v295_c7_r1 1 o_v295_c9_r0 1
    z_g280_p7 occ_c7 1
    x_g281_p5 cum_g281_p5 -1 assign_g281 1
    x_g281_p5 heads_L1 64
    x_g281_p7 cum_g281_p7 -1 assign_g281 1
    x_g281_p9 cum_g281_p9 -1 assign_g281 1
    x_g281_p9 heads_L2 64
    x_g281_p11 assign_g281 1
    z_g281_p5 cum_g281_p5 1 cum_g281_p7 -1
    z_g281_p5 prec_g281_g187_t5 1 prec_g281_g190_t5 1
    z_g281_p5 prec_g281_g193_t5 1 prec_g281_g196_t5 1
    z_g281_p5 prec_g281_g199_t5 1 prec_g281_g202_t5 1
    z_g281_p5 prec_g281_g205_t5 1 prec_g281_g208_t5 1
    z_g281_p5 prec_g281_g211_t5 1 prec_g281_g214_t5 1
    z_g281_p5 prec_g281_g217_t5 1 prec_g281_g220_t5 1
    z_g281_p5 prec_g281_g223_t5 1 prec_g281_g226_t5 1
    z_g281_p5 prec_g281_g229_t5 1 prec_g281_g232_t5 1
    z_g281_p5 prec_g281_g235_t5 1 prec_g281_g238_t5 1
    z_g281_p5 prec_g281_g241_t5 1 prec_g281_g244_t5 1
    z_g281_p5 prec_g281_g247_t5 1 prec_g281_g250_t5 1
    z_g281_p5 prec_g281_g253_t5 1 prec_g281_g256_t5 1
    z_g281_p5 prec_g281_g259_t5 1 prec_g281_g262_t5 1
    z_g281_p5 prec_g281_g265_t5 1 prec_g281_g268_t5 1
    z_g281_p5 prec_g281_g271_t5 1 prec_g281_g274_t5 1
    z_g281_p5 prec_g281_g277_t5 1 prec_g281_g280_t5 1
    z_g281_p5 occ_c5 1 occ_c7 -32
    z_g281_p7 cum_g281_p7 1 cum_g281_p9 -1
    z_g281_p7 prec_g281_g187_t7 1 prec_g281_g190_t7 1
    z_g281_p7 prec_g281_g193_t7 1 prec_g281_g196_t7 1
    z_g281_p7 prec_g281_g199_t7 1 prec_g281_g202_t7 1
    z_g281_p7 prec_g281_g205_t7 1 prec_g281_g208_t7 1
    z_g281_p7 prec_g281_g211_t7 1 prec_g281_g214_t7 1
    z_g281_p7 prec_g281_g217_t7 1 prec_g281_g220_t7 1
    z_g281_p7 prec_g281_g223_t7 1 prec_g281_g226_t7 1
    z_g281_p7 prec_g281_g229_t7 1 prec_g281_g232_t7 1
    z_g281_p7 prec_g281_g235_t7 1 prec_g281_g238_t7 1
    z_g281_p7 prec_g281_g241_t7 1 prec_g281_g244_t7 1
    z_g281_p7 prec_g281_g247_t7 1 prec_g281_g250_t7 1
    z_g281_p7 prec_g281_g253_t7 1 prec_g281_g256_t7 1
    z_g281_p7 prec_g281_g259_t7 1 prec_g281_g262_t7 1
    z_g281_p7 prec_g281_g265_t7 1 prec_g281_g268_t7 1
    z_g281_p7 prec_g281_g271_t7 1 prec_g281_g274_t7 1
    z_g281_p7 prec_g281_g277_t7 1 prec_g281_g280_t7 1
    z_g281_p7 occ_c7 1 occ_c9 -32
    z_g281_p9 cum_g281_p9 1 prec_g281_g187_t9 1
    z_g281_p9 prec_g281_g190_t9 1 prec_g281_g193_t9 1
    z_g281_p9 prec_g281_g196_t9 1 prec_g281_g199_t9 1
    z_g281_p9 prec_g281_g202_t9 1 prec_g281_g205_t9 1
    z_g281_p9 prec_g281_g208_t9 1 prec_g281_g211_t9 1
    z_g281_p9 prec_g281_g214_t9 1 prec_g281_g217_t9 1
    z_g281_p9 prec_g281_g220_t9 1 prec_g281_g223_t9 1
    z_g281_p9 prec_g281_g226_t9 1 prec_g281_g229_t9 1
    z_g281_p9 prec_g281_g232_t9 1 prec_g281_g235_t9 1
    z_g281_p9 prec_g281_g238_t9 1 prec_g281_g241_t9 1
    z_g281_p9 prec_g281_g244_t9 1 prec_g281_g247_t9 1
    z_g281_p9 prec_g281_g250_t9 1 prec_g281_g253_t9 1
    z_g281_p9 prec_g281_g256_t9 1 prec_g281_g259_t9 1
    z_g281_p9 prec_g281_g262_t9 1 prec_g281_g265_t9 1
    z_g281_p9 prec_g281_g268_t9 1 prec_g281_g271_t9 1
    z_g281_p9 prec_g281_g274_t9 1 prec_g281_g277_t9 1
    z_g281_p9 prec_g281_g280_t9 1 occ_c9 1
    z_g281_p9 occ_c11 -32
    x_g282_p3 cum_g282_p3 -1 assign_g282 1
    x_g282_p5 cum_g282_p5 -1 assign_g282 1
    x_g282_p5 heads_L1 36
    x_g282_p7 cum_g282_p7 -1 assign_g282 1
    x_g282_p9 cum_g282_p9 -1 assign_g282 1
    x_g282_p9 dy_v17_L2_r0 -1 dy_v18_L2_r0 -1
    x_g282_p9 dy_v19_L2_r0 -1 dy_v20_L2_r0 -1
    x_g282_p9 dy_v21_L2_r0 -1 dy_v22_L2_r0 -1
    x_g282_p9 dy_v23_L2_r0 -1 dy_v24_L2_r0 -1
    x_g282_p9 dy_v25_L2_r0 -1 dy_v26_L2_r0 -1
    x_g282_p9 dy_v27_L2_r0 -1 dy_v28_L2_r0 -1
    x_g282_p9 dy_v29_L2_r0 -1 dy_v30_L2_r0 -1
    x_g282_p9 dy_v31_L2_r0 -1 dy_v32_L2_r0 -1
    x_g282_p9 dy_v33_L2_r0 -1 dy_v34_L2_r0 -1
    x_g282_p9 dy_v35_L2_r0 -1 dy_v36_L2_r0 -1
    x_g282_p9 dy_v37_L2_r0 -1 dy_v38_L2_r0 -1
    x_g282_p9 dy_v39_L2_r0 -1 dy_v40_L2_r0 -1
    x_g282_p9 dy_v41_L2_r0 -1 dy_v42_L2_r0 -1
    x_g282_p9 dy_v43_L2_r0 -1 dy_v44_L2_r0 -1
    x_g282_p9 dy_v45_L2_r0 -1 dy_v46_L2_r0 -1
    x_g282_p9 dy_v47_L2_r0 -1 dy_v48_L2_r0 -1
    x_g282_p9 dy_v49_L2_r0 -1 dy_v50_L2_r0 -1
    x_g282_p9 dy_v51_L2_r0 -1 dy_v52_L2_r0 -1
    x_g282_p9 heads_L2 36
    x_g282_p11 assign_g282 1
    z_g282_p3 cum_g282_p3 1 cum_g282_p5 -1
    z_g282_p3 prec_g282_g1_t3 1 prec_g282_g2_t3 1
    z_g282_p3 prec_g282_g3_t3 1 prec_g282_g4_t3 1
    z_g282_p3 prec_g282_g5_t3 1 prec_g282_g6_t3 1
    z_g282_p3 prec_g282_g7_t3 1 prec_g282_g8_t3 1
    z_g282_p3 prec_g282_g9_t3 1 prec_g282_g10_t3 1
    z_g282_p3 prec_g282_g11_t3 1 prec_g282_g12_t3 1
    z_g282_p3 prec_g282_g13_t3 1 prec_g282_g14_t3 1
    z_g282_p3 prec_g282_g15_t3 1 prec_g282_g16_t3 1
    z_g282_p3 prec_g282_g17_t3 1 prec_g282_g18_t3 1
    z_g282_p3 prec_g282_g19_t3 1 prec_g282_g20_t3 1
    z_g282_p3 prec_g282_g21_t3 1 prec_g282_g22_t3 1
    z_g282_p3 prec_g282_g23_t3 1 prec_g282_g24_t3 1
    z_g282_p3 prec_g282_g25_t3 1 prec_g282_g26_t3 1
    z_g282_p3 prec_g282_g27_t3 1 prec_g282_g28_t3 1
    z_g282_p3 prec_g282_g29_t3 1 prec_g282_g30_t3 1
    z_g282_p3 prec_g282_g31_t3 1 prec_g282_g32_t3 1
    z_g282_p3 prec_g282_g33_t3 1 prec_g282_g34_t3 1
    z_g282_p3 prec_g282_g35_t3 1 prec_g282_g36_t3 1
    z_g282_p3 o_v17_c3_r4 1 o_v17_c5_r4 1
    z_g282_p3 o_v18_c3_r4 1 o_v18_c5_r4 1
    z_g282_p3 o_v19_c3_r4 1 o_v19_c5_r4 1
    z_g282_p3 o_v20_c3_r4 1 o_v20_c5_r4 1
    z_g282_p3 o_v21_c3_r4 1 o_v21_c5_r4 1
    z_g282_p3 o_v22_c3_r4 1 o_v22_c5_r4 1
    z_g282_p3 o_v23_c3_r4 1 o_v23_c5_r4 1
    z_g282_p3 o_v24_c3_r4 1 o_v24_c5_r4 1
    z_g282_p3 o_v25_c3_r4 1 o_v25_c5_r4 1
    z_g282_p3 o_v26_c3_r4 1 o_v26_c5_r4 1
    z_g282_p3 o_v27_c3_r4 1 o_v27_c5_r4 1
    z_g282_p3 o_v28_c3_r4 1 o_v28_c5_r4 1
    z_g282_p3 o_v29_c3_r4 1 o_v29_c5_r4 1
    z_g282_p3 o_v30_c3_r4 1 o_v30_c5_r4 1
    z_g282_p3 o_v31_c3_r4 1 o_v31_c5_r4 1
    z_g282_p3 o_v32_c3_r4 1 o_v32_c5_r4 1
    z_g282_p3 o_v33_c3_r4 1 o_v33_c5_r4 1
    z_g282_p3 o_v34_c3_r4 1 o_v34_c5_r4 1
    z_g282_p3 o_v35_c3_r4 1 o_v35_c5_r4 1
    z_g282_p3 o_v36_c3_r4 1 o_v36_c5_r4 1
    z_g282_p3 o_v37_c3_r4 1 o_v37_c5_r4 1
    z_g282_p3 o_v38_c3_r4 1 o_v38_c5_r4 1
    z_g282_p3 o_v39_c3_r4 1 o_v39_c5_r4 1
    z_g282_p3 o_v40_c3_r4 1 o_v40_c5_r4 1
    z_g282_p3 o_v41_c3_r4 1 o_v41_c5_r4 1
    z_g282_p3 o_v42_c3_r4 1 o_v42_c5_r4 1
    z_g282_p3 o_v43_c3_r4 1 o_v43_c5_r4 1
    z_g282_p3 o_v44_c3_r4 1 o_v44_c5_r4 1
    z_g282_p3 o_v45_c3_r4 1 o_v45_c5_r4 1
    z_g282_p3 o_v46_c3_r4 1 o_v46_c5_r4 1
    z_g282_p3 o_v47_c3_r4 1 o_v47_c5_r4 1
    z_g282_p3 o_v48_c3_r4 1 o_v48_c5_r4 1
    z_g282_p3 o_v49_c3_r4 1 o_v49_c5_r4 1
    z_g282_p3 o_v50_c3_r4 1 o_v50_c5_r4 1
    z_g282_p3 o_v51_c3_r4 1 o_v51_c5_r4 1
    z_g282_p3 o_v52_c3_r4 1 o_v52_c5_r4 1
    z_g282_p3 occ_c3 1
    z_g282_p5 cum_g282_p5 1 cum_g282_p7 -1
    z_g282_p5 prec_g282_g1_t5 1 prec_g282_g2_t5 1
    z_g282_p5 prec_g282_g3_t5 1 prec_g282_g4_t5 1
    z_g282_p5 prec_g282_g5_t5 1 prec_g282_g6_t5 1
    z_g282_p5 prec_g282_g7_t5 1 prec_g282_g8_t5 1
    z_g282_p5 prec_g282_g9_t5 1 prec_g282_g10_t5 1
    z_g282_p5 prec_g282_g11_t5 1 prec_g282_g12_t5 1
    z_g282_p5 prec_g282_g13_t5 1 prec_g282_g14_t5 1
    z_g282_p5 prec_g282_g15_t5 1 prec_g282_g16_t5 1
    z_g282_p5 prec_g282_g17_t5 1 prec_g282_g18_t5 1
    z_g282_p5 prec_g282_g19_t5 1 prec_g282_g20_t5 1
    z_g282_p5 prec_g282_g21_t5 1 prec_g282_g22_t5 1
    z_g282_p5 prec_g282_g23_t5 1 prec_g282_g24_t5 1
    z_g282_p5 prec_g282_g25_t5 1 prec_g282_g26_t5 1
    z_g282_p5 prec_g282_g27_t5 1 prec_g282_g28_t5 1
    z_g282_p5 prec_g282_g29_t5 1 prec_g282_g30_t5 1
    z_g282_p5 prec_g282_g31_t5 1 prec_g282_g32_t5 1
    z_g282_p5 prec_g282_g33_t5 1 prec_g282_g34_t5 1
    z_g282_p5 prec_g282_g35_t5 1 prec_g282_g36_t5 1
    z_g282_p5 o_v17_c5_r5 1 o_v18_c5_r5 1
    z_g282_p5 o_v19_c5_r5 1 o_v20_c5_r5 1
    z_g282_p5 o_v21_c5_r5 1 o_v22_c5_r5 1
    z_g282_p5 o_v23_c5_r5 1 o_v24_c5_r5 1
    z_g282_p5 o_v25_c5_r5 1 o_v26_c5_r5 1
    z_g282_p5 o_v27_c5_r5 1 o_v28_c5_r5 1
    z_g282_p5 o_v29_c5_r5 1 o_v30_c5_r5 1
    z_g282_p5 o_v31_c5_r5 1 o_v32_c5_r5 1
    z_g282_p5 o_v33_c5_r5 1 o_v34_c5_r5 1
    z_g282_p5 o_v35_c5_r5 1 o_v36_c5_r5 1
    z_g282_p5 o_v37_c5_r5 1 o_v38_c5_r5 1
    z_g282_p5 o_v39_c5_r5 1 o_v40_c5_r5 1
    z_g282_p5 o_v41_c5_r5 1 o_v42_c5_r5 1
    z_g282_p5 o_v43_c5_r5 1 o_v44_c5_r5 1
    z_g282_p5 o_v45_c5_r5 1 o_v46_c5_r5 1
    z_g282_p5 o_v47_c5_r5 1 o_v48_c5_r5 1
    z_g282_p5 o_v49_c5_r5 1 o_v50_c5_r5 1
    z_g282_p5 o_v51_c5_r5 1 o_v52_c5_r5 1
    z_g282_p5 occ_c5 1
    z_g282_p7 cum_g282_p7 1 cum_g282_p9 -1
    z_g282_p7 o_v17_c9_r4 1 o_v18_c9_r4 1
    z_g282_p7 o_v19_c9_r4 1 o_v20_c9_r4 1
    z_g282_p7 o_v21_c9_r4 1 o_v22_c9_r4 1
    z_g282_p7 o_v23_c9_r4 1 o_v24_c9_r4 1
    z_g282_p7 o_v25_c9_r4 1 o_v26_c9_r4 1
    z_g282_p7 o_v27_c9_r4 1 o_v28_c9_r4 1
    z_g282_p7 o_v29_c9_r4 1 o_v30_c9_r4 1
    z_g282_p7 o_v31_c9_r4 1 o_v32_c9_r4 1
    z_g282_p7 o_v33_c9_r4 1 o_v34_c9_r4 1
    z_g282_p7 o_v35_c9_r4 1 o_v36_c9_r4 1
    z_g282_p7 o_v37_c9_r4 1 o_v38_c9_r4 1
    z_g282_p7 o_v39_c9_r4 1 o_v40_c9_r4 1
    z_g282_p7 o_v41_c9_r4 1 o_v42_c9_r4 1
    z_g282_p7 o_v43_c9_r4 1 o_v44_c9_r4 1
    z_g282_p7 o_v45_c9_r4 1 o_v46_c9_r4 1
    z_g282_p7 o_v47_c9_r4 1 o_v48_c9_r4 1
    z_g282_p7 o_v49_c9_r4 1 o_v50_c9_r4 1
    z_g282_p7 o_v51_c9_r4 1 o_v52_c9_r4 1
    z_g282_p7 occ_c7 1
    z_g282_p9 cum_g282_p9 1 o_v17_c9_r5 1
    z_g282_p9 o_v17_c11_r4 1 o_v18_c9_r5 1
    z_g282_p9 o_v18_c11_r4 1 o_v19_c9_r5 1
    z_g282_p9 o_v19_c11_r4 1 o_v20_c9_r5 1
    z_g282_p9 o_v20_c11_r4 1 o_v21_c9_r5 1
    z_g282_p9 o_v21_c11_r4 1 o_v22_c9_r5 1
    z_g282_p9 o_v22_c11_r4 1 o_v23_c9_r5 1
    z_g282_p9 o_v23_c11_r4 1 o_v24_c9_r5 1
    z_g282_p9 o_v24_c11_r4 1 o_v25_c9_r5 1
    z_g282_p9 o_v25_c11_r4 1 o_v26_c9_r5 1
    z_g282_p9 o_v26_c11_r4 1 o_v27_c9_r5 1
    z_g282_p9 o_v27_c11_r4 1 o_v28_c9_r5 1
    z_g282_p9 o_v28_c11_r4 1 o_v29_c9_r5 1
    z_g282_p9 o_v29_c11_r4 1 o_v30_c9_r5 1
    z_g282_p9 o_v30_c11_r4 1 o_v31_c9_r5 1
    z_g282_p9 o_v31_c11_r4 1 o_v32_c9_r5 1
    z_g282_p9 o_v32_c11_r4 1 o_v33_c9_r5 1
    z_g282_p9 o_v33_c11_r4 1 o_v34_c9_r5 1
    z_g282_p9 o_v34_c11_r4 1 o_v35_c9_r5 1
    z_g282_p9 o_v35_c11_r4 1 o_v36_c9_r5 1
    z_g282_p9 o_v36_c11_r4 1 o_v37_c9_r5 1
    z_g282_p9 o_v37_c11_r4 1 o_v38_c9_r5 1
    z_g282_p9 o_v38_c11_r4 1 o_v39_c9_r5 1
    z_g282_p9 o_v39_c11_r4 1 o_v40_c9_r5 1
    z_g282_p9 o_v40_c11_r4 1 o_v41_c9_r5 1
    z_g282_p9 o_v41_c11_r4 1 o_v42_c9_r5 1
    z_g282_p9 o_v42_c11_r4 1 o_v43_c9_r5 1
    z_g282_p9 o_v43_c11_r4 1 o_v44_c9_r5 1
    z_g282_p9 o_v44_c11_r4 1 o_v45_c9_r5 1
    z_g282_p9 o_v45_c11_r4 1 o_v46_c9_r5 1
    z_g282_p9 o_v46_c11_r4 1 o_v47_c9_r5 1
    z_g282_p9 o_v47_c11_r4 1 o_v48_c9_r5 1
    z_g282_p9 o_v48_c11_r4 1 o_v49_c9_r5 1
    z_g282_p9 o_v49_c11_r4 1 o_v50_c9_r5 1
    z_g282_p9 o_v50_c11_r4 1 o_v51_c9_r5 1
    z_g282_p9 o_v51_c11_r4 1 o_v52_c9_r5 1
    z_g282_p9 o_v52_c11_r4 1 occ_c9 1
    d_half OBJROW 2 occ_c1 -2
    d_half occ_c3 -2 occ_c5 -2
    d_half occ_c7 -2 occ_c9 -2
    d_half occ_c11 -2 heads_L0 -2
    d_half heads_L1 -2 heads_L2 -2
    o_v0_c9 o_v0_c9_r0 1 o_v0_c9_r1 1
    o_v0_c9 o_v0_c9_r2 1 o_v0_c9_r3 1
    o_v0_c9 o_v0_c9_r4 1 o_v0_c9_r5 1
    o_v0_c9 o_v0_c9_r6 1 o_v0_c9_r7 1
    o_v0_c9 o_v0_c9_r8 1 o_v0_c9_r9 1
    o_v0_c9 o_v0_c9_r10 1 o_v0_c9_r11 1
    o_v0_c9 o_v0_c9_r12 1 o_v0_c9_r13 1
    o_v0_c9 o_v0_c9_r14 1 o_v0_c9_r15 1
    o_v0_c9 o_v0_c9_r16 1 o_v0_c9_r17 1
    o_v0_c9 o_v0_c9_r18 1 o_v0_c9_r19 1
    o_v0_c9 o_v0_c9_r20 1 o_v0_c9_r21 1
    o_v0_c9 o_v0_c9_r22 1 o_v0_c9_r23 1
    o_v0_c9 o_v0_c9_r24 1 o_v0_c9_r25 1
    o_v0_c9 o_v0_c9_r26 1 o_v0_c9_r27 1
    o_v0_c9 o_v0_c9_r28 1 o_v0_c9_r29 1
    o_v0_c9 o_v0_c9_r30 1 o_v0_c9_r31 1
    o_v0_c9 o_v0_c9_r32 1 o_v0_c9_r33 1
    o_v0_c9 o_v0_c9_r34 1 o_v0_c9_r35 1
    o_v0_c9 o_v0_c9_r36 1 o_v0_c9_r37 1
    o_v0_c9 o_v0_c9_r38 1 o_v0_c9_r39 1
    o_v0_c9 o_v0_c9_r40 1 o_v0_c9_r41 1
    o_v0_c9 o_v0_c9_r42 1 o_v0_c9_r43 1
    o_v0_c9 o_v0_c9_r44 1 o_v0_c9_r45 1
    o_v0_c9 o_v0_c9_r46 1 o_v0_c9_r47 1
    o_v0_c9 o_v0_c9_r48 1 o_v0_c9_r49 1
    o_v0_c9 o_v0_c9_r50 1 o_v0_c9_r51 1
    o_v0_c9 o_v0_c9_r52 1 o_v0_c9_r53 1
    o_v0_c9 o_v0_c9_r54 1 o_v0_c9_r55 1
    o_v0_c9 o_v0_c9_r56 1 o_v0_c9_r57 1
    o_v0_c9 o_v0_c9_r58 1 o_v0_c9_r59 1
    o_v0_c9 o_v0_c9_r60 1 o_v0_c9_r61 1
    o_v0_c9 o_v0_c9_r62 1 o_v0_c9_r63 1
    o_v0_c9 o_v0_c9_r64 1 o_v0_c9_r65 1
    o_v0_c9 o_v0_c9_r66 1 o_v0_c9_r67 1
    o_v0_c9 o_v0_c9_r68 1 o_v0_c9_r69 1
    o_v0_c9 o_v0_c9_r70 1 o_v0_c9_r71 1
    o_v0_c9 o_v0_c9_r72 1 o_v0_c9_r73 1
    o_v0_c9 o_v0_c9_r74 1 o_v0_c9_r75 1
    o_v0_c9 o_v0_c9_r76 1 o_v0_c9_r77 1
    o_v0_c9 o_v0_c9_r78 1 o_v0_c9_r79 1
    o_v0_c9 o_v0_c9_r80 1 o_v0_c9_r81 1
    o_v0_c9 o_v0_c9_r82 1 o_v0_c9_r83 1
    o_v0_c9 o_v0_c9_r84 1 o_v0_c9_r85 1
    o_v0_c9 o_v0_c9_r86 1 o_v0_c9_r87 1
    o_v0_c9 o_v0_c9_r88 1 o_v0_c9_r89 1
    o_v0_c9 o_v0_c9_r90 1 o_v0_c9_r91 1
    o_v0_c9 o_v0_c9_r92 1 o_v0_c9_r93 1
    o_v0_c9 o_v0_c9_r94 1 o_v0_c9_r95 1
    o_v0_c9 occ_c9 1
    o_v0_c11 o_v0_c11_r0 1 o_v0_c11_r1 1
    o_v0_c11 o_v0_c11_r2 1 o_v0_c11_r3 1
    o_v0_c11 o_v0_c11_r4 1 o_v0_c11_r5 1
    o_v0_c11 o_v0_c11_r6 1 o_v0_c11_r7 1
    o_v0_c11 o_v0_c11_r8 1 o_v0_c11_r9 1
    o_v0_c11 o_v0_c11_r10 1 o_v0_c11_r11 1
    o_v0_c11 o_v0_c11_r12 1 o_v0_c11_r13 1
    o_v0_c11 o_v0_c11_r14 1 o_v0_c11_r15 1
    o_v0_c11 o_v0_c11_r16 1 o_v0_c11_r17 1
    o_v0_c11 o_v0_c11_r18 1 o_v0_c11_r19 1
    o_v0_c11 o_v0_c11_r20 1 o_v0_c11_r21 1
    o_v0_c11 o_v0_c11_r22 1 o_v0_c11_r23 1
    o_v0_c11 o_v0_c11_r24 1 o_v0_c11_r25 1
    o_v0_c11 o_v0_c11_r26 1 o_v0_c11_r27 1
    o_v0_c11 o_v0_c11_r28 1 o_v0_c11_r29 1
    o_v0_c11 o_v0_c11_r30 1 o_v0_c11_r31 1
    o_v0_c11 o_v0_c11_r32 1 o_v0_c11_r33 1
    o_v0_c11 o_v0_c11_r34 1 o_v0_c11_r35 1
    o_v0_c11 o_v0_c11_r36 1 o_v0_c11_r37 1
    o_v0_c11 o_v0_c11_r38 1 o_v0_c11_r39 1
    o_v0_c11 o_v0_c11_r40 1 o_v0_c11_r41 1
    o_v0_c11 o_v0_c11_r42 1 o_v0_c11_r43 1
    o_v0_c11 o_v0_c11_r44 1 o_v0_c11_r45 1
    o_v0_c11 o_v0_c11_r46 1 o_v0_c11_r47 1
    o_v0_c11 o_v0_c11_r48 1 o_v0_c11_r49 1
    o_v0_c11 o_v0_c11_r50 1 o_v0_c11_r51 1
    o_v0_c11 o_v0_c11_r52 1 o_v0_c11_r53 1
    o_v0_c11 o_v0_c11_r54 1 o_v0_c11_r55 1
    o_v0_c11 o_v0_c11_r56 1 o_v0_c11_r57 1
    o_v0_c11 o_v0_c11_r58 1 o_v0_c11_r59 1
    o_v0_c11 o_v0_c11_r60 1 o_v0_c11_r61 1
    o_v0_c11 o_v0_c11_r62 1 o_v0_c11_r63 1
    o_v0_c11 o_v0_c11_r64 1 o_v0_c11_r65 1
    o_v0_c11 o_v0_c11_r66 1 o_v0_c11_r67 1
    o_v0_c11 o_v0_c11_r68 1 o_v0_c11_r69 1
    o_v0_c11 o_v0_c11_r70 1 o_v0_c11_r71 1
    o_v0_c11 o_v0_c11_r72 1 o_v0_c11_r73 1
    o_v0_c11 o_v0_c11_r74 1 o_v0_c11_r75 1
    o_v0_c11 o_v0_c11_r76 1 o_v0_c11_r77 1
    o_v0_c11 o_v0_c11_r78 1 o_v0_c11_r79 1
    o_v0_c11 o_v0_c11_r80 1 o_v0_c11_r81 1
    o_v0_c11 o_v0_c11_r82 1 o_v0_c11_r83 1
    o_v0_c11 o_v0_c11_r84 1 o_v0_c11_r85 1
    o_v0_c11 o_v0_c11_r86 1 o_v0_c11_r87 1
    o_v0_c11 o_v0_c11_r88 1 o_v0_c11_r89 1
    o_v0_c11 o_v0_c11_r90 1 o_v0_c11_r91 1
    o_v0_c11 o_v0_c11_r92 1 o_v0_c11_r93 1
    o_v0_c11 o_v0_c11_r94 1 o_v0_c11_r95 1
    o_v0_c11 occ_c11 1
    o_v11_c1 o_v11_c1_r0 1 o_v11_c1_r1 1
    o_v11_c1 o_v11_c1_r2 1 o_v11_c1_r3 1
    o_v11_c1 o_v11_c1_r4 1 o_v11_c1_r5 1
    o_v11_c1 o_v11_c1_r6 1 o_v11_c1_r7 1
    o_v11_c1 o_v11_c1_r8 1 o_v11_c1_r9 1
    o_v11_c1 o_v11_c1_r10 1 o_v11_c1_r11 1
    o_v11_c1 o_v11_c1_r12 1 o_v11_c1_r13 1
    o_v11_c1 o_v11_c1_r14 1 o_v11_c1_r15 1
    o_v11_c1 o_v11_c1_r16 1 o_v11_c1_r17 1
    o_v11_c1 o_v11_c1_r18 1 o_v11_c1_r19 1
    o_v11_c1 o_v11_c1_r20 1 o_v11_c1_r21 1
    o_v11_c1 o_v11_c1_r22 1 o_v11_c1_r23 1
    o_v11_c1 o_v11_c1_r24 1 o_v11_c1_r25 1
    o_v11_c1 o_v11_c1_r26 1 o_v11_c1_r27 1
    o_v11_c1 o_v11_c1_r28 1 o_v11_c1_r29 1
    o_v11_c1 o_v11_c1_r30 1 o_v11_c1_r31 1
    o_v11_c1 o_v11_c1_r32 1 o_v11_c1_r33 1
    o_v11_c1 occ_c1 1
    o_v11_c3 o_v11_c3_r0 1 o_v11_c3_r1 1
    o_v11_c3 o_v11_c3_r2 1 o_v11_c3_r3 1
    o_v11_c3 o_v11_c3_r4 1 o_v11_c3_r5 1
    o_v11_c3 o_v11_c3_r6 1 o_v11_c3_r7 1
    o_v11_c3 o_v11_c3_r8 1 o_v11_c3_r9 1
    o_v11_c3 o_v11_c3_r10 1 o_v11_c3_r11 1
    o_v11_c3 o_v11_c3_r12 1 o_v11_c3_r13 1
    o_v11_c3 o_v11_c3_r14 1 o_v11_c3_r15 1
    o_v11_c3 o_v11_c3_r16 1 o_v11_c3_r17 1
    o_v11_c3 o_v11_c3_r18 1 o_v11_c3_r19 1
    o_v11_c3 o_v11_c3_r20 1 o_v11_c3_r21 1
    o_v11_c3 o_v11_c3_r22 1 o_v11_c3_r23 1
    o_v11_c3 o_v11_c3_r24 1 o_v11_c3_r25 1
    o_v11_c3 o_v11_c3_r26 1 o_v11_c3_r27 1
    o_v11_c3 o_v11_c3_r28 1 o_v11_c3_r29 1
    o_v11_c3 o_v11_c3_r30 1 o_v11_c3_r31 1
    o_v11_c3 o_v11_c3_r32 1 o_v11_c3_r33 1
    o_v11_c3 occ_c3 1
    o_v11_c5 o_v11_c5_r0 1 o_v11_c5_r1 1
    o_v11_c5 o_v11_c5_r2 1 o_v11_c5_r3 1
    o_v11_c5 o_v11_c5_r4 1 o_v11_c5_r5 1
    o_v11_c5 o_v11_c5_r6 1 o_v11_c5_r7 1
    o_v11_c5 o_v11_c5_r8 1 o_v11_c5_r9 1
    o_v11_c5 o_v11_c5_r10 1 o_v11_c5_r11 1
    o_v11_c5 o_v11_c5_r12 1 o_v11_c5_r13 1
    o_v11_c5 o_v11_c5_r14 1 o_v11_c5_r15 1
    o_v11_c5 o_v11_c5_r16 1 o_v11_c5_r17 1
    o_v11_c5 o_v11_c5_r18 1 o_v11_c5_r19 1
    o_v11_c5 o_v11_c5_r20 1 o_v11_c5_r21 1
    o_v11_c5 o_v11_c5_r22 1 o_v11_c5_r23 1
    o_v11_c5 o_v11_c5_r24 1 o_v11_c5_r25 1
    o_v11_c5 o_v11_c5_r26 1 o_v11_c5_r27 1
    o_v11_c5 o_v11_c5_r28 1 o_v11_c5_r29 1
    o_v11_c5 o_v11_c5_r30 1 o_v11_c5_r31 1
    o_v11_c5 o_v11_c5_r32 1 o_v11_c5_r33 1
    o_v11_c5 occ_c5 1
    o_v11_c7 o_v11_c7_r0 1 o_v11_c7_r1 1
    o_v11_c7 o_v11_c7_r2 1 o_v11_c7_r3 1
    o_v11_c7 o_v11_c7_r4 1 o_v11_c7_r5 1
    o_v11_c7 o_v11_c7_r6 1 o_v11_c7_r7 1
    o_v11_c7 o_v11_c7_r8 1 o_v11_c7_r9 1
    o_v11_c7 o_v11_c7_r10 1 o_v11_c7_r11 1
    o_v11_c7 o_v11_c7_r12 1 o_v11_c7_r13 1
    o_v11_c7 o_v11_c7_r14 1 o_v11_c7_r15 1
    o_v11_c7 o_v11_c7_r16 1 o_v11_c7_r17 1
    o_v11_c7 o_v11_c7_r18 1 o_v11_c7_r19 1
    o_v11_c7 o_v11_c7_r20 1 o_v11_c7_r21 1
    o_v11_c7 o_v11_c7_r22 1 o_v11_c7_r23 1
    o_v11_c7 o_v11_c7_r24 1 o_v11_c7_r25 1
    o_v11_c7 o_v11_c7_r26 1 o_v11_c7_r27 1
    o_v11_c7 o_v11_c7_r28 1 o_v11_c7_r29 1
    o_v11_c7 o_v11_c7_r30 1 o_v11_c7_r31 1
    o_v11_c7 o_v11_c7_r32 1 o_v11_c7_r33 1
    o_v11_c7 occ_c7 1
    o_v12_c1 o_v12_c1_r0 1 o_v12_c1_r1 1
    o_v12_c1 o_v12_c1_r2 1 o_v12_c1_r3 1
    o_v12_c1 o_v12_c1_r4 1 o_v12_c1_r5 1
    o_v12_c1 o_v12_c1_r6 1 o_v12_c1_r7 1
    o_v12_c1 o_v12_c1_r8 1 o_v12_c1_r9 1
    o_v12_c1 o_v12_c1_r10 1 o_v12_c1_r11 1
    o_v12_c1 o_v12_c1_r12 1 o_v12_c1_r13 1
    o_v12_c1 o_v12_c1_r14 1 o_v12_c1_r15 1
    o_v12_c1 o_v12_c1_r16 1 o_v12_c1_r17 1
    o_v12_c1 o_v12_c1_r18 1 o_v12_c1_r19 1
    o_v12_c1 o_v12_c1_r20 1 o_v12_c1_r21 1
    o_v12_c1 o_v12_c1_r22 1 o_v12_c1_r23 1
    o_v12_c1 o_v12_c1_r24 1 o_v12_c1_r25 1
    o_v12_c1 o_v12_c1_r26 1 o_v12_c1_r27 1
    o_v12_c1 o_v12_c1_r28 1 o_v12_c1_r29 1
    o_v12_c1 o_v12_c1_r30 1 o_v12_c1_r31 1
    o_v12_c1 o_v12_c1_r32 1 o_v12_c1_r33 1
    o_v12_c1 occ_c1 1
    o_v12_c3 o_v12_c3_r0 1 o_v12_c3_r1 1
    o_v12_c3 o_v12_c3_r2 1 o_v12_c3_r3 1
    o_v12_c3 o_v12_c3_r4 1 o_v12_c3_r5 1
    o_v12_c3 o_v12_c3_r6 1 o_v12_c3_r7 1
    o_v12_c3 o_v12_c3_r8 1 o_v12_c3_r9 1
    o_v12_c3 o_v12_c3_r10 1 o_v12_c3_r11 1
    o_v12_c3 o_v12_c3_r12 1 o_v12_c3_r13 1
    o_v12_c3 o_v12_c3_r14 1 o_v12_c3_r15 1
    o_v12_c3 o_v12_c3_r16 1 o_v12_c3_r17 1
    o_v12_c3 o_v12_c3_r18 1 o_v12_c3_r19 1
    o_v12_c3 o_v12_c3_r20 1 o_v12_c3_r21 1
    o_v12_c3 o_v12_c3_r22 1 o_v12_c3_r23 1
    o_v12_c3 o_v12_c3_r24 1 o_v12_c3_r25 1
    o_v12_c3 o_v12_c3_r26 1 o_v12_c3_r27 1
    o_v12_c3 o_v12_c3_r28 1 o_v12_c3_r29 1
    o_v12_c3 o_v12_c3_r30 1 o_v12_c3_r31 1
    o_v12_c3 o_v12_c3_r32 1 o_v12_c3_r33 1
    o_v12_c3 occ_c3 1
    o_v12_c5 o_v12_c5_r0 1 o_v12_c5_r1 1
    o_v12_c5 o_v12_c5_r2 1 o_v12_c5_r3 1
    o_v12_c5 o_v12_c5_r4 1 o_v12_c5_r5 1
    o_v12_c5 o_v12_c5_r6 1 o_v12_c5_r7 1
    o_v12_c5 o_v12_c5_r8 1 o_v12_c5_r9 1
    o_v12_c5 o_v12_c5_r10 1 o_v12_c5_r11 1
    o_v12_c5 o_v12_c5_r12 1 o_v12_c5_r13 1
    o_v12_c5 o_v12_c5_r14 1 o_v12_c5_r15 1
    o_v12_c5 o_v12_c5_r16 1 o_v12_c5_r17 1
    o_v12_c5 o_v12_c5_r18 1 o_v12_c5_r19 1
    o_v12_c5 o_v12_c5_r20 1 o_v12_c5_r21 1
    o_v12_c5 o_v12_c5_r22 1 o_v12_c5_r23 1
    o_v12_c5 o_v12_c5_r24 1 o_v12_c5_r25 1
    o_v12_c5 o_v12_c5_r26 1 o_v12_c5_r27 1
    o_v12_c5 o_v12_c5_r28 1 o_v12_c5_r29 1
    o_v12_c5 o_v12_c5_r30 1 o_v12_c5_r31 1
    o_v12_c5 o_v12_c5_r32 1 o_v12_c5_r33 1
    o_v12_c5 occ_c5 1
    o_v12_c7 o_v12_c7_r0 1 o_v12_c7_r1 1
    o_v12_c7 o_v12_c7_r2 1 o_v12_c7_r3 1
    o_v12_c7 o_v12_c7_r4 1 o_v12_c7_r5 1
    o_v12_c7 o_v12_c7_r6 1 o_v12_c7_r7 1
    o_v12_c7 o_v12_c7_r8 1 o_v12_c7_r9 1
    o_v12_c7 o_v12_c7_r10 1 o_v12_c7_r11 1
    o_v12_c7 o_v12_c7_r12 1 o_v12_c7_r13 1
    o_v12_c7 o_v12_c7_r14 1 o_v12_c7_r15 1
    o_v12_c7 o_v12_c7_r16 1 o_v12_c7_r17 1
    o_v12_c7 o_v12_c7_r18 1 o_v12_c7_r19 1
    o_v12_c7 o_v12_c7_r20 1 o_v12_c7_r21 1
    o_v12_c7 o_v12_c7_r22 1 o_v12_c7_r23 1
    o_v12_c7 o_v12_c7_r24 1 o_v12_c7_r25 1
    o_v12_c7 o_v12_c7_r26 1 o_v12_c7_r27 1
    o_v12_c7 o_v12_c7_r28 1 o_v12_c7_r29 1
    o_v12_c7 o_v12_c7_r30 1 o_v12_c7_r31 1
    o_v12_c7 o_v12_c7_r32 1 o_v12_c7_r33 1
    o_v12_c7 occ_c7 1
    o_v13_c1 o_v13_c1_r0 1 o_v13_c1_r1 1
    o_v13_c1 o_v13_c1_r2 1 o_v13_c1_r3 1
    o_v13_c1 o_v13_c1_r4 1 o_v13_c1_r5 1
    o_v13_c1 o_v13_c1_r6 1 o_v13_c1_r7 1
    o_v13_c1 o_v13_c1_r8 1 o_v13_c1_r9 1
    o_v13_c1 o_v13_c1_r10 1 o_v13_c1_r11 1
    o_v13_c1 o_v13_c1_r12 1 o_v13_c1_r13 1
    o_v13_c1 o_v13_c1_r14 1 o_v13_c1_r15 1
    o_v13_c1 o_v13_c1_r16 1 o_v13_c1_r17 1
    o_v13_c1 o_v13_c1_r18 1 o_v13_c1_r19 1
    o_v13_c1 o_v13_c1_r20 1 o_v13_c1_r21 1
    o_v13_c1 o_v13_c1_r22 1 o_v13_c1_r23 1
    o_v13_c1 o_v13_c1_r24 1 o_v13_c1_r25 1
    o_v13_c1 o_v13_c1_r26 1 o_v13_c1_r27 1
    o_v13_c1 o_v13_c1_r28 1 o_v13_c1_r29 1
    o_v13_c1 o_v13_c1_r30 1 o_v13_c1_r31 1
    o_v13_c1 o_v13_c1_r32 1 o_v13_c1_r33 1
    o_v13_c1 o_v13_c1_r34 1 o_v13_c1_r35 1
    o_v13_c1 o_v13_c1_r36 1 o_v13_c1_r37 1
    o_v13_c1 o_v13_c1_r38 1 o_v13_c1_r39 1
    o_v13_c1 o_v13_c1_r40 1 o_v13_c1_r41 1
    o_v13_c1 o_v13_c1_r42 1 o_v13_c1_r43 1
    o_v13_c1 o_v13_c1_r44 1 o_v13_c1_r45 1
    o_v13_c1 o_v13_c1_r46 1 o_v13_c1_r47 1
    o_v13_c1 o_v13_c1_r48 1 o_v13_c1_r49 1
    o_v13_c1 o_v13_c1_r50 1 o_v13_c1_r51 1
    o_v13_c1 o_v13_c1_r52 1 o_v13_c1_r53 1
    o_v13_c1 o_v13_c1_r54 1 o_v13_c1_r55 1
    o_v13_c1 o_v13_c1_r56 1 o_v13_c1_r57 1
    o_v13_c1 o_v13_c1_r58 1 o_v13_c1_r59 1
    o_v13_c1 o_v13_c1_r60 1 o_v13_c1_r61 1
    o_v13_c1 o_v13_c1_r62 1 o_v13_c1_r63 1
    o_v13_c1 o_v13_c1_r64 1 o_v13_c1_r65 1
    o_v13_c1 o_v13_c1_r66 1 o_v13_c1_r67 1
    o_v13_c1 o_v13_c1_r68 1 o_v13_c1_r69 1
    o_v13_c1 o_v13_c1_r70 1 o_v13_c1_r71 1
    o_v13_c1 o_v13_c1_r72 1 o_v13_c1_r73 1
    o_v13_c1 o_v13_c1_r74 1 o_v13_c1_r75 1
    o_v13_c1 o_v13_c1_r76 1 o_v13_c1_r77 1
    o_v13_c1 o_v13_c1_r78 1 o_v13_c1_r79 1
    o_v13_c1 o_v13_c1_r80 1 o_v13_c1_r81 1
    o_v13_c1 o_v13_c1_r82 1 o_v13_c1_r83 1
    o_v13_c1 o_v13_c1_r84 1 o_v13_c1_r85 1
    o_v13_c1 o_v13_c1_r86 1 o_v13_c1_r87 1
    o_v13_c1 o_v13_c1_r88 1 o_v13_c1_r89 1
    o_v13_c1 o_v13_c1_r90 1 o_v13_c1_r91 1
    o_v13_c1 o_v13_c1_r92 1 o_v13_c1_r93 1
    o_v13_c1 o_v13_c1_r94 1 o_v13_c1_r95 1
    o_v13_c1 o_v13_c1_r96 1 o_v13_c1_r97 1
    o_v13_c1 o_v13_c1_r98 1 o_v13_c1_r99 1
    o_v13_c1 o_v13_c1_r100 1 o_v13_c1_r101 1
    o_v13_c1 o_v13_c1_r102 1 o_v13_c1_r103 1
    o_v13_c1 o_v13_c1_r104 1 o_v13_c1_r105 1
    o_v13_c1 o_v13_c1_r106 1 o_v13_c1_r107 1
    o_v13_c1 o_v13_c1_r108 1 o_v13_c1_r109 1
    o_v13_c1 o_v13_c1_r110 1 o_v13_c1_r111 1
    o_v13_c1 o_v13_c1_r112 1 o_v13_c1_r113 1
    o_v13_c1 o_v13_c1_r114 1 o_v13_c1_r115 1
    o_v13_c1 o_v13_c1_r116 1 o_v13_c1_r117 1
    o_v13_c1 o_v13_c1_r118 1 o_v13_c1_r119 1
    o_v13_c1 o_v13_c1_r120 1 o_v13_c1_r121 1
    o_v13_c1 o_v13_c1_r122 1 o_v13_c1_r123 1
    o_v13_c1 o_v13_c1_r124 1 o_v13_c1_r125 1
    o_v13_c1 o_v13_c1_r126 1 o_v13_c1_r127 1
    o_v13_c1 occ_c1 1
    o_v13_c3 o_v13_c3_r0 1 o_v13_c3_r1 1
    o_v13_c3 o_v13_c3_r2 1 o_v13_c3_r3 1
    o_v13_c3 o_v13_c3_r4 1 o_v13_c3_r5 1
    o_v13_c3 o_v13_c3_r6 1 o_v13_c3_r7 1
    o_v13_c3 o_v13_c3_r8 1 o_v13_c3_r9 1
    o_v13_c3 o_v13_c3_r10 1 o_v13_c3_r11 1
    o_v13_c3 o_v13_c3_r12 1 o_v13_c3_r13 1
    o_v13_c3 o_v13_c3_r14 1 o_v13_c3_r15 1
    o_v13_c3 o_v13_c3_r16 1 o_v13_c3_r17 1
    o_v13_c3 o_v13_c3_r18 1 o_v13_c3_r19 1
    o_v13_c3 o_v13_c3_r20 1 o_v13_c3_r21 1
    o_v13_c3 o_v13_c3_r22 1 o_v13_c3_r23 1
    o_v13_c3 o_v13_c3_r24 1 o_v13_c3_r25 1
    o_v13_c3 o_v13_c3_r26 1 o_v13_c3_r27 1
    o_v13_c3 o_v13_c3_r28 1 o_v13_c3_r29 1
    o_v13_c3 o_v13_c3_r30 1 o_v13_c3_r31 1
    o_v13_c3 o_v13_c3_r32 1 o_v13_c3_r33 1
    o_v13_c3 o_v13_c3_r34 1 o_v13_c3_r35 1
    o_v13_c3 o_v13_c3_r36 1 o_v13_c3_r37 1
    o_v13_c3 o_v13_c3_r38 1 o_v13_c3_r39 1
    o_v13_c3 o_v13_c3_r40 1 o_v13_c3_r41 1
    o_v13_c3 o_v13_c3_r42 1 o_v13_c3_r43 1
    o_v13_c3 o_v13_c3_r44 1 o_v13_c3_r45 1
    o_v13_c3 o_v13_c3_r46 1 o_v13_c3_r47 1
    o_v13_c3 o_v13_c3_r48 1 o_v13_c3_r49 1
    o_v13_c3 o_v13_c3_r50 1 o_v13_c3_r51 1
    o_v13_c3 o_v13_c3_r52 1 o_v13_c3_r53 1
    o_v13_c3 o_v13_c3_r54 1 o_v13_c3_r55 1
    o_v13_c3 o_v13_c3_r56 1 o_v13_c3_r57 1
    o_v13_c3 o_v13_c3_r58 1 o_v13_c3_r59 1
    o_v13_c3 o_v13_c3_r60 1 o_v13_c3_r61 1
    o_v13_c3 o_v13_c3_r62 1 o_v13_c3_r63 1
    o_v13_c3 o_v13_c3_r64 1 o_v13_c3_r65 1
    o_v13_c3 o_v13_c3_r66 1 o_v13_c3_r67 1
    o_v13_c3 o_v13_c3_r68 1 o_v13_c3_r69 1
    o_v13_c3 o_v13_c3_r70 1 o_v13_c3_r71 1
    o_v13_c3 o_v13_c3_r72 1 o_v13_c3_r73 1
    o_v13_c3 o_v13_c3_r74 1 o_v13_c3_r75 1
    o_v13_c3 o_v13_c3_r76 1 o_v13_c3_r77 1
    o_v13_c3 o_v13_c3_r78 1 o_v13_c3_r79 1
    o_v13_c3 o_v13_c3_r80 1 o_v13_c3_r81 1
    o_v13_c3 o_v13_c3_r82 1 o_v13_c3_r83 1
    o_v13_c3 o_v13_c3_r84 1 o_v13_c3_r85 1
    o_v13_c3 o_v13_c3_r86 1 o_v13_c3_r87 1
    o_v13_c3 o_v13_c3_r88 1 o_v13_c3_r89 1
    o_v13_c3 o_v13_c3_r90 1 o_v13_c3_r91 1
    o_v13_c3 o_v13_c3_r92 1 o_v13_c3_r93 1
    o_v13_c3 o_v13_c3_r94 1 o_v13_c3_r95 1
    o_v13_c3 o_v13_c3_r96 1 o_v13_c3_r97 1
    o_v13_c3 o_v13_c3_r98 1 o_v13_c3_r99 1
    o_v13_c3 o_v13_c3_r100 1 o_v13_c3_r101 1
    o_v13_c3 o_v13_c3_r102 1 o_v13_c3_r103 1
    o_v13_c3 o_v13_c3_r104 1 o_v13_c3_r105 1
    o_v13_c3 o_v13_c3_r106 1 o_v13_c3_r107 1
    o_v13_c3 o_v13_c3_r108 1 o_v13_c3_r109 1
    o_v13_c3 o_v13_c3_r110 1 o_v13_c3_r111 1
    o_v13_c3 o_v13_c3_r112 1 o_v13_c3_r113 1
    o_v13_c3 o_v13_c3_r114 1 o_v13_c3_r115 1
    o_v13_c3 o_v13_c3_r116 1 o_v13_c3_r117 1
    o_v13_c3 o_v13_c3_r118 1 o_v13_c3_r119 1
    o_v13_c3 o_v13_c3_r120 1 o_v13_c3_r121 1
    o_v13_c3 o_v13_c3_r122 1 o_v13_c3_r123 1
    o_v13_c3 o_v13_c3_r124 1 o_v13_c3_r125 1
    o_v13_c3 o_v13_c3_r126 1 o_v13_c3_r127 1
    o_v13_c3 occ_c3 1
    o_v13_c9 o_v13_c9_r0 1 o_v13_c9_r1 1
    o_v13_c9 o_v13_c9_r2 1 o_v13_c9_r3 1
    o_v13_c9 o_v13_c9_r4 1 o_v13_c9_r5 1
    o_v13_c9 o_v13_c9_r6 1 o_v13_c9_r7 1
    o_v13_c9 o_v13_c9_r8 1 o_v13_c9_r9 1
    o_v13_c9 o_v13_c9_r10 1 o_v13_c9_r11 1
    o_v13_c9 o_v13_c9_r12 1 o_v13_c9_r13 1
    o_v13_c9 o_v13_c9_r14 1 o_v13_c9_r15 1
    o_v13_c9 o_v13_c9_r16 1 o_v13_c9_r17 1
    o_v13_c9 o_v13_c9_r18 1 o_v13_c9_r19 1
    o_v13_c9 o_v13_c9_r20 1 o_v13_c9_r21 1
    o_v13_c9 o_v13_c9_r22 1 o_v13_c9_r23 1
    o_v13_c9 o_v13_c9_r24 1 o_v13_c9_r25 1
    o_v13_c9 o_v13_c9_r26 1 o_v13_c9_r27 1
    o_v13_c9 o_v13_c9_r28 1 o_v13_c9_r29 1
    o_v13_c9 o_v13_c9_r30 1 o_v13_c9_r31 1
    o_v13_c9 o_v13_c9_r32 1 o_v13_c9_r33 1
    o_v13_c9 o_v13_c9_r34 1 o_v13_c9_r35 1
    o_v13_c9 o_v13_c9_r36 1 o_v13_c9_r37 1
    o_v13_c9 o_v13_c9_r38 1 o_v13_c9_r39 1
    o_v13_c9 o_v13_c9_r40 1 o_v13_c9_r41 1
    o_v13_c9 o_v13_c9_r42 1 o_v13_c9_r43 1
    o_v13_c9 o_v13_c9_r44 1 o_v13_c9_r45 1
    o_v13_c9 o_v13_c9_r46 1 o_v13_c9_r47 1
    o_v13_c9 o_v13_c9_r48 1 o_v13_c9_r49 1
    o_v13_c9 o_v13_c9_r50 1 o_v13_c9_r51 1
    o_v13_c9 o_v13_c9_r52 1 o_v13_c9_r53 1
    o_v13_c9 o_v13_c9_r54 1 o_v13_c9_r55 1
    o_v13_c9 o_v13_c9_r56 1 o_v13_c9_r57 1
    o_v13_c9 o_v13_c9_r58 1 o_v13_c9_r59 1
    o_v13_c9 o_v13_c9_r60 1 o_v13_c9_r61 1
    o_v13_c9 o_v13_c9_r62 1 o_v13_c9_r63 1
    o_v13_c9 occ_c9 1
    o_v13_c11 o_v13_c11_r0 1 o_v13_c11_r1 1
    o_v13_c11 o_v13_c11_r2 1 o_v13_c11_r3 1
    o_v13_c11 o_v13_c11_r4 1 o_v13_c11_r5 1
    o_v13_c11 o_v13_c11_r6 1 o_v13_c11_r7 1
    o_v13_c11 o_v13_c11_r8 1 o_v13_c11_r9 1
    o_v13_c11 o_v13_c11_r10 1 o_v13_c11_r11 1
    o_v13_c11 o_v13_c11_r12 1 o_v13_c11_r13 1
    o_v13_c11 o_v13_c11_r14 1 o_v13_c11_r15 1
    o_v13_c11 o_v13_c11_r16 1 o_v13_c11_r17 1
    o_v13_c11 o_v13_c11_r18 1 o_v13_c11_r19 1
    o_v13_c11 o_v13_c11_r20 1 o_v13_c11_r21 1
    o_v13_c11 o_v13_c11_r22 1 o_v13_c11_r23 1
    o_v13_c11 o_v13_c11_r24 1 o_v13_c11_r25 1
    o_v13_c11 o_v13_c11_r26 1 o_v13_c11_r27 1
    o_v13_c11 o_v13_c11_r28 1 o_v13_c11_r29 1
    o_v13_c11 o_v13_c11_r30 1 o_v13_c11_r31 1
    o_v13_c11 o_v13_c11_r32 1 o_v13_c11_r33 1
    o_v13_c11 o_v13_c11_r34 1 o_v13_c11_r35 1
    o_v13_c11 o_v13_c11_r36 1 o_v13_c11_r37 1
    o_v13_c11 o_v13_c11_r38 1 o_v13_c11_r39 1
    o_v13_c11 o_v13_c11_r40 1 o_v13_c11_r41 1
    o_v13_c11 o_v13_c11_r42 1 o_v13_c11_r43 1
    o_v13_c11 o_v13_c11_r44 1 o_v13_c11_r45 1
    o_v13_c11 o_v13_c11_r46 1 o_v13_c11_r47 1
    o_v13_c11 o_v13_c11_r48 1 o_v13_c11_r49 1
    o_v13_c11 o_v13_c11_r50 1 o_v13_c11_r51 1
    o_v13_c11 o_v13_c11_r52 1 o_v13_c11_r53 1
    o_v13_c11 o_v13_c11_r54 1 o_v13_c11_r55 1
    o_v13_c11 o_v13_c11_r56 1 o_v13_c11_r57 1
    o_v13_c11 o_v13_c11_r58 1 o_v13_c11_r59 1
    o_v13_c11 o_v13_c11_r60 1 o_v13_c11_r61 1
    o_v13_c11 o_v13_c11_r62 1 o_v13_c11_r63 1
    o_v13_c11 occ_c11 1
    o_v14_c1 o_v14_c1_r0 1 o_v14_c1_r1 1
    o_v14_c1 o_v14_c1_r2 1 o_v14_c1_r3 1
    o_v14_c1 o_v14_c1_r4 1 o_v14_c1_r5 1
    o_v14_c1 o_v14_c1_r6 1 o_v14_c1_r7 1
    o_v14_c1 o_v14_c1_r8 1 o_v14_c1_r9 1
    o_v14_c1 o_v14_c1_r10 1 o_v14_c1_r11 1
    o_v14_c1 o_v14_c1_r12 1 o_v14_c1_r13 1
    o_v14_c1 o_v14_c1_r14 1 o_v14_c1_r15 1
    o_v14_c1 o_v14_c1_r16 1 o_v14_c1_r17 1
    o_v14_c1 o_v14_c1_r18 1 o_v14_c1_r19 1
    o_v14_c1 o_v14_c1_r20 1 o_v14_c1_r21 1
    o_v14_c1 o_v14_c1_r22 1 o_v14_c1_r23 1
    o_v14_c1 o_v14_c1_r24 1 o_v14_c1_r25 1
    o_v14_c1 o_v14_c1_r26 1 o_v14_c1_r27 1
    o_v14_c1 o_v14_c1_r28 1 o_v14_c1_r29 1
    o_v14_c1 o_v14_c1_r30 1 o_v14_c1_r31 1
    o_v14_c1 o_v14_c1_r32 1 o_v14_c1_r33 1
    o_v14_c1 o_v14_c1_r34 1 o_v14_c1_r35 1
    o_v14_c1 o_v14_c1_r36 1 o_v14_c1_r37 1
    o_v14_c1 o_v14_c1_r38 1 o_v14_c1_r39 1
    o_v14_c1 o_v14_c1_r40 1 o_v14_c1_r41 1
    o_v14_c1 o_v14_c1_r42 1 o_v14_c1_r43 1
    o_v14_c1 o_v14_c1_r44 1 o_v14_c1_r45 1
    o_v14_c1 o_v14_c1_r46 1 o_v14_c1_r47 1
    o_v14_c1 o_v14_c1_r48 1 o_v14_c1_r49 1
    o_v14_c1 o_v14_c1_r50 1 o_v14_c1_r51 1
    o_v14_c1 o_v14_c1_r52 1 o_v14_c1_r53 1
    o_v14_c1 o_v14_c1_r54 1 o_v14_c1_r55 1
    o_v14_c1 o_v14_c1_r56 1 o_v14_c1_r57 1
    o_v14_c1 o_v14_c1_r58 1 o_v14_c1_r59 1
    o_v14_c1 o_v14_c1_r60 1 o_v14_c1_r61 1
    o_v14_c1 o_v14_c1_r62 1 o_v14_c1_r63 1
    o_v14_c1 occ_c1 1
    o_v14_c3 o_v14_c3_r0 1 o_v14_c3_r1 1
    o_v14_c3 o_v14_c3_r2 1 o_v14_c3_r3 1
    o_v14_c3 o_v14_c3_r4 1 o_v14_c3_r5 1
    o_v14_c3 o_v14_c3_r6 1 o_v14_c3_r7 1
    o_v14_c3 o_v14_c3_r8 1 o_v14_c3_r9 1
    o_v14_c3 o_v14_c3_r10 1 o_v14_c3_r11 1
    o_v14_c3 o_v14_c3_r12 1 o_v14_c3_r13 1
    o_v14_c3 o_v14_c3_r14 1 o_v14_c3_r15 1
    o_v14_c3 o_v14_c3_r16 1 o_v14_c3_r17 1
    o_v14_c3 o_v14_c3_r18 1 o_v14_c3_r19 1
    o_v14_c3 o_v14_c3_r20 1 o_v14_c3_r21 1
    o_v14_c3 o_v14_c3_r22 1 o_v14_c3_r23 1
    o_v14_c3 o_v14_c3_r24 1 o_v14_c3_r25 1
    o_v14_c3 o_v14_c3_r26 1 o_v14_c3_r27 1
    o_v14_c3 o_v14_c3_r28 1 o_v14_c3_r29 1
    o_v14_c3 o_v14_c3_r30 1 o_v14_c3_r31 1
    o_v14_c3 o_v14_c3_r32 1 o_v14_c3_r33 1
    o_v14_c3 o_v14_c3_r34 1 o_v14_c3_r35 1
    o_v14_c3 o_v14_c3_r36 1 o_v14_c3_r37 1
    o_v14_c3 o_v14_c3_r38 1 o_v14_c3_r39 1
    o_v14_c3 o_v14_c3_r40 1 o_v14_c3_r41 1
    o_v14_c3 o_v14_c3_r42 1 o_v14_c3_r43 1
    o_v14_c3 o_v14_c3_r44 1 o_v14_c3_r45 1
    o_v14_c3 o_v14_c3_r46 1 o_v14_c3_r47 1
    o_v14_c3 o_v14_c3_r48 1 o_v14_c3_r49 1
    o_v14_c3 o_v14_c3_r50 1 o_v14_c3_r51 1
    o_v14_c3 o_v14_c3_r52 1 o_v14_c3_r53 1
    o_v14_c3 o_v14_c3_r54 1 o_v14_c3_r55 1
    o_v14_c3 o_v14_c3_r56 1 o_v14_c3_r57 1
    o_v14_c3 o_v14_c3_r58 1 o_v14_c3_r59 1
    o_v14_c3 o_v14_c3_r60 1 o_v14_c3_r61 1
    o_v14_c3 o_v14_c3_r62 1 o_v14_c3_r63 1
    o_v14_c3 occ_c3 1
    o_v14_c9 o_v14_c9_r0 1 o_v14_c9_r1 1
    o_v14_c9 o_v14_c9_r2 1 o_v14_c9_r3 1
    o_v14_c9 o_v14_c9_r4 1 o_v14_c9_r5 1
    o_v14_c9 o_v14_c9_r6 1 o_v14_c9_r7 1
    o_v14_c9 o_v14_c9_r8 1 o_v14_c9_r9 1
    o_v14_c9 o_v14_c9_r10 1 o_v14_c9_r11 1
    o_v14_c9 o_v14_c9_r12 1 o_v14_c9_r13 1
    o_v14_c9 o_v14_c9_r14 1 o_v14_c9_r15 1
    o_v14_c9 o_v14_c9_r16 1 o_v14_c9_r17 1
    o_v14_c9 o_v14_c9_r18 1 o_v14_c9_r19 1
    o_v14_c9 o_v14_c9_r20 1 o_v14_c9_r21 1
    o_v14_c9 o_v14_c9_r22 1 o_v14_c9_r23 1
    o_v14_c9 o_v14_c9_r24 1 o_v14_c9_r25 1
    o_v14_c9 o_v14_c9_r26 1 o_v14_c9_r27 1
    o_v14_c9 o_v14_c9_r28 1 o_v14_c9_r29 1
    o_v14_c9 o_v14_c9_r30 1 o_v14_c9_r31 1
    o_v14_c9 o_v14_c9_r32 1 o_v14_c9_r33 1
    o_v14_c9 o_v14_c9_r34 1 o_v14_c9_r35 1
    o_v14_c9 o_v14_c9_r36 1 o_v14_c9_r37 1
    o_v14_c9 o_v14_c9_r38 1 o_v14_c9_r39 1
    o_v14_c9 o_v14_c9_r40 1 o_v14_c9_r41 1
    o_v14_c9 o_v14_c9_r42 1 o_v14_c9_r43 1
    o_v14_c9 o_v14_c9_r44 1 o_v14_c9_r45 1
    o_v14_c9 o_v14_c9_r46 1 o_v14_c9_r47 1
    o_v14_c9 o_v14_c9_r48 1 o_v14_c9_r49 1
    o_v14_c9 o_v14_c9_r50 1 o_v14_c9_r51 1
    o_v14_c9 o_v14_c9_r52 1 o_v14_c9_r53 1
    o_v14_c9 o_v14_c9_r54 1 o_v14_c9_r55 1
    o_v14_c9 o_v14_c9_r56 1 o_v14_c9_r57 1
    o_v14_c9 o_v14_c9_r58 1 o_v14_c9_r59 1
    o_v14_c9 o_v14_c9_r60 1 o_v14_c9_r61 1
    o_v14_c9 o_v14_c9_r62 1 o_v14_c9_r63 1
    o_v14_c9 occ_c9 1
    o_v14_c11 o_v14_c11_r0 1 o_v14_c11_r1 1
    o_v14_c11 o_v14_c11_r2 1 o_v14_c11_r3 1
    o_v14_c11 o_v14_c11_r4 1 o_v14_c11_r5 1
    o_v14_c11 o_v14_c11_r6 1 o_v14_c11_r7 1
    o_v14_c11 o_v14_c11_r8 1 o_v14_c11_r9 1
    o_v14_c11 o_v14_c11_r10 1 o_v14_c11_r11 1
    o_v14_c11 o_v14_c11_r12 1 o_v14_c11_r13 1
    o_v14_c11 o_v14_c11_r14 1 o_v14_c11_r15 1
    o_v14_c11 o_v14_c11_r16 1 o_v14_c11_r17 1
    o_v14_c11 o_v14_c11_r18 1 o_v14_c11_r19 1
    o_v14_c11 o_v14_c11_r20 1 o_v14_c11_r21 1
    o_v14_c11 o_v14_c11_r22 1 o_v14_c11_r23 1
    o_v14_c11 o_v14_c11_r24 1 o_v14_c11_r25 1
    o_v14_c11 o_v14_c11_r26 1 o_v14_c11_r27 1
    o_v14_c11 o_v14_c11_r28 1 o_v14_c11_r29 1
    o_v14_c11 o_v14_c11_r30 1 o_v14_c11_r31 1
    o_v14_c11 o_v14_c11_r32 1 o_v14_c11_r33 1
    o_v14_c11 o_v14_c11_r34 1 o_v14_c11_r35 1
    o_v14_c11 o_v14_c11_r36 1 o_v14_c11_r37 1
    o_v14_c11 o_v14_c11_r38 1 o_v14_c11_r39 1
    o_v14_c11 o_v14_c11_r40 1 o_v14_c11_r41 1
    o_v14_c11 o_v14_c11_r42 1 o_v14_c11_r43 1
    o_v14_c11 o_v14_c11_r44 1 o_v14_c11_r45 1
    o_v14_c11 o_v14_c11_r46 1 o_v14_c11_r47 1
    o_v14_c11 o_v14_c11_r48 1 o_v14_c11_r49 1
    o_v14_c11 o_v14_c11_r50 1 o_v14_c11_r51 1
    o_v14_c11 o_v14_c11_r52 1 o_v14_c11_r53 1
    o_v14_c11 o_v14_c11_r54 1 o_v14_c11_r55 1
    o_v14_c11 o_v14_c11_r56 1 o_v14_c11_r57 1
    o_v14_c11 o_v14_c11_r58 1 o_v14_c11_r59 1
    o_v14_c11 o_v14_c11_r60 1 o_v14_c11_r61 1
    o_v14_c11 o_v14_c11_r62 1 o_v14_c11_r63 1
    o_v14_c11 occ_c11 1
    o_v15_c1 o_v15_c1_r0 1 o_v15_c1_r1 1
    o_v15_c1 o_v15_c1_r2 1 o_v15_c1_r3 1
    o_v15_c1 o_v15_c1_r4 1 o_v15_c1_r5 1
    o_v15_c1 o_v15_c1_r6 1 o_v15_c1_r7 1
    o_v15_c1 o_v15_c1_r8 1 o_v15_c1_r9 1
    o_v15_c1 o_v15_c1_r10 1 o_v15_c1_r11 1
    o_v15_c1 o_v15_c1_r12 1 o_v15_c1_r13 1
    o_v15_c1 o_v15_c1_r14 1 o_v15_c1_r15 1
    o_v15_c1 o_v15_c1_r16 1 o_v15_c1_r17 1
    o_v15_c1 o_v15_c1_r18 1 o_v15_c1_r19 1
    o_v15_c1 o_v15_c1_r20 1 o_v15_c1_r21 1
    o_v15_c1 o_v15_c1_r22 1 o_v15_c1_r23 1
    o_v15_c1 o_v15_c1_r24 1 o_v15_c1_r25 1
    o_v15_c1 o_v15_c1_r26 1 o_v15_c1_r27 1
    o_v15_c1 o_v15_c1_r28 1 o_v15_c1_r29 1
    o_v15_c1 o_v15_c1_r30 1 o_v15_c1_r31 1
    o_v15_c1 o_v15_c1_r32 1 o_v15_c1_r33 1
    o_v15_c1 o_v15_c1_r34 1 o_v15_c1_r35 1
    o_v15_c1 o_v15_c1_r36 1 o_v15_c1_r37 1
    o_v15_c1 o_v15_c1_r38 1 o_v15_c1_r39 1
    o_v15_c1 o_v15_c1_r40 1 o_v15_c1_r41 1
    o_v15_c1 o_v15_c1_r42 1 o_v15_c1_r43 1
    o_v15_c1 o_v15_c1_r44 1 o_v15_c1_r45 1
    o_v15_c1 o_v15_c1_r46 1 o_v15_c1_r47 1
    o_v15_c1 o_v15_c1_r48 1 o_v15_c1_r49 1
    o_v15_c1 o_v15_c1_r50 1 o_v15_c1_r51 1
    o_v15_c1 o_v15_c1_r52 1 o_v15_c1_r53 1
    o_v15_c1 o_v15_c1_r54 1 o_v15_c1_r55 1
    o_v15_c1 o_v15_c1_r56 1 o_v15_c1_r57 1
    o_v15_c1 o_v15_c1_r58 1 o_v15_c1_r59 1
    o_v15_c1 o_v15_c1_r60 1 o_v15_c1_r61 1
    o_v15_c1 o_v15_c1_r62 1 o_v15_c1_r63 1
    o_v15_c1 occ_c1 1
    o_v15_c3 o_v15_c3_r0 1 o_v15_c3_r1 1
    o_v15_c3 o_v15_c3_r2 1 o_v15_c3_r3 1
    o_v15_c3 o_v15_c3_r4 1 o_v15_c3_r5 1
    o_v15_c3 o_v15_c3_r6 1 o_v15_c3_r7 1
    o_v15_c3 o_v15_c3_r8 1 o_v15_c3_r9 1
    o_v15_c3 o_v15_c3_r10 1 o_v15_c3_r11 1
    o_v15_c3 o_v15_c3_r12 1 o_v15_c3_r13 1
    o_v15_c3 o_v15_c3_r14 1 o_v15_c3_r15 1
    o_v15_c3 o_v15_c3_r16 1 o_v15_c3_r17 1
    o_v15_c3 o_v15_c3_r18 1 o_v15_c3_r19 1
    o_v15_c3 o_v15_c3_r20 1 o_v15_c3_r21 1
    o_v15_c3 o_v15_c3_r22 1 o_v15_c3_r23 1
    o_v15_c3 o_v15_c3_r24 1 o_v15_c3_r25 1
    o_v15_c3 o_v15_c3_r26 1 o_v15_c3_r27 1
    o_v15_c3 o_v15_c3_r28 1 o_v15_c3_r29 1
    o_v15_c3 o_v15_c3_r30 1 o_v15_c3_r31 1
    o_v15_c3 o_v15_c3_r32 1 o_v15_c3_r33 1
    o_v15_c3 o_v15_c3_r34 1 o_v15_c3_r35 1
    o_v15_c3 o_v15_c3_r36 1 o_v15_c3_r37 1
    o_v15_c3 o_v15_c3_r38 1 o_v15_c3_r39 1
    o_v15_c3 o_v15_c3_r40 1 o_v15_c3_r41 1
    o_v15_c3 o_v15_c3_r42 1 o_v15_c3_r43 1
    o_v15_c3 o_v15_c3_r44 1 o_v15_c3_r45 1
    o_v15_c3 o_v15_c3_r46 1 o_v15_c3_r47 1
    o_v15_c3 o_v15_c3_r48 1 o_v15_c3_r49 1
    o_v15_c3 o_v15_c3_r50 1 o_v15_c3_r51 1
    o_v15_c3 o_v15_c3_r52 1 o_v15_c3_r53 1
    o_v15_c3 o_v15_c3_r54 1 o_v15_c3_r55 1
    o_v15_c3 o_v15_c3_r56 1 o_v15_c3_r57 1
    o_v15_c3 o_v15_c3_r58 1 o_v15_c3_r59 1
    o_v15_c3 o_v15_c3_r60 1 o_v15_c3_r61 1
    o_v15_c3 o_v15_c3_r62 1 o_v15_c3_r63 1
    o_v15_c3 occ_c3 1
    o_v15_c9 o_v15_c9_r0 1 o_v15_c9_r1 1
    o_v15_c9 o_v15_c9_r2 1 o_v15_c9_r3 1
    o_v15_c9 o_v15_c9_r4 1 o_v15_c9_r5 1
    o_v15_c9 o_v15_c9_r6 1 o_v15_c9_r7 1
    o_v15_c9 o_v15_c9_r8 1 o_v15_c9_r9 1
    o_v15_c9 o_v15_c9_r10 1 o_v15_c9_r11 1
    o_v15_c9 o_v15_c9_r12 1 o_v15_c9_r13 1
    o_v15_c9 o_v15_c9_r14 1 o_v15_c9_r15 1
    o_v15_c9 o_v15_c9_r16 1 o_v15_c9_r17 1
    o_v15_c9 o_v15_c9_r18 1 o_v15_c9_r19 1
    o_v15_c9 o_v15_c9_r20 1 o_v15_c9_r21 1
    o_v15_c9 o_v15_c9_r22 1 o_v15_c9_r23 1
    o_v15_c9 o_v15_c9_r24 1 o_v15_c9_r25 1
    o_v15_c9 o_v15_c9_r26 1 o_v15_c9_r27 1
    o_v15_c9 o_v15_c9_r28 1 o_v15_c9_r29 1
    o_v15_c9 o_v15_c9_r30 1 o_v15_c9_r31 1
    o_v15_c9 o_v15_c9_r32 1 o_v15_c9_r33 1
    o_v15_c9 o_v15_c9_r34 1 o_v15_c9_r35 1
    o_v15_c9 o_v15_c9_r36 1 o_v15_c9_r37 1
    o_v15_c9 o_v15_c9_r38 1 o_v15_c9_r39 1
    o_v15_c9 o_v15_c9_r40 1 o_v15_c9_r41 1
    o_v15_c9 o_v15_c9_r42 1 o_v15_c9_r43 1
    o_v15_c9 o_v15_c9_r44 1 o_v15_c9_r45 1
    o_v15_c9 o_v15_c9_r46 1 o_v15_c9_r47 1
    o_v15_c9 o_v15_c9_r48 1 o_v15_c9_r49 1
    o_v15_c9 o_v15_c9_r50 1 o_v15_c9_r51 1
    o_v15_c9 o_v15_c9_r52 1 o_v15_c9_r53 1
    o_v15_c9 o_v15_c9_r54 1 o_v15_c9_r55 1
    o_v15_c9 o_v15_c9_r56 1 o_v15_c9_r57 1
    o_v15_c9 o_v15_c9_r58 1 o_v15_c9_r59 1
    o_v15_c9 o_v15_c9_r60 1 o_v15_c9_r61 1
    o_v15_c9 o_v15_c9_r62 1 o_v15_c9_r63 1
    o_v15_c9 occ_c9 1
    o_v15_c11 o_v15_c11_r0 1 o_v15_c11_r1 1
    o_v15_c11 o_v15_c11_r2 1 o_v15_c11_r3 1
    o_v15_c11 o_v15_c11_r4 1 o_v15_c11_r5 1
    o_v15_c11 o_v15_c11_r6 1 o_v15_c11_r7 1
    o_v15_c11 o_v15_c11_r8 1 o_v15_c11_r9 1
    o_v15_c11 o_v15_c11_r10 1 o_v15_c11_r11 1
    o_v15_c11 o_v15_c11_r12 1 o_v15_c11_r13 1
    o_v15_c11 o_v15_c11_r14 1 o_v15_c11_r15 1
    o_v15_c11 o_v15_c11_r16 1 o_v15_c11_r17 1
    o_v15_c11 o_v15_c11_r18 1 o_v15_c11_r19 1
    o_v15_c11 o_v15_c11_r20 1 o_v15_c11_r21 1
    o_v15_c11 o_v15_c11_r22 1 o_v15_c11_r23 1
    o_v15_c11 o_v15_c11_r24 1 o_v15_c11_r25 1
    o_v15_c11 o_v15_c11_r26 1 o_v15_c11_r27 1
    o_v15_c11 o_v15_c11_r28 1 o_v15_c11_r29 1
    o_v15_c11 o_v15_c11_r30 1 o_v15_c11_r31 1
    o_v15_c11 o_v15_c11_r32 1 o_v15_c11_r33 1
    o_v15_c11 o_v15_c11_r34 1 o_v15_c11_r35 1
    o_v15_c11 o_v15_c11_r36 1 o_v15_c11_r37 1
    o_v15_c11 o_v15_c11_r38 1 o_v15_c11_r39 1
    o_v15_c11 o_v15_c11_r40 1 o_v15_c11_r41 1
    o_v15_c11 o_v15_c11_r42 1 o_v15_c11_r43 1
    o_v15_c11 o_v15_c11_r44 1 o_v15_c11_r45 1
    o_v15_c11 o_v15_c11_r46 1 o_v15_c11_r47 1
    o_v15_c11 o_v15_c11_r48 1 o_v15_c11_r49 1
    o_v15_c11 o_v15_c11_r50 1 o_v15_c11_r51 1
    o_v15_c11 o_v15_c11_r52 1 o_v15_c11_r53 1
    o_v15_c11 o_v15_c11_r54 1 o_v15_c11_r55 1
    o_v15_c11 o_v15_c11_r56 1 o_v15_c11_r57 1
    o_v15_c11 o_v15_c11_r58 1 o_v15_c11_r59 1
    o_v15_c11 o_v15_c11_r60 1 o_v15_c11_r61 1
    o_v15_c11 o_v15_c11_r62 1 o_v15_c11_r63 1
    o_v15_c11 occ_c11 1
    o_v16_c1 o_v16_c1_r0 1 o_v16_c1_r1 1
    o_v16_c1 o_v16_c1_r2 1 o_v16_c1_r3 1
    o_v16_c1 o_v16_c1_r4 1 o_v16_c1_r5 1
    o_v16_c1 o_v16_c1_r6 1 o_v16_c1_r7 1
    o_v16_c1 o_v16_c1_r8 1 o_v16_c1_r9 1
    o_v16_c1 o_v16_c1_r10 1 o_v16_c1_r11 1
    o_v16_c1 o_v16_c1_r12 1 o_v16_c1_r13 1
    o_v16_c1 o_v16_c1_r14 1 o_v16_c1_r15 1
    o_v16_c1 o_v16_c1_r16 1 o_v16_c1_r17 1
    o_v16_c1 o_v16_c1_r18 1 o_v16_c1_r19 1
    o_v16_c1 o_v16_c1_r20 1 o_v16_c1_r21 1
    o_v16_c1 o_v16_c1_r22 1 o_v16_c1_r23 1
    o_v16_c1 o_v16_c1_r24 1 o_v16_c1_r25 1
    o_v16_c1 o_v16_c1_r26 1 o_v16_c1_r27 1
    o_v16_c1 o_v16_c1_r28 1 o_v16_c1_r29 1
    o_v16_c1 o_v16_c1_r30 1 o_v16_c1_r31 1
    o_v16_c1 o_v16_c1_r32 1 o_v16_c1_r33 1
    o_v16_c1 o_v16_c1_r34 1 o_v16_c1_r35 1
    o_v16_c1 o_v16_c1_r36 1 o_v16_c1_r37 1
    o_v16_c1 o_v16_c1_r38 1 o_v16_c1_r39 1
    o_v16_c1 o_v16_c1_r40 1 o_v16_c1_r41 1
    o_v16_c1 o_v16_c1_r42 1 o_v16_c1_r43 1
    o_v16_c1 o_v16_c1_r44 1 o_v16_c1_r45 1
    o_v16_c1 o_v16_c1_r46 1 o_v16_c1_r47 1
    o_v16_c1 o_v16_c1_r48 1 o_v16_c1_r49 1
    o_v16_c1 o_v16_c1_r50 1 o_v16_c1_r51 1
    o_v16_c1 o_v16_c1_r52 1 o_v16_c1_r53 1
    o_v16_c1 o_v16_c1_r54 1 o_v16_c1_r55 1
    o_v16_c1 o_v16_c1_r56 1 o_v16_c1_r57 1
    o_v16_c1 o_v16_c1_r58 1 o_v16_c1_r59 1
    o_v16_c1 o_v16_c1_r60 1 o_v16_c1_r61 1
    o_v16_c1 o_v16_c1_r62 1 o_v16_c1_r63 1
    o_v16_c1 occ_c1 1
    o_v16_c3 o_v16_c3_r0 1 o_v16_c3_r1 1
    o_v16_c3 o_v16_c3_r2 1 o_v16_c3_r3 1
    o_v16_c3 o_v16_c3_r4 1 o_v16_c3_r5 1
    o_v16_c3 o_v16_c3_r6 1 o_v16_c3_r7 1
    o_v16_c3 o_v16_c3_r8 1 o_v16_c3_r9 1
    o_v16_c3 o_v16_c3_r10 1 o_v16_c3_r11 1
    o_v16_c3 o_v16_c3_r12 1 o_v16_c3_r13 1
    o_v16_c3 o_v16_c3_r14 1 o_v16_c3_r15 1
    o_v16_c3 o_v16_c3_r16 1 o_v16_c3_r17 1
    o_v16_c3 o_v16_c3_r18 1 o_v16_c3_r19 1
    o_v16_c3 o_v16_c3_r20 1 o_v16_c3_r21 1
    o_v16_c3 o_v16_c3_r22 1 o_v16_c3_r23 1
    o_v16_c3 o_v16_c3_r24 1 o_v16_c3_r25 1
    o_v16_c3 o_v16_c3_r26 1 o_v16_c3_r27 1
    o_v16_c3 o_v16_c3_r28 1 o_v16_c3_r29 1
    o_v16_c3 o_v16_c3_r30 1 o_v16_c3_r31 1
    o_v16_c3 o_v16_c3_r32 1 o_v16_c3_r33 1
    o_v16_c3 o_v16_c3_r34 1 o_v16_c3_r35 1
    o_v16_c3 o_v16_c3_r36 1 o_v16_c3_r37 1
    o_v16_c3 o_v16_c3_r38 1 o_v16_c3_r39 1
    o_v16_c3 o_v16_c3_r40 1 o_v16_c3_r41 1
    o_v16_c3 o_v16_c3_r42 1 o_v16_c3_r43 1
    o_v16_c3 o_v16_c3_r44 1 o_v16_c3_r45 1
    o_v16_c3 o_v16_c3_r46 1 o_v16_c3_r47 1
    o_v16_c3 o_v16_c3_r48 1 o_v16_c3_r49 1
    o_v16_c3 o_v16_c3_r50 1 o_v16_c3_r51 1
    o_v16_c3 o_v16_c3_r52 1 o_v16_c3_r53 1
    o_v16_c3 o_v16_c3_r54 1 o_v16_c3_r55 1
    o_v16_c3 o_v16_c3_r56 1 o_v16_c3_r57 1
    o_v16_c3 o_v16_c3_r58 1 o_v16_c3_r59 1
    o_v16_c3 o_v16_c3_r60 1 o_v16_c3_r61 1
    o_v16_c3 o_v16_c3_r62 1 o_v16_c3_r63 1
    o_v16_c3 occ_c3 1
    o_v16_c9 o_v16_c9_r0 1 o_v16_c9_r1 1
    o_v16_c9 o_v16_c9_r2 1 o_v16_c9_r3 1
    o_v16_c9 o_v16_c9_r4 1 o_v16_c9_r5 1
    o_v16_c9 o_v16_c9_r6 1 o_v16_c9_r7 1
    o_v16_c9 o_v16_c9_r8 1 o_v16_c9_r9 1
    o_v16_c9 o_v16_c9_r10 1 o_v16_c9_r11 1
    o_v16_c9 o_v16_c9_r12 1 o_v16_c9_r13 1
    o_v16_c9 o_v16_c9_r14 1 o_v16_c9_r15 1
    o_v16_c9 o_v16_c9_r16 1 o_v16_c9_r17 1
    o_v16_c9 o_v16_c9_r18 1 o_v16_c9_r19 1
    o_v16_c9 o_v16_c9_r20 1 o_v16_c9_r21 1
    o_v16_c9 o_v16_c9_r22 1 o_v16_c9_r23 1
    o_v16_c9 o_v16_c9_r24 1 o_v16_c9_r25 1
    o_v16_c9 o_v16_c9_r26 1 o_v16_c9_r27 1
    o_v16_c9 o_v16_c9_r28 1 o_v16_c9_r29 1
    o_v16_c9 o_v16_c9_r30 1 o_v16_c9_r31 1
    o_v16_c9 o_v16_c9_r32 1 o_v16_c9_r33 1
    o_v16_c9 o_v16_c9_r34 1 o_v16_c9_r35 1
    o_v16_c9 o_v16_c9_r36 1 o_v16_c9_r37 1
    o_v16_c9 o_v16_c9_r38 1 o_v16_c9_r39 1
    o_v16_c9 o_v16_c9_r40 1 o_v16_c9_r41 1
    o_v16_c9 o_v16_c9_r42 1 o_v16_c9_r43 1
    o_v16_c9 o_v16_c9_r44 1 o_v16_c9_r45 1
    o_v16_c9 o_v16_c9_r46 1 o_v16_c9_r47 1
    o_v16_c9 o_v16_c9_r48 1 o_v16_c9_r49 1
    o_v16_c9 o_v16_c9_r50 1 o_v16_c9_r51 1
    o_v16_c9 o_v16_c9_r52 1 o_v16_c9_r53 1
    o_v16_c9 o_v16_c9_r54 1 o_v16_c9_r55 1
    o_v16_c9 o_v16_c9_r56 1 o_v16_c9_r57 1
    o_v16_c9 o_v16_c9_r58 1 o_v16_c9_r59 1
    o_v16_c9 o_v16_c9_r60 1 o_v16_c9_r61 1
    o_v16_c9 o_v16_c9_r62 1 o_v16_c9_r63 1
    o_v16_c9 occ_c9 1
    o_v16_c11 o_v16_c11_r0 1 o_v16_c11_r1 1
    o_v16_c11 o_v16_c11_r2 1 o_v16_c11_r3 1
    o_v16_c11 o_v16_c11_r4 1 o_v16_c11_r5 1
    o_v16_c11 o_v16_c11_r6 1 o_v16_c11_r7 1
    o_v16_c11 o_v16_c11_r8 1 o_v16_c11_r9 1
    o_v16_c11 o_v16_c11_r10 1 o_v16_c11_r11 1
    o_v16_c11 o_v16_c11_r12 1 o_v16_c11_r13 1
    o_v16_c11 o_v16_c11_r14 1 o_v16_c11_r15 1
    o_v16_c11 o_v16_c11_r16 1 o_v16_c11_r17 1
    o_v16_c11 o_v16_c11_r18 1 o_v16_c11_r19 1
    o_v16_c11 o_v16_c11_r20 1 o_v16_c11_r21 1
    o_v16_c11 o_v16_c11_r22 1 o_v16_c11_r23 1
    o_v16_c11 o_v16_c11_r24 1 o_v16_c11_r25 1
    o_v16_c11 o_v16_c11_r26 1 o_v16_c11_r27 1
    o_v16_c11 o_v16_c11_r28 1 o_v16_c11_r29 1
    o_v16_c11 o_v16_c11_r30 1 o_v16_c11_r31 1
    o_v16_c11 o_v16_c11_r32 1 o_v16_c11_r33 1
    o_v16_c11 o_v16_c11_r34 1 o_v16_c11_r35 1
    o_v16_c11 o_v16_c11_r36 1 o_v16_c11_r37 1
    o_v16_c11 o_v16_c11_r38 1 o_v16_c11_r39 1
    o_v16_c11 o_v16_c11_r40 1 o_v16_c11_r41 1
    o_v16_c11 o_v16_c11_r42 1 o_v16_c11_r43 1
    o_v16_c11 o_v16_c11_r44 1 o_v16_c11_r45 1
    o_v16_c11 o_v16_c11_r46 1 o_v16_c11_r47 1
    o_v16_c11 o_v16_c11_r48 1 o_v16_c11_r49 1
    o_v16_c11 o_v16_c11_r50 1 o_v16_c11_r51 1
    o_v16_c11 o_v16_c11_r52 1 o_v16_c11_r53 1
    o_v16_c11 o_v16_c11_r54 1 o_v16_c11_r55 1
    o_v16_c11 o_v16_c11_r56 1 o_v16_c11_r57 1
    o_v16_c11 o_v16_c11_r58 1 o_v16_c11_r59 1
    o_v16_c11 o_v16_c11_r60 1 o_v16_c11_r61 1
    o_v16_c11 o_v16_c11_r62 1 o_v16_c11_r63 1
    o_v16_c11 occ_c11 1
    o_v17_c3 o_v17_c3_r0 1 o_v17_c3_r1 1
    o_v17_c3 o_v17_c3_r2 1 o_v17_c3_r3 1
    o_v17_c3 o_v17_c3_r4 1 occ_c3 1
    o_v17_c5 o_v17_c5_r0 1 o_v17_c5_r1 1
    o_v17_c5 o_v17_c5_r2 1 o_v17_c5_r3 1
    o_v17_c5 o_v17_c5_r4 1 o_v17_c5_r5 1
    o_v17_c5 occ_c5 1
    o_v17_c9 o_v17_c9_r0 1 o_v17_c9_r1 1
    o_v17_c9 o_v17_c9_r2 1 o_v17_c9_r3 1
    o_v17_c9 o_v17_c9_r4 1 o_v17_c9_r5 1
    o_v17_c9 occ_c9 1
    o_v17_c11 o_v17_c11_r0 1 o_v17_c11_r1 1
    o_v17_c11 o_v17_c11_r2 1 o_v17_c11_r3 1
    o_v17_c11 o_v17_c11_r4 1 occ_c11 1
    dy_v17_L2 dy_v17_L2_r0 1 heads_L2 1
    o_v18_c3 o_v18_c3_r0 1 o_v18_c3_r1 1
    o_v18_c3 o_v18_c3_r2 1 o_v18_c3_r3 1
    o_v18_c3 o_v18_c3_r4 1 occ_c3 1
    o_v18_c5 o_v18_c5_r0 1 o_v18_c5_r1 1
    o_v18_c5 o_v18_c5_r2 1 o_v18_c5_r3 1
    o_v18_c5 o_v18_c5_r4 1 o_v18_c5_r5 1
    o_v18_c5 occ_c5 1
    o_v18_c9 o_v18_c9_r0 1 o_v18_c9_r1 1
    o_v18_c9 o_v18_c9_r2 1 o_v18_c9_r3 1
    o_v18_c9 o_v18_c9_r4 1 o_v18_c9_r5 1
    o_v18_c9 occ_c9 1
    o_v18_c11 o_v18_c11_r0 1 o_v18_c11_r1 1
    o_v18_c11 o_v18_c11_r2 1 o_v18_c11_r3 1
    o_v18_c11 o_v18_c11_r4 1 occ_c11 1
    dy_v18_L2 dy_v18_L2_r0 1 heads_L2 1
    o_v19_c3 o_v19_c3_r0 1 o_v19_c3_r1 1
    o_v19_c3 o_v19_c3_r2 1 o_v19_c3_r3 1
    o_v19_c3 o_v19_c3_r4 1 occ_c3 1
    o_v19_c5 o_v19_c5_r0 1 o_v19_c5_r1 1
    o_v19_c5 o_v19_c5_r2 1 o_v19_c5_r3 1
    o_v19_c5 o_v19_c5_r4 1 o_v19_c5_r5 1
    o_v19_c5 occ_c5 1
    o_v19_c9 o_v19_c9_r0 1 o_v19_c9_r1 1
    o_v19_c9 o_v19_c9_r2 1 o_v19_c9_r3 1
    o_v19_c9 o_v19_c9_r4 1 o_v19_c9_r5 1
    o_v19_c9 occ_c9 1
    o_v19_c11 o_v19_c11_r0 1 o_v19_c11_r1 1
    o_v19_c11 o_v19_c11_r2 1 o_v19_c11_r3 1
    o_v19_c11 o_v19_c11_r4 1 occ_c11 1
    dy_v19_L2 dy_v19_L2_r0 1 heads_L2 1
    o_v20_c3 o_v20_c3_r0 1 o_v20_c3_r1 1
    o_v20_c3 o_v20_c3_r2 1 o_v20_c3_r3 1
    o_v20_c3 o_v20_c3_r4 1 occ_c3 1
    o_v20_c5 o_v20_c5_r0 1 o_v20_c5_r1 1
    o_v20_c5 o_v20_c5_r2 1 o_v20_c5_r3 1
    o_v20_c5 o_v20_c5_r4 1 o_v20_c5_r5 1
    o_v20_c5 occ_c5 1
    o_v20_c9 o_v20_c9_r0 1 o_v20_c9_r1 1
    o_v20_c9 o_v20_c9_r2 1 o_v20_c9_r3 1
    o_v20_c9 o_v20_c9_r4 1 o_v20_c9_r5 1
    o_v20_c9 occ_c9 1
    o_v20_c11 o_v20_c11_r0 1 o_v20_c11_r1 1
    o_v20_c11 o_v20_c11_r2 1 o_v20_c11_r3 1
    o_v20_c11 o_v20_c11_r4 1 occ_c11 1
    dy_v20_L2 dy_v20_L2_r0 1 heads_L2 1
    o_v21_c3 o_v21_c3_r0 1 o_v21_c3_r1 1
    o_v21_c3 o_v21_c3_r2 1 o_v21_c3_r3 1
    o_v21_c3 o_v21_c3_r4 1 occ_c3 1
    o_v21_c5 o_v21_c5_r0 1 o_v21_c5_r1 1
    o_v21_c5 o_v21_c5_r2 1 o_v21_c5_r3 1
    o_v21_c5 o_v21_c5_r4 1 o_v21_c5_r5 1
    o_v21_c5 occ_c5 1
    o_v21_c9 o_v21_c9_r0 1 o_v21_c9_r1 1
    o_v21_c9 o_v21_c9_r2 1 o_v21_c9_r3 1
    o_v21_c9 o_v21_c9_r4 1 o_v21_c9_r5 1
    o_v21_c9 occ_c9 1
    o_v21_c11 o_v21_c11_r0 1 o_v21_c11_r1 1
    o_v21_c11 o_v21_c11_r2 1 o_v21_c11_r3 1
    o_v21_c11 o_v21_c11_r4 1 occ_c11 1
    dy_v21_L2 dy_v21_L2_r0 1 heads_L2 1
    o_v22_c3 o_v22_c3_r0 1 o_v22_c3_r1 1
    o_v22_c3 o_v22_c3_r2 1 o_v22_c3_r3 1
    o_v22_c3 o_v22_c3_r4 1 occ_c3 1
    o_v22_c5 o_v22_c5_r0 1 o_v22_c5_r1 1
    o_v22_c5 o_v22_c5_r2 1 o_v22_c5_r3 1
    o_v22_c5 o_v22_c5_r4 1 o_v22_c5_r5 1
    o_v22_c5 occ_c5 1
    o_v22_c9 o_v22_c9_r0 1 o_v22_c9_r1 1
    o_v22_c9 o_v22_c9_r2 1 o_v22_c9_r3 1
    o_v22_c9 o_v22_c9_r4 1 o_v22_c9_r5 1
    o_v22_c9 occ_c9 1
    o_v22_c11 o_v22_c11_r0 1 o_v22_c11_r1 1
    o_v22_c11 o_v22_c11_r2 1 o_v22_c11_r3 1
    o_v22_c11 o_v22_c11_r4 1 occ_c11 1
    dy_v22_L2 dy_v22_L2_r0 1 heads_L2 1
    o_v23_c3 o_v23_c3_r0 1 o_v23_c3_r1 1
    o_v23_c3 o_v23_c3_r2 1 o_v23_c3_r3 1
    o_v23_c3 o_v23_c3_r4 1 occ_c3 1
    o_v23_c5 o_v23_c5_r0 1 o_v23_c5_r1 1
    o_v23_c5 o_v23_c5_r2 1 o_v23_c5_r3 1
    o_v23_c5 o_v23_c5_r4 1 o_v23_c5_r5 1
    o_v23_c5 occ_c5 1
    o_v23_c9 o_v23_c9_r0 1 o_v23_c9_r1 1
    o_v23_c9 o_v23_c9_r2 1 o_v23_c9_r3 1
    o_v23_c9 o_v23_c9_r4 1 o_v23_c9_r5 1
    o_v23_c9 occ_c9 1
    o_v23_c11 o_v23_c11_r0 1 o_v23_c11_r1 1
    o_v23_c11 o_v23_c11_r2 1 o_v23_c11_r3 1
    o_v23_c11 o_v23_c11_r4 1 occ_c11 1
    dy_v23_L2 dy_v23_L2_r0 1 heads_L2 1
    o_v24_c3 o_v24_c3_r0 1 o_v24_c3_r1 1
    o_v24_c3 o_v24_c3_r2 1 o_v24_c3_r3 1
    o_v24_c3 o_v24_c3_r4 1 occ_c3 1
    o_v24_c5 o_v24_c5_r0 1 o_v24_c5_r1 1
    o_v24_c5 o_v24_c5_r2 1 o_v24_c5_r3 1
    o_v24_c5 o_v24_c5_r4 1 o_v24_c5_r5 1
    o_v24_c5 occ_c5 1
    o_v24_c9 o_v24_c9_r0 1 o_v24_c9_r1 1
    o_v24_c9 o_v24_c9_r2 1 o_v24_c9_r3 1
    o_v24_c9 o_v24_c9_r4 1 o_v24_c9_r5 1
    o_v24_c9 occ_c9 1
    o_v24_c11 o_v24_c11_r0 1 o_v24_c11_r1 1
    o_v24_c11 o_v24_c11_r2 1 o_v24_c11_r3 1
    o_v24_c11 o_v24_c11_r4 1 occ_c11 1
    dy_v24_L2 dy_v24_L2_r0 1 heads_L2 1
    o_v25_c3 o_v25_c3_r0 1 o_v25_c3_r1 1
    o_v25_c3 o_v25_c3_r2 1 o_v25_c3_r3 1
    o_v25_c3 o_v25_c3_r4 1 occ_c3 1
    o_v25_c5 o_v25_c5_r0 1 o_v25_c5_r1 1
    o_v25_c5 o_v25_c5_r2 1 o_v25_c5_r3 1
    o_v25_c5 o_v25_c5_r4 1 o_v25_c5_r5 1
    o_v25_c5 occ_c5 1
    o_v25_c9 o_v25_c9_r0 1 o_v25_c9_r1 1
    o_v25_c9 o_v25_c9_r2 1 o_v25_c9_r3 1
    o_v25_c9 o_v25_c9_r4 1 o_v25_c9_r5 1
    o_v25_c9 occ_c9 1
    o_v25_c11 o_v25_c11_r0 1 o_v25_c11_r1 1
    o_v25_c11 o_v25_c11_r2 1 o_v25_c11_r3 1
    o_v25_c11 o_v25_c11_r4 1 occ_c11 1
    dy_v25_L2 dy_v25_L2_r0 1 heads_L2 1
    o_v26_c3 o_v26_c3_r0 1 o_v26_c3_r1 1
    o_v26_c3 o_v26_c3_r2 1 o_v26_c3_r3 1
    o_v26_c3 o_v26_c3_r4 1 occ_c3 1
    o_v26_c5 o_v26_c5_r0 1 o_v26_c5_r1 1
    o_v26_c5 o_v26_c5_r2 1 o_v26_c5_r3 1
    o_v26_c5 o_v26_c5_r4 1 o_v26_c5_r5 1
    o_v26_c5 occ_c5 1
    o_v26_c9 o_v26_c9_r0 1 o_v26_c9_r1 1
    o_v26_c9 o_v26_c9_r2 1 o_v26_c9_r3 1
    o_v26_c9 o_v26_c9_r4 1 o_v26_c9_r5 1
    o_v26_c9 occ_c9 1
    o_v26_c11 o_v26_c11_r0 1 o_v26_c11_r1 1
    o_v26_c11 o_v26_c11_r2 1 o_v26_c11_r3 1
    o_v26_c11 o_v26_c11_r4 1 occ_c11 1
    dy_v26_L2 dy_v26_L2_r0 1 heads_L2 1
    o_v27_c3 o_v27_c3_r0 1 o_v27_c3_r1 1
    o_v27_c3 o_v27_c3_r2 1 o_v27_c3_r3 1
    o_v27_c3 o_v27_c3_r4 1 occ_c3 1
    o_v27_c5 o_v27_c5_r0 1 o_v27_c5_r1 1
    o_v27_c5 o_v27_c5_r2 1 o_v27_c5_r3 1
    o_v27_c5 o_v27_c5_r4 1 o_v27_c5_r5 1
    o_v27_c5 occ_c5 1
    o_v27_c9 o_v27_c9_r0 1 o_v27_c9_r1 1
    o_v27_c9 o_v27_c9_r2 1 o_v27_c9_r3 1
    o_v27_c9 o_v27_c9_r4 1 o_v27_c9_r5 1
    o_v27_c9 occ_c9 1
    o_v27_c11 o_v27_c11_r0 1 o_v27_c11_r1 1
    o_v27_c11 o_v27_c11_r2 1 o_v27_c11_r3 1
    o_v27_c11 o_v27_c11_r4 1 occ_c11 1
    dy_v27_L2 dy_v27_L2_r0 1 heads_L2 1
    o_v28_c3 o_v28_c3_r0 1 o_v28_c3_r1 1
    o_v28_c3 o_v28_c3_r2 1 o_v28_c3_r3 1
    o_v28_c3 o_v28_c3_r4 1 occ_c3 1
    o_v28_c5 o_v28_c5_r0 1 o_v28_c5_r1 1
    o_v28_c5 o_v28_c5_r2 1 o_v28_c5_r3 1
    o_v28_c5 o_v28_c5_r4 1 o_v28_c5_r5 1
    o_v28_c5 occ_c5 1
    o_v28_c9 o_v28_c9_r0 1 o_v28_c9_r1 1
    o_v28_c9 o_v28_c9_r2 1 o_v28_c9_r3 1
    o_v28_c9 o_v28_c9_r4 1 o_v28_c9_r5 1
    o_v28_c9 occ_c9 1
    o_v28_c11 o_v28_c11_r0 1 o_v28_c11_r1 1
    o_v28_c11 o_v28_c11_r2 1 o_v28_c11_r3 1
    o_v28_c11 o_v28_c11_r4 1 occ_c11 1
    dy_v28_L2 dy_v28_L2_r0 1 heads_L2 1
    o_v29_c3 o_v29_c3_r0 1 o_v29_c3_r1 1
    o_v29_c3 o_v29_c3_r2 1 o_v29_c3_r3 1
    o_v29_c3 o_v29_c3_r4 1 occ_c3 1
    o_v29_c5 o_v29_c5_r0 1 o_v29_c5_r1 1
    o_v29_c5 o_v29_c5_r2 1 o_v29_c5_r3 1
    o_v29_c5 o_v29_c5_r4 1 o_v29_c5_r5 1
    o_v29_c5 occ_c5 1
    o_v29_c9 o_v29_c9_r0 1 o_v29_c9_r1 1
    o_v29_c9 o_v29_c9_r2 1 o_v29_c9_r3 1
    o_v29_c9 o_v29_c9_r4 1 o_v29_c9_r5 1
    o_v29_c9 occ_c9 1
    o_v29_c11 o_v29_c11_r0 1 o_v29_c11_r1 1
    o_v29_c11 o_v29_c11_r2 1 o_v29_c11_r3 1
    o_v29_c11 o_v29_c11_r4 1 occ_c11 1
    dy_v29_L2 dy_v29_L2_r0 1 heads_L2 1
    o_v30_c3 o_v30_c3_r0 1 o_v30_c3_r1 1
    o_v30_c3 o_v30_c3_r2 1 o_v30_c3_r3 1
    o_v30_c3 o_v30_c3_r4 1 occ_c3 1
    o_v30_c5 o_v30_c5_r0 1 o_v30_c5_r1 1
    o_v30_c5 o_v30_c5_r2 1 o_v30_c5_r3 1
    o_v30_c5 o_v30_c5_r4 1 o_v30_c5_r5 1
    o_v30_c5 occ_c5 1
    o_v30_c9 o_v30_c9_r0 1 o_v30_c9_r1 1
    o_v30_c9 o_v30_c9_r2 1 o_v30_c9_r3 1
    o_v30_c9 o_v30_c9_r4 1 o_v30_c9_r5 1
    o_v30_c9 occ_c9 1
    o_v30_c11 o_v30_c11_r0 1 o_v30_c11_r1 1
    o_v30_c11 o_v30_c11_r2 1 o_v30_c11_r3 1
    o_v30_c11 o_v30_c11_r4 1 occ_c11 1
    dy_v30_L2 dy_v30_L2_r0 1 heads_L2 1
    o_v31_c3 o_v31_c3_r0 1 o_v31_c3_r1 1
    o_v31_c3 o_v31_c3_r2 1 o_v31_c3_r3 1
    o_v31_c3 o_v31_c3_r4 1 occ_c3 1
    o_v31_c5 o_v31_c5_r0 1 o_v31_c5_r1 1
    o_v31_c5 o_v31_c5_r2 1 o_v31_c5_r3 1
    o_v31_c5 o_v31_c5_r4 1 o_v31_c5_r5 1
    o_v31_c5 occ_c5 1
    o_v31_c9 o_v31_c9_r0 1 o_v31_c9_r1 1
    o_v31_c9 o_v31_c9_r2 1 o_v31_c9_r3 1
    o_v31_c9 o_v31_c9_r4 1 o_v31_c9_r5 1
    o_v31_c9 occ_c9 1
    o_v31_c11 o_v31_c11_r0 1 o_v31_c11_r1 1
    o_v31_c11 o_v31_c11_r2 1 o_v31_c11_r3 1
    o_v31_c11 o_v31_c11_r4 1 occ_c11 1
    dy_v31_L2 dy_v31_L2_r0 1 heads_L2 1
    o_v32_c3 o_v32_c3_r0 1 o_v32_c3_r1 1
    o_v32_c3 o_v32_c3_r2 1 o_v32_c3_r3 1
    o_v32_c3 o_v32_c3_r4 1 occ_c3 1
    o_v32_c5 o_v32_c5_r0 1 o_v32_c5_r1 1
    o_v32_c5 o_v32_c5_r2 1 o_v32_c5_r3 1
    o_v32_c5 o_v32_c5_r4 1 o_v32_c5_r5 1
    o_v32_c5 occ_c5 1
    o_v32_c9 o_v32_c9_r0 1 o_v32_c9_r1 1
    o_v32_c9 o_v32_c9_r2 1 o_v32_c9_r3 1
    o_v32_c9 o_v32_c9_r4 1 o_v32_c9_r5 1
    o_v32_c9 occ_c9 1
    o_v32_c11 o_v32_c11_r0 1 o_v32_c11_r1 1
    o_v32_c11 o_v32_c11_r2 1 o_v32_c11_r3 1
    o_v32_c11 o_v32_c11_r4 1 occ_c11 1
    dy_v32_L2 dy_v32_L2_r0 1 heads_L2 1
    o_v33_c3 o_v33_c3_r0 1 o_v33_c3_r1 1
    o_v33_c3 o_v33_c3_r2 1 o_v33_c3_r3 1
    o_v33_c3 o_v33_c3_r4 1 occ_c3 1
    o_v33_c5 o_v33_c5_r0 1 o_v33_c5_r1 1
    o_v33_c5 o_v33_c5_r2 1 o_v33_c5_r3 1
    o_v33_c5 o_v33_c5_r4 1 o_v33_c5_r5 1
    o_v33_c5 occ_c5 1
    o_v33_c9 o_v33_c9_r0 1 o_v33_c9_r1 1
    o_v33_c9 o_v33_c9_r2 1 o_v33_c9_r3 1
    o_v33_c9 o_v33_c9_r4 1 o_v33_c9_r5 1
    o_v33_c9 occ_c9 1
    o_v33_c11 o_v33_c11_r0 1 o_v33_c11_r1 1
    o_v33_c11 o_v33_c11_r2 1 o_v33_c11_r3 1
    o_v33_c11 o_v33_c11_r4 1 occ_c11 1
    dy_v33_L2 dy_v33_L2_r0 1 heads_L2 1
    o_v34_c3 o_v34_c3_r0 1 o_v34_c3_r1 1
    o_v34_c3 o_v34_c3_r2 1 o_v34_c3_r3 1
    o_v34_c3 o_v34_c3_r4 1 occ_c3 1
    o_v34_c5 o_v34_c5_r0 1 o_v34_c5_r1 1
    o_v34_c5 o_v34_c5_r2 1 o_v34_c5_r3 1
    o_v34_c5 o_v34_c5_r4 1 o_v34_c5_r5 1
    o_v34_c5 occ_c5 1
    o_v34_c9 o_v34_c9_r0 1 o_v34_c9_r1 1
    o_v34_c9 o_v34_c9_r2 1 o_v34_c9_r3 1
    o_v34_c9 o_v34_c9_r4 1 o_v34_c9_r5 1
    o_v34_c9 occ_c9 1
    o_v34_c11 o_v34_c11_r0 1 o_v34_c11_r1 1
    o_v34_c11 o_v34_c11_r2 1 o_v34_c11_r3 1
    o_v34_c11 o_v34_c11_r4 1 occ_c11 1
    dy_v34_L2 dy_v34_L2_r0 1 heads_L2 1
    o_v35_c3 o_v35_c3_r0 1 o_v35_c3_r1 1
    o_v35_c3 o_v35_c3_r2 1 o_v35_c3_r3 1
    o_v35_c3 o_v35_c3_r4 1 occ_c3 1
    o_v35_c5 o_v35_c5_r0 1 o_v35_c5_r1 1
    o_v35_c5 o_v35_c5_r2 1 o_v35_c5_r3 1
    o_v35_c5 o_v35_c5_r4 1 o_v35_c5_r5 1
    o_v35_c5 occ_c5 1
    o_v35_c9 o_v35_c9_r0 1 o_v35_c9_r1 1
    o_v35_c9 o_v35_c9_r2 1 o_v35_c9_r3 1
    o_v35_c9 o_v35_c9_r4 1 o_v35_c9_r5 1
    o_v35_c9 occ_c9 1
    o_v35_c11 o_v35_c11_r0 1 o_v35_c11_r1 1
    o_v35_c11 o_v35_c11_r2 1 o_v35_c11_r3 1
    o_v35_c11 o_v35_c11_r4 1 occ_c11 1
    dy_v35_L2 dy_v35_L2_r0 1 heads_L2 1
    o_v36_c3 o_v36_c3_r0 1 o_v36_c3_r1 1
    o_v36_c3 o_v36_c3_r2 1 o_v36_c3_r3 1
    o_v36_c3 o_v36_c3_r4 1 occ_c3 1
    o_v36_c5 o_v36_c5_r0 1 o_v36_c5_r1 1
    o_v36_c5 o_v36_c5_r2 1 o_v36_c5_r3 1
    o_v36_c5 o_v36_c5_r4 1 o_v36_c5_r5 1
    o_v36_c5 occ_c5 1
    o_v36_c9 o_v36_c9_r0 1 o_v36_c9_r1 1
    o_v36_c9 o_v36_c9_r2 1 o_v36_c9_r3 1
    o_v36_c9 o_v36_c9_r4 1 o_v36_c9_r5 1
    o_v36_c9 occ_c9 1
    o_v36_c11 o_v36_c11_r0 1 o_v36_c11_r1 1
    o_v36_c11 o_v36_c11_r2 1 o_v36_c11_r3 1
    o_v36_c11 o_v36_c11_r4 1 occ_c11 1
    dy_v36_L2 dy_v36_L2_r0 1 heads_L2 1
    o_v37_c3 o_v37_c3_r0 1 o_v37_c3_r1 1
    o_v37_c3 o_v37_c3_r2 1 o_v37_c3_r3 1
    o_v37_c3 o_v37_c3_r4 1 occ_c3 1
    o_v37_c5 o_v37_c5_r0 1 o_v37_c5_r1 1
    o_v37_c5 o_v37_c5_r2 1 o_v37_c5_r3 1
    o_v37_c5 o_v37_c5_r4 1 o_v37_c5_r5 1
    o_v37_c5 occ_c5 1
    o_v37_c9 o_v37_c9_r0 1 o_v37_c9_r1 1
    o_v37_c9 o_v37_c9_r2 1 o_v37_c9_r3 1
    o_v37_c9 o_v37_c9_r4 1 o_v37_c9_r5 1
    o_v37_c9 occ_c9 1
    o_v37_c11 o_v37_c11_r0 1 o_v37_c11_r1 1
    o_v37_c11 o_v37_c11_r2 1 o_v37_c11_r3 1
    o_v37_c11 o_v37_c11_r4 1 occ_c11 1
    dy_v37_L2 dy_v37_L2_r0 1 heads_L2 1
    o_v38_c3 o_v38_c3_r0 1 o_v38_c3_r1 1
    o_v38_c3 o_v38_c3_r2 1 o_v38_c3_r3 1
    o_v38_c3 o_v38_c3_r4 1 occ_c3 1
    o_v38_c5 o_v38_c5_r0 1 o_v38_c5_r1 1
    o_v38_c5 o_v38_c5_r2 1 o_v38_c5_r3 1
    o_v38_c5 o_v38_c5_r4 1 o_v38_c5_r5 1
    o_v38_c5 occ_c5 1
    o_v38_c9 o_v38_c9_r0 1 o_v38_c9_r1 1
    o_v38_c9 o_v38_c9_r2 1 o_v38_c9_r3 1
    o_v38_c9 o_v38_c9_r4 1 o_v38_c9_r5 1
    o_v38_c9 occ_c9 1
    o_v38_c11 o_v38_c11_r0 1 o_v38_c11_r1 1
    o_v38_c11 o_v38_c11_r2 1 o_v38_c11_r3 1
    o_v38_c11 o_v38_c11_r4 1 occ_c11 1
    dy_v38_L2 dy_v38_L2_r0 1 heads_L2 1
    o_v39_c3 o_v39_c3_r0 1 o_v39_c3_r1 1
    o_v39_c3 o_v39_c3_r2 1 o_v39_c3_r3 1
    o_v39_c3 o_v39_c3_r4 1 occ_c3 1
    o_v39_c5 o_v39_c5_r0 1 o_v39_c5_r1 1
    o_v39_c5 o_v39_c5_r2 1 o_v39_c5_r3 1
    o_v39_c5 o_v39_c5_r4 1 o_v39_c5_r5 1
    o_v39_c5 occ_c5 1
    o_v39_c9 o_v39_c9_r0 1 o_v39_c9_r1 1
    o_v39_c9 o_v39_c9_r2 1 o_v39_c9_r3 1
    o_v39_c9 o_v39_c9_r4 1 o_v39_c9_r5 1
    o_v39_c9 occ_c9 1
    o_v39_c11 o_v39_c11_r0 1 o_v39_c11_r1 1
    o_v39_c11 o_v39_c11_r2 1 o_v39_c11_r3 1
    o_v39_c11 o_v39_c11_r4 1 occ_c11 1
    dy_v39_L2 dy_v39_L2_r0 1 heads_L2 1
    o_v40_c3 o_v40_c3_r0 1 o_v40_c3_r1 1
    o_v40_c3 o_v40_c3_r2 1 o_v40_c3_r3 1
    o_v40_c3 o_v40_c3_r4 1 occ_c3 1
    o_v40_c5 o_v40_c5_r0 1 o_v40_c5_r1 1
    o_v40_c5 o_v40_c5_r2 1 o_v40_c5_r3 1
    o_v40_c5 o_v40_c5_r4 1 o_v40_c5_r5 1
    o_v40_c5 occ_c5 1
    o_v40_c9 o_v40_c9_r0 1 o_v40_c9_r1 1
    o_v40_c9 o_v40_c9_r2 1 o_v40_c9_r3 1
    o_v40_c9 o_v40_c9_r4 1 o_v40_c9_r5 1
    o_v40_c9 occ_c9 1
    o_v40_c11 o_v40_c11_r0 1 o_v40_c11_r1 1
    o_v40_c11 o_v40_c11_r2 1 o_v40_c11_r3 1
    o_v40_c11 o_v40_c11_r4 1 occ_c11 1
    dy_v40_L2 dy_v40_L2_r0 1 heads_L2 1
    o_v41_c3 o_v41_c3_r0 1 o_v41_c3_r1 1
    o_v41_c3 o_v41_c3_r2 1 o_v41_c3_r3 1
    o_v41_c3 o_v41_c3_r4 1 occ_c3 1
    o_v41_c5 o_v41_c5_r0 1 o_v41_c5_r1 1
    o_v41_c5 o_v41_c5_r2 1 o_v41_c5_r3 1
    o_v41_c5 o_v41_c5_r4 1 o_v41_c5_r5 1
    o_v41_c5 occ_c5 1
    o_v41_c9 o_v41_c9_r0 1 o_v41_c9_r1 1
    o_v41_c9 o_v41_c9_r2 1 o_v41_c9_r3 1
    o_v41_c9 o_v41_c9_r4 1 o_v41_c9_r5 1
    o_v41_c9 occ_c9 1
    o_v41_c11 o_v41_c11_r0 1 o_v41_c11_r1 1
    o_v41_c11 o_v41_c11_r2 1 o_v41_c11_r3 1
    o_v41_c11 o_v41_c11_r4 1 occ_c11 1
    dy_v41_L2 dy_v41_L2_r0 1 heads_L2 1
    o_v42_c3 o_v42_c3_r0 1 o_v42_c3_r1 1
    o_v42_c3 o_v42_c3_r2 1 o_v42_c3_r3 1
    o_v42_c3 o_v42_c3_r4 1 occ_c3 1
    o_v42_c5 o_v42_c5_r0 1 o_v42_c5_r1 1
    o_v42_c5 o_v42_c5_r2 1 o_v42_c5_r3 1
    o_v42_c5 o_v42_c5_r4 1 o_v42_c5_r5 1
    o_v42_c5 occ_c5 1
    o_v42_c9 o_v42_c9_r0 1 o_v42_c9_r1 1
    o_v42_c9 o_v42_c9_r2 1 o_v42_c9_r3 1
    o_v42_c9 o_v42_c9_r4 1 o_v42_c9_r5 1
    o_v42_c9 occ_c9 1
    o_v42_c11 o_v42_c11_r0 1 o_v42_c11_r1 1
    o_v42_c11 o_v42_c11_r2 1 o_v42_c11_r3 1
    o_v42_c11 o_v42_c11_r4 1 occ_c11 1
    dy_v42_L2 dy_v42_L2_r0 1 heads_L2 1
    o_v43_c3 o_v43_c3_r0 1 o_v43_c3_r1 1
    o_v43_c3 o_v43_c3_r2 1 o_v43_c3_r3 1
    o_v43_c3 o_v43_c3_r4 1 occ_c3 1
    o_v43_c5 o_v43_c5_r0 1 o_v43_c5_r1 1
    o_v43_c5 o_v43_c5_r2 1 o_v43_c5_r3 1
    o_v43_c5 o_v43_c5_r4 1 o_v43_c5_r5 1
    o_v43_c5 occ_c5 1
    o_v43_c9 o_v43_c9_r0 1 o_v43_c9_r1 1
    o_v43_c9 o_v43_c9_r2 1 o_v43_c9_r3 1
    o_v43_c9 o_v43_c9_r4 1 o_v43_c9_r5 1
    o_v43_c9 occ_c9 1
    o_v43_c11 o_v43_c11_r0 1 o_v43_c11_r1 1
    o_v43_c11 o_v43_c11_r2 1 o_v43_c11_r3 1
    o_v43_c11 o_v43_c11_r4 1 occ_c11 1
    dy_v43_L2 dy_v43_L2_r0 1 heads_L2 1
    o_v44_c3 o_v44_c3_r0 1 o_v44_c3_r1 1
    o_v44_c3 o_v44_c3_r2 1 o_v44_c3_r3 1
    o_v44_c3 o_v44_c3_r4 1 occ_c3 1
    o_v44_c5 o_v44_c5_r0 1 o_v44_c5_r1 1
    o_v44_c5 o_v44_c5_r2 1 o_v44_c5_r3 1
    o_v44_c5 o_v44_c5_r4 1 o_v44_c5_r5 1
    o_v44_c5 occ_c5 1
    o_v44_c9 o_v44_c9_r0 1 o_v44_c9_r1 1
    o_v44_c9 o_v44_c9_r2 1 o_v44_c9_r3 1
    o_v44_c9 o_v44_c9_r4 1 o_v44_c9_r5 1
    o_v44_c9 occ_c9 1
    o_v44_c11 o_v44_c11_r0 1 o_v44_c11_r1 1
    o_v44_c11 o_v44_c11_r2 1 o_v44_c11_r3 1
    o_v44_c11 o_v44_c11_r4 1 occ_c11 1
    dy_v44_L2 dy_v44_L2_r0 1 heads_L2 1
    o_v45_c3 o_v45_c3_r0 1 o_v45_c3_r1 1
    o_v45_c3 o_v45_c3_r2 1 o_v45_c3_r3 1
    o_v45_c3 o_v45_c3_r4 1 occ_c3 1
    o_v45_c5 o_v45_c5_r0 1 o_v45_c5_r1 1
    o_v45_c5 o_v45_c5_r2 1 o_v45_c5_r3 1
    o_v45_c5 o_v45_c5_r4 1 o_v45_c5_r5 1
    o_v45_c5 occ_c5 1
    o_v45_c9 o_v45_c9_r0 1 o_v45_c9_r1 1
    o_v45_c9 o_v45_c9_r2 1 o_v45_c9_r3 1
    o_v45_c9 o_v45_c9_r4 1 o_v45_c9_r5 1
    o_v45_c9 occ_c9 1
    o_v45_c11 o_v45_c11_r0 1 o_v45_c11_r1 1
    o_v45_c11 o_v45_c11_r2 1 o_v45_c11_r3 1
    o_v45_c11 o_v45_c11_r4 1 occ_c11 1
    dy_v45_L2 dy_v45_L2_r0 1 heads_L2 1
    o_v46_c3 o_v46_c3_r0 1 o_v46_c3_r1 1
    o_v46_c3 o_v46_c3_r2 1 o_v46_c3_r3 1
    o_v46_c3 o_v46_c3_r4 1 occ_c3 1
    o_v46_c5 o_v46_c5_r0 1 o_v46_c5_r1 1
    o_v46_c5 o_v46_c5_r2 1 o_v46_c5_r3 1
    o_v46_c5 o_v46_c5_r4 1 o_v46_c5_r5 1
    o_v46_c5 occ_c5 1
    o_v46_c9 o_v46_c9_r0 1 o_v46_c9_r1 1
    o_v46_c9 o_v46_c9_r2 1 o_v46_c9_r3 1
    o_v46_c9 o_v46_c9_r4 1 o_v46_c9_r5 1
    o_v46_c9 occ_c9 1
    o_v46_c11 o_v46_c11_r0 1 o_v46_c11_r1 1
    o_v46_c11 o_v46_c11_r2 1 o_v46_c11_r3 1
    o_v46_c11 o_v46_c11_r4 1 occ_c11 1
    dy_v46_L2 dy_v46_L2_r0 1 heads_L2 1
    o_v47_c3 o_v47_c3_r0 1 o_v47_c3_r1 1
    o_v47_c3 o_v47_c3_r2 1 o_v47_c3_r3 1
    o_v47_c3 o_v47_c3_r4 1 occ_c3 1
    o_v47_c5 o_v47_c5_r0 1 o_v47_c5_r1 1
    o_v47_c5 o_v47_c5_r2 1 o_v47_c5_r3 1
    o_v47_c5 o_v47_c5_r4 1 o_v47_c5_r5 1
    o_v47_c5 occ_c5 1
    o_v47_c9 o_v47_c9_r0 1 o_v47_c9_r1 1
    o_v47_c9 o_v47_c9_r2 1 o_v47_c9_r3 1
    o_v47_c9 o_v47_c9_r4 1 o_v47_c9_r5 1
    o_v47_c9 occ_c9 1
    o_v47_c11 o_v47_c11_r0 1 o_v47_c11_r1 1
    o_v47_c11 o_v47_c11_r2 1 o_v47_c11_r3 1
    o_v47_c11 o_v47_c11_r4 1 occ_c11 1
    dy_v47_L2 dy_v47_L2_r0 1 heads_L2 1
    o_v48_c3 o_v48_c3_r0 1 o_v48_c3_r1 1
    o_v48_c3 o_v48_c3_r2 1 o_v48_c3_r3 1
    o_v48_c3 o_v48_c3_r4 1 occ_c3 1
    o_v48_c5 o_v48_c5_r0 1 o_v48_c5_r1 1
    o_v48_c5 o_v48_c5_r2 1 o_v48_c5_r3 1
    o_v48_c5 o_v48_c5_r4 1 o_v48_c5_r5 1
    o_v48_c5 occ_c5 1
    o_v48_c9 o_v48_c9_r0 1 o_v48_c9_r1 1
    o_v48_c9 o_v48_c9_r2 1 o_v48_c9_r3 1
    o_v48_c9 o_v48_c9_r4 1 o_v48_c9_r5 1
    o_v48_c9 occ_c9 1
    o_v48_c11 o_v48_c11_r0 1 o_v48_c11_r1 1
    o_v48_c11 o_v48_c11_r2 1 o_v48_c11_r3 1
    o_v48_c11 o_v48_c11_r4 1 occ_c11 1
    dy_v48_L2 dy_v48_L2_r0 1 heads_L2 1
    o_v49_c3 o_v49_c3_r0 1 o_v49_c3_r1 1
    o_v49_c3 o_v49_c3_r2 1 o_v49_c3_r3 1
    o_v49_c3 o_v49_c3_r4 1 occ_c3 1
    o_v49_c5 o_v49_c5_r0 1 o_v49_c5_r1 1
    o_v49_c5 o_v49_c5_r2 1 o_v49_c5_r3 1
    o_v49_c5 o_v49_c5_r4 1 o_v49_c5_r5 1
    o_v49_c5 occ_c5 1
    o_v49_c9 o_v49_c9_r0 1 o_v49_c9_r1 1
    o_v49_c9 o_v49_c9_r2 1 o_v49_c9_r3 1
    o_v49_c9 o_v49_c9_r4 1 o_v49_c9_r5 1
    o_v49_c9 occ_c9 1
    o_v49_c11 o_v49_c11_r0 1 o_v49_c11_r1 1
    o_v49_c11 o_v49_c11_r2 1 o_v49_c11_r3 1
    o_v49_c11 o_v49_c11_r4 1 occ_c11 1
    dy_v49_L2 dy_v49_L2_r0 1 heads_L2 1
    o_v50_c3 o_v50_c3_r0 1 o_v50_c3_r1 1
    o_v50_c3 o_v50_c3_r2 1 o_v50_c3_r3 1
    o_v50_c3 o_v50_c3_r4 1 occ_c3 1
    o_v50_c5 o_v50_c5_r0 1 o_v50_c5_r1 1
    o_v50_c5 o_v50_c5_r2 1 o_v50_c5_r3 1
    o_v50_c5 o_v50_c5_r4 1 o_v50_c5_r5 1
    o_v50_c5 occ_c5 1
    o_v50_c9 o_v50_c9_r0 1 o_v50_c9_r1 1
    o_v50_c9 o_v50_c9_r2 1 o_v50_c9_r3 1
    o_v50_c9 o_v50_c9_r4 1 o_v50_c9_r5 1
    o_v50_c9 occ_c9 1
    o_v50_c11 o_v50_c11_r0 1 o_v50_c11_r1 1
    o_v50_c11 o_v50_c11_r2 1 o_v50_c11_r3 1
    o_v50_c11 o_v50_c11_r4 1 occ_c11 1
    dy_v50_L2 dy_v50_L2_r0 1 heads_L2 1
    o_v51_c3 o_v51_c3_r0 1 o_v51_c3_r1 1
    o_v51_c3 o_v51_c3_r2 1 o_v51_c3_r3 1
    o_v51_c3 o_v51_c3_r4 1 occ_c3 1
    o_v51_c5 o_v51_c5_r0 1 o_v51_c5_r1 1
    o_v51_c5 o_v51_c5_r2 1 o_v51_c5_r3 1
    o_v51_c5 o_v51_c5_r4 1 o_v51_c5_r5 1
    o_v51_c5 occ_c5 1
    o_v51_c9 o_v51_c9_r0 1 o_v51_c9_r1 1
    o_v51_c9 o_v51_c9_r2 1 o_v51_c9_r3 1
    o_v51_c9 o_v51_c9_r4 1 o_v51_c9_r5 1
    o_v51_c9 occ_c9 1
    o_v51_c11 o_v51_c11_r0 1 o_v51_c11_r1 1
    o_v51_c11 o_v51_c11_r2 1 o_v51_c11_r3 1
    o_v51_c11 o_v51_c11_r4 1 occ_c11 1
    dy_v51_L2 dy_v51_L2_r0 1 heads_L2 1
    o_v52_c3 o_v52_c3_r0 1 o_v52_c3_r1 1
    o_v52_c3 o_v52_c3_r2 1 o_v52_c3_r3 1
    o_v52_c3 o_v52_c3_r4 1 occ_c3 1
    o_v52_c5 o_v52_c5_r0 1 o_v52_c5_r1 1
    o_v52_c5 o_v52_c5_r2 1 o_v52_c5_r3 1
    o_v52_c5 o_v52_c5_r4 1 o_v52_c5_r5 1
    o_v52_c5 occ_c5 1
    o_v52_c9 o_v52_c9_r0 1 o_v52_c9_r1 1
    o_v52_c9 o_v52_c9_r2 1 o_v52_c9_r3 1
    o_v52_c9 o_v52_c9_r4 1 o_v52_c9_r5 1
    o_v52_c9 occ_c9 1
    o_v52_c11 o_v52_c11_r0 1 o_v52_c11_r1 1
    o_v52_c11 o_v52_c11_r2 1 o_v52_c11_r3 1
    o_v52_c11 o_v52_c11_r4 1 occ_c11 1
    dy_v52_L2 dy_v52_L2_r0 1 heads_L2 1
    o_v53_c7 o_v53_c7_r0 1 occ_c7 1
    o_v53_c9 o_v53_c9_r0 1 o_v53_c9_r1 1
    o_v53_c9 occ_c9 1
    o_v53_c11 o_v53_c11_r0 1 occ_c11 1
    o_v54_c7 o_v54_c7_r0 1 occ_c7 1
    o_v54_c9 o_v54_c9_r0 1 o_v54_c9_r1 1
    o_v54_c9 occ_c9 1
    o_v54_c11 o_v54_c11_r0 1 occ_c11 1
    o_v55_c7 o_v55_c7_r0 1 occ_c7 1
    o_v55_c9 o_v55_c9_r0 1 o_v55_c9_r1 1
    o_v55_c9 occ_c9 1
    o_v55_c11 o_v55_c11_r0 1 occ_c11 1
    o_v56_c7 o_v56_c7_r0 1 occ_c7 1
    o_v56_c9 o_v56_c9_r0 1 o_v56_c9_r1 1
    o_v56_c9 occ_c9 1
    o_v56_c11 o_v56_c11_r0 1 occ_c11 1
    o_v57_c7 o_v57_c7_r0 1 occ_c7 1
    o_v57_c9 o_v57_c9_r0 1 o_v57_c9_r1 1
    o_v57_c9 occ_c9 1
    o_v57_c11 o_v57_c11_r0 1 occ_c11 1
    o_v58_c7 o_v58_c7_r0 1 occ_c7 1
    o_v58_c9 o_v58_c9_r0 1 o_v58_c9_r1 1
    o_v58_c9 occ_c9 1
    o_v58_c11 o_v58_c11_r0 1 occ_c11 1
    o_v59_c7 o_v59_c7_r0 1 occ_c7 1
    o_v59_c9 o_v59_c9_r0 1 o_v59_c9_r1 1
    o_v59_c9 occ_c9 1
    o_v59_c11 o_v59_c11_r0 1 occ_c11 1
    o_v60_c7 o_v60_c7_r0 1 occ_c7 1
    o_v60_c9 o_v60_c9_r0 1 o_v60_c9_r1 1
    o_v60_c9 occ_c9 1
    o_v60_c11 o_v60_c11_r0 1 occ_c11 1
    o_v61_c7 o_v61_c7_r0 1 occ_c7 1
    o_v61_c9 o_v61_c9_r0 1 o_v61_c9_r1 1
    o_v61_c9 occ_c9 1
    o_v61_c11 o_v61_c11_r0 1 occ_c11 1
    o_v62_c7 o_v62_c7_r0 1 occ_c7 1
    o_v62_c9 o_v62_c9_r0 1 o_v62_c9_r1 1
    o_v62_c9 occ_c9 1
    o_v62_c11 o_v62_c11_r0 1 occ_c11 1
    o_v63_c7 o_v63_c7_r0 1 occ_c7 1
    o_v63_c9 o_v63_c9_r0 1 o_v63_c9_r1 1
    o_v63_c9 occ_c9 1
    o_v63_c11 o_v63_c11_r0 1 occ_c11 1
    o_v64_c7 o_v64_c7_r0 1 occ_c7 1
    o_v64_c9 o_v64_c9_r0 1 o_v64_c9_r1 1
    o_v64_c9 occ_c9 1
    o_v64_c11 o_v64_c11_r0 1 occ_c11 1
    o_v65_c7 o_v65_c7_r0 1 occ_c7 1
    o_v65_c9 o_v65_c9_r0 1 o_v65_c9_r1 1
    o_v65_c9 occ_c9 1
    o_v65_c11 o_v65_c11_r0 1 occ_c11 1
    o_v66_c7 o_v66_c7_r0 1 occ_c7 1
    o_v66_c9 o_v66_c9_r0 1 o_v66_c9_r1 1
    o_v66_c9 occ_c9 1
    o_v66_c11 o_v66_c11_r0 1 occ_c11 1
    o_v67_c7 o_v67_c7_r0 1 occ_c7 1
    o_v67_c9 o_v67_c9_r0 1 o_v67_c9_r1 1
    o_v67_c9 occ_c9 1
    o_v67_c11 o_v67_c11_r0 1 occ_c11 1
    o_v68_c7 o_v68_c7_r0 1 occ_c7 1
    o_v68_c9 o_v68_c9_r0 1 o_v68_c9_r1 1
    o_v68_c9 occ_c9 1
    o_v68_c11 o_v68_c11_r0 1 occ_c11 1
    o_v69_c7 o_v69_c7_r0 1 occ_c7 1
    o_v69_c9 o_v69_c9_r0 1 o_v69_c9_r1 1
    o_v69_c9 occ_c9 1
    o_v69_c11 o_v69_c11_r0 1 occ_c11 1
    o_v70_c7 o_v70_c7_r0 1 occ_c7 1
    o_v70_c9 o_v70_c9_r0 1 o_v70_c9_r1 1
    o_v70_c9 occ_c9 1
    o_v70_c11 o_v70_c11_r0 1 occ_c11 1
    o_v71_c7 o_v71_c7_r0 1 occ_c7 1
    o_v71_c9 o_v71_c9_r0 1 o_v71_c9_r1 1
    o_v71_c9 occ_c9 1
    o_v71_c11 o_v71_c11_r0 1 occ_c11 1
    o_v72_c7 o_v72_c7_r0 1 occ_c7 1
    o_v72_c9 o_v72_c9_r0 1 o_v72_c9_r1 1
    o_v72_c9 occ_c9 1
    o_v72_c11 o_v72_c11_r0 1 occ_c11 1
    o_v73_c7 o_v73_c7_r0 1 occ_c7 1
    o_v73_c9 o_v73_c9_r0 1 o_v73_c9_r1 1
    o_v73_c9 occ_c9 1
    o_v73_c11 o_v73_c11_r0 1 occ_c11 1
    o_v74_c7 o_v74_c7_r0 1 occ_c7 1
    o_v74_c9 o_v74_c9_r0 1 o_v74_c9_r1 1
    o_v74_c9 occ_c9 1
    o_v74_c11 o_v74_c11_r0 1 occ_c11 1
    o_v75_c7 o_v75_c7_r0 1 occ_c7 1
    o_v75_c9 o_v75_c9_r0 1 o_v75_c9_r1 1
    o_v75_c9 occ_c9 1
    o_v75_c11 o_v75_c11_r0 1 occ_c11 1
    o_v76_c7 o_v76_c7_r0 1 occ_c7 1
    o_v76_c9 o_v76_c9_r0 1 o_v76_c9_r1 1
    o_v76_c9 occ_c9 1
    o_v76_c11 o_v76_c11_r0 1 occ_c11 1
    o_v77_c7 o_v77_c7_r0 1 occ_c7 1
    o_v77_c9 o_v77_c9_r0 1 o_v77_c9_r1 1
    o_v77_c9 occ_c9 1
    o_v77_c11 o_v77_c11_r0 1 occ_c11 1
    o_v78_c7 o_v78_c7_r0 1 occ_c7 1
    o_v78_c9 o_v78_c9_r0 1 o_v78_c9_r1 1
    o_v78_c9 occ_c9 1
    o_v78_c11 o_v78_c11_r0 1 occ_c11 1
    o_v79_c7 o_v79_c7_r0 1 occ_c7 1
    o_v79_c9 o_v79_c9_r0 1 o_v79_c9_r1 1
    o_v79_c9 occ_c9 1
    o_v79_c11 o_v79_c11_r0 1 occ_c11 1
    o_v80_c7 o_v80_c7_r0 1 occ_c7 1
    o_v80_c9 o_v80_c9_r0 1 o_v80_c9_r1 1
    o_v80_c9 occ_c9 1
    o_v80_c11 o_v80_c11_r0 1 occ_c11 1
    o_v81_c7 o_v81_c7_r0 1 occ_c7 1
    o_v81_c9 o_v81_c9_r0 1 o_v81_c9_r1 1
    o_v81_c9 occ_c9 1
    o_v81_c11 o_v81_c11_r0 1 occ_c11 1
    o_v82_c7 o_v82_c7_r0 1 occ_c7 1
    o_v82_c9 o_v82_c9_r0 1 o_v82_c9_r1 1
    o_v82_c9 occ_c9 1
    o_v82_c11 o_v82_c11_r0 1 occ_c11 1
    o_v83_c7 o_v83_c7_r0 1 occ_c7 1
    o_v83_c9 o_v83_c9_r0 1 o_v83_c9_r1 1
    o_v83_c9 occ_c9 1
    o_v83_c11 o_v83_c11_r0 1 occ_c11 1
    o_v84_c7 o_v84_c7_r0 1 occ_c7 1
    o_v84_c9 o_v84_c9_r0 1 o_v84_c9_r1 1
    o_v84_c9 occ_c9 1
    o_v84_c11 o_v84_c11_r0 1 occ_c11 1
    o_v85_c7 o_v85_c7_r0 1 occ_c7 1
    o_v85_c9 o_v85_c9_r0 1 o_v85_c9_r1 1
    o_v85_c9 occ_c9 1
    o_v85_c11 o_v85_c11_r0 1 occ_c11 1
    o_v86_c7 o_v86_c7_r0 1 occ_c7 1
    o_v86_c9 o_v86_c9_r0 1 o_v86_c9_r1 1
    o_v86_c9 occ_c9 1
    o_v86_c11 o_v86_c11_r0 1 occ_c11 1
    o_v87_c7 o_v87_c7_r0 1 occ_c7 1
    o_v87_c9 o_v87_c9_r0 1 o_v87_c9_r1 1
    o_v87_c9 occ_c9 1
    o_v87_c11 o_v87_c11_r0 1 occ_c11 1
    o_v88_c7 o_v88_c7_r0 1 occ_c7 1
    o_v88_c9 o_v88_c9_r0 1 o_v88_c9_r1 1
    o_v88_c9 occ_c9 1
    o_v88_c11 o_v88_c11_r0 1 occ_c11 1
    o_v90_c7 o_v90_c7_r0 1 occ_c7 1
    o_v90_c9 o_v90_c9_r0 1 o_v90_c9_r1 1
    o_v90_c9 occ_c9 1
    o_v90_c11 o_v90_c11_r0 1 occ_c11 1
    o_v91_c7 o_v91_c7_r0 1 occ_c7 1
    o_v91_c9 o_v91_c9_r0 1 o_v91_c9_r1 1
    o_v91_c9 occ_c9 1
    o_v91_c11 o_v91_c11_r0 1 occ_c11 1
    o_v92_c7 o_v92_c7_r0 1 occ_c7 1
    o_v92_c9 o_v92_c9_r0 1 o_v92_c9_r1 1
    o_v92_c9 occ_c9 1
    o_v92_c11 o_v92_c11_r0 1 occ_c11 1
    o_v93_c7 o_v93_c7_r0 1 occ_c7 1
    o_v93_c9 o_v93_c9_r0 1 o_v93_c9_r1 1
    o_v93_c9 occ_c9 1
    o_v93_c11 o_v93_c11_r0 1 occ_c11 1
    o_v94_c7 o_v94_c7_r0 1 occ_c7 1
    o_v94_c9 o_v94_c9_r0 1 o_v94_c9_r1 1
    o_v94_c9 occ_c9 1
    o_v94_c11 o_v94_c11_r0 1 occ_c11 1
    o_v95_c7 o_v95_c7_r0 1 occ_c7 1
    o_v95_c9 o_v95_c9_r0 1 o_v95_c9_r1 1
    o_v95_c9 occ_c9 1
    o_v95_c11 o_v95_c11_r0 1 occ_c11 1
    o_v96_c7 o_v96_c7_r0 1 occ_c7 1
    o_v96_c9 o_v96_c9_r0 1 o_v96_c9_r1 1
    o_v96_c9 occ_c9 1
    o_v96_c11 o_v96_c11_r0 1 occ_c11 1
    o_v97_c7 o_v97_c7_r0 1 occ_c7 1
    o_v97_c9 o_v97_c9_r0 1 o_v97_c9_r1 1
    o_v97_c9 occ_c9 1
    o_v97_c11 o_v97_c11_r0 1 occ_c11 1
    o_v98_c7 o_v98_c7_r0 1 occ_c7 1
    o_v98_c9 o_v98_c9_r0 1 o_v98_c9_r1 1
    o_v98_c9 occ_c9 1
    o_v98_c11 o_v98_c11_r0 1 occ_c11 1
    o_v99_c7 o_v99_c7_r0 1 occ_c7 1
    o_v99_c9 o_v99_c9_r0 1 o_v99_c9_r1 1
    o_v99_c9 occ_c9 1
    o_v99_c11 o_v99_c11_r0 1 occ_c11 1
    o_v100_c7 o_v100_c7_r0 1 occ_c7 1
    o_v100_c9 o_v100_c9_r0 1 o_v100_c9_r1 1
    o_v100_c9 occ_c9 1
    o_v100_c11 o_v100_c11_r0 1 occ_c11 1
    o_v101_c7 o_v101_c7_r0 1 occ_c7 1
    o_v101_c9 o_v101_c9_r0 1 o_v101_c9_r1 1
    o_v101_c9 occ_c9 1
    o_v101_c11 o_v101_c11_r0 1 occ_c11 1
    o_v102_c7 o_v102_c7_r0 1 occ_c7 1
    o_v102_c9 o_v102_c9_r0 1 o_v102_c9_r1 1
    o_v102_c9 occ_c9 1
    o_v102_c11 o_v102_c11_r0 1 occ_c11 1
    o_v103_c7 o_v103_c7_r0 1 occ_c7 1
    o_v103_c9 o_v103_c9_r0 1 o_v103_c9_r1 1
    o_v103_c9 occ_c9 1
    o_v103_c11 o_v103_c11_r0 1 occ_c11 1
    o_v104_c7 o_v104_c7_r0 1 occ_c7 1
    o_v104_c9 o_v104_c9_r0 1 o_v104_c9_r1 1
    o_v104_c9 occ_c9 1
    o_v104_c11 o_v104_c11_r0 1 occ_c11 1
    o_v105_c7 o_v105_c7_r0 1 occ_c7 1
    o_v105_c9 o_v105_c9_r0 1 o_v105_c9_r1 1
    o_v105_c9 occ_c9 1
    o_v105_c11 o_v105_c11_r0 1 occ_c11 1
    o_v106_c7 o_v106_c7_r0 1 occ_c7 1
    o_v106_c9 o_v106_c9_r0 1 o_v106_c9_r1 1
    o_v106_c9 occ_c9 1
    o_v106_c11 o_v106_c11_r0 1 occ_c11 1
    o_v107_c7 o_v107_c7_r0 1 occ_c7 1
    o_v107_c9 o_v107_c9_r0 1 o_v107_c9_r1 1
    o_v107_c9 occ_c9 1
    o_v107_c11 o_v107_c11_r0 1 occ_c11 1
    o_v108_c7 o_v108_c7_r0 1 occ_c7 1
    o_v108_c9 o_v108_c9_r0 1 o_v108_c9_r1 1
    o_v108_c9 occ_c9 1
    o_v108_c11 o_v108_c11_r0 1 occ_c11 1
    o_v109_c7 o_v109_c7_r0 1 occ_c7 1
    o_v109_c9 o_v109_c9_r0 1 o_v109_c9_r1 1
    o_v109_c9 occ_c9 1
    o_v109_c11 o_v109_c11_r0 1 occ_c11 1
    o_v110_c7 o_v110_c7_r0 1 occ_c7 1
    o_v110_c9 o_v110_c9_r0 1 o_v110_c9_r1 1
    o_v110_c9 occ_c9 1
    o_v110_c11 o_v110_c11_r0 1 occ_c11 1
    o_v111_c7 o_v111_c7_r0 1 occ_c7 1
    o_v111_c9 o_v111_c9_r0 1 o_v111_c9_r1 1
    o_v111_c9 occ_c9 1
    o_v111_c11 o_v111_c11_r0 1 occ_c11 1
    o_v112_c7 o_v112_c7_r0 1 occ_c7 1
    o_v112_c9 o_v112_c9_r0 1 o_v112_c9_r1 1
    o_v112_c9 occ_c9 1
    o_v112_c11 o_v112_c11_r0 1 occ_c11 1
    o_v113_c7 o_v113_c7_r0 1 occ_c7 1
    o_v113_c9 o_v113_c9_r0 1 o_v113_c9_r1 1
    o_v113_c9 occ_c9 1
    o_v113_c11 o_v113_c11_r0 1 occ_c11 1
    o_v114_c7 o_v114_c7_r0 1 occ_c7 1
    o_v114_c9 o_v114_c9_r0 1 o_v114_c9_r1 1
    o_v114_c9 occ_c9 1
    o_v114_c11 o_v114_c11_r0 1 occ_c11 1
    o_v115_c7 o_v115_c7_r0 1 occ_c7 1
    o_v115_c9 o_v115_c9_r0 1 o_v115_c9_r1 1
    o_v115_c9 occ_c9 1
    o_v115_c11 o_v115_c11_r0 1 occ_c11 1
    o_v116_c7 o_v116_c7_r0 1 occ_c7 1
    o_v116_c9 o_v116_c9_r0 1 o_v116_c9_r1 1
    o_v116_c9 occ_c9 1
    o_v116_c11 o_v116_c11_r0 1 occ_c11 1
    o_v117_c7 o_v117_c7_r0 1 occ_c7 1
    o_v117_c9 o_v117_c9_r0 1 o_v117_c9_r1 1
    o_v117_c9 occ_c9 1
    o_v117_c11 o_v117_c11_r0 1 occ_c11 1
    o_v118_c7 o_v118_c7_r0 1 occ_c7 1
    o_v118_c9 o_v118_c9_r0 1 o_v118_c9_r1 1
    o_v118_c9 occ_c9 1
    o_v118_c11 o_v118_c11_r0 1 occ_c11 1
    o_v119_c7 o_v119_c7_r0 1 occ_c7 1
    o_v119_c9 o_v119_c9_r0 1 o_v119_c9_r1 1
    o_v119_c9 occ_c9 1
    o_v119_c11 o_v119_c11_r0 1 occ_c11 1
    o_v120_c7 o_v120_c7_r0 1 occ_c7 1
    o_v120_c9 o_v120_c9_r0 1 o_v120_c9_r1 1
    o_v120_c9 occ_c9 1
    o_v120_c11 o_v120_c11_r0 1 occ_c11 1
    o_v121_c7 o_v121_c7_r0 1 occ_c7 1
    o_v121_c9 o_v121_c9_r0 1 o_v121_c9_r1 1
    o_v121_c9 occ_c9 1
    o_v121_c11 o_v121_c11_r0 1 occ_c11 1
    o_v122_c7 o_v122_c7_r0 1 occ_c7 1
    o_v122_c9 o_v122_c9_r0 1 o_v122_c9_r1 1
    o_v122_c9 occ_c9 1
    o_v122_c11 o_v122_c11_r0 1 occ_c11 1
    o_v123_c7 o_v123_c7_r0 1 occ_c7 1
    o_v123_c9 o_v123_c9_r0 1 o_v123_c9_r1 1
    o_v123_c9 occ_c9 1
    o_v123_c11 o_v123_c11_r0 1 occ_c11 1
    o_v124_c7 o_v124_c7_r0 1 occ_c7 1
    o_v124_c9 o_v124_c9_r0 1 o_v124_c9_r1 1
    o_v124_c9 occ_c9 1
    o_v124_c11 o_v124_c11_r0 1 occ_c11 1
    o_v125_c7 o_v125_c7_r0 1 occ_c7 1
    o_v125_c9 o_v125_c9_r0 1 o_v125_c9_r1 1
    o_v125_c9 occ_c9 1
    o_v125_c11 o_v125_c11_r0 1 occ_c11 1
    o_v127_c7 o_v127_c7_r0 1 occ_c7 1
    o_v127_c9 o_v127_c9_r0 1 o_v127_c9_r1 1
    o_v127_c9 occ_c9 1
    o_v127_c11 o_v127_c11_r0 1 occ_c11 1
    o_v128_c7 o_v128_c7_r0 1 occ_c7 1
    o_v128_c9 o_v128_c9_r0 1 o_v128_c9_r1 1
    o_v128_c9 occ_c9 1
    o_v128_c11 o_v128_c11_r0 1 occ_c11 1
    o_v129_c7 o_v129_c7_r0 1 occ_c7 1
    o_v129_c9 o_v129_c9_r0 1 o_v129_c9_r1 1
    o_v129_c9 occ_c9 1
    o_v129_c11 o_v129_c11_r0 1 occ_c11 1
    o_v130_c7 o_v130_c7_r0 1 occ_c7 1
    o_v130_c9 o_v130_c9_r0 1 o_v130_c9_r1 1
    o_v130_c9 occ_c9 1
    o_v130_c11 o_v130_c11_r0 1 occ_c11 1
    o_v131_c7 o_v131_c7_r0 1 occ_c7 1
    o_v131_c9 o_v131_c9_r0 1 o_v131_c9_r1 1
    o_v131_c9 occ_c9 1
    o_v131_c11 o_v131_c11_r0 1 occ_c11 1
    o_v132_c7 o_v132_c7_r0 1 occ_c7 1
    o_v132_c9 o_v132_c9_r0 1 o_v132_c9_r1 1
    o_v132_c9 occ_c9 1
    o_v132_c11 o_v132_c11_r0 1 occ_c11 1
    o_v133_c7 o_v133_c7_r0 1 occ_c7 1
    o_v133_c9 o_v133_c9_r0 1 o_v133_c9_r1 1
    o_v133_c9 occ_c9 1
    o_v133_c11 o_v133_c11_r0 1 occ_c11 1
    o_v134_c7 o_v134_c7_r0 1 occ_c7 1
    o_v134_c9 o_v134_c9_r0 1 o_v134_c9_r1 1
    o_v134_c9 occ_c9 1
    o_v134_c11 o_v134_c11_r0 1 occ_c11 1
    o_v135_c7 o_v135_c7_r0 1 occ_c7 1
    o_v135_c9 o_v135_c9_r0 1 o_v135_c9_r1 1
    o_v135_c9 occ_c9 1
    o_v135_c11 o_v135_c11_r0 1 occ_c11 1
    o_v136_c7 o_v136_c7_r0 1 occ_c7 1
    o_v136_c9 o_v136_c9_r0 1 o_v136_c9_r1 1
    o_v136_c9 occ_c9 1
    o_v136_c11 o_v136_c11_r0 1 occ_c11 1
    o_v137_c7 o_v137_c7_r0 1 occ_c7 1
    o_v137_c9 o_v137_c9_r0 1 o_v137_c9_r1 1
    o_v137_c9 occ_c9 1
    o_v137_c11 o_v137_c11_r0 1 occ_c11 1
    o_v138_c7 o_v138_c7_r0 1 occ_c7 1
    o_v138_c9 o_v138_c9_r0 1 o_v138_c9_r1 1
    o_v138_c9 occ_c9 1
    o_v138_c11 o_v138_c11_r0 1 occ_c11 1
    o_v139_c7 o_v139_c7_r0 1 occ_c7 1
    o_v139_c9 o_v139_c9_r0 1 o_v139_c9_r1 1
    o_v139_c9 occ_c9 1
    o_v139_c11 o_v139_c11_r0 1 occ_c11 1
    o_v140_c7 o_v140_c7_r0 1 occ_c7 1
    o_v140_c9 o_v140_c9_r0 1 o_v140_c9_r1 1
    o_v140_c9 occ_c9 1
    o_v140_c11 o_v140_c11_r0 1 occ_c11 1
    o_v141_c7 o_v141_c7_r0 1 occ_c7 1
    o_v141_c9 o_v141_c9_r0 1 o_v141_c9_r1 1
    o_v141_c9 occ_c9 1
    o_v141_c11 o_v141_c11_r0 1 occ_c11 1
    o_v142_c7 o_v142_c7_r0 1 occ_c7 1
    o_v142_c9 o_v142_c9_r0 1 o_v142_c9_r1 1
    o_v142_c9 occ_c9 1
    o_v142_c11 o_v142_c11_r0 1 occ_c11 1
    o_v143_c7 o_v143_c7_r0 1 occ_c7 1
    o_v143_c9 o_v143_c9_r0 1 o_v143_c9_r1 1
    o_v143_c9 occ_c9 1
    o_v143_c11 o_v143_c11_r0 1 occ_c11 1
    o_v144_c7 o_v144_c7_r0 1 occ_c7 1
    o_v144_c9 o_v144_c9_r0 1 o_v144_c9_r1 1
    o_v144_c9 occ_c9 1
    o_v144_c11 o_v144_c11_r0 1 occ_c11 1
    o_v145_c7 o_v145_c7_r0 1 occ_c7 1
    o_v145_c9 o_v145_c9_r0 1 o_v145_c9_r1 1
    o_v145_c9 occ_c9 1
    o_v145_c11 o_v145_c11_r0 1 occ_c11 1
    o_v146_c7 o_v146_c7_r0 1 occ_c7 1
    o_v146_c9 o_v146_c9_r0 1 o_v146_c9_r1 1
    o_v146_c9 occ_c9 1
    o_v146_c11 o_v146_c11_r0 1 occ_c11 1
    o_v147_c7 o_v147_c7_r0 1 occ_c7 1
    o_v147_c9 o_v147_c9_r0 1 o_v147_c9_r1 1
    o_v147_c9 occ_c9 1
    o_v147_c11 o_v147_c11_r0 1 occ_c11 1
    o_v148_c7 o_v148_c7_r0 1 occ_c7 1
    o_v148_c9 o_v148_c9_r0 1 o_v148_c9_r1 1
    o_v148_c9 occ_c9 1
    o_v148_c11 o_v148_c11_r0 1 occ_c11 1
    o_v149_c7 o_v149_c7_r0 1 occ_c7 1
    o_v149_c9 o_v149_c9_r0 1 o_v149_c9_r1 1
    o_v149_c9 occ_c9 1
    o_v149_c11 o_v149_c11_r0 1 occ_c11 1
    o_v150_c7 o_v150_c7_r0 1 occ_c7 1
    o_v150_c9 o_v150_c9_r0 1 o_v150_c9_r1 1
    o_v150_c9 occ_c9 1
    o_v150_c11 o_v150_c11_r0 1 occ_c11 1
    o_v151_c7 o_v151_c7_r0 1 occ_c7 1
    o_v151_c9 o_v151_c9_r0 1 o_v151_c9_r1 1
    o_v151_c9 occ_c9 1
    o_v151_c11 o_v151_c11_r0 1 occ_c11 1
    o_v152_c7 o_v152_c7_r0 1 occ_c7 1
    o_v152_c9 o_v152_c9_r0 1 o_v152_c9_r1 1
    o_v152_c9 occ_c9 1
    o_v152_c11 o_v152_c11_r0 1 occ_c11 1
    o_v153_c7 o_v153_c7_r0 1 occ_c7 1
    o_v153_c9 o_v153_c9_r0 1 o_v153_c9_r1 1
    o_v153_c9 occ_c9 1
    o_v153_c11 o_v153_c11_r0 1 occ_c11 1
    o_v154_c7 o_v154_c7_r0 1 occ_c7 1
    o_v154_c9 o_v154_c9_r0 1 o_v154_c9_r1 1
    o_v154_c9 occ_c9 1
    o_v154_c11 o_v154_c11_r0 1 occ_c11 1
    o_v155_c7 o_v155_c7_r0 1 occ_c7 1
    o_v155_c9 o_v155_c9_r0 1 o_v155_c9_r1 1
    o_v155_c9 occ_c9 1
    o_v155_c11 o_v155_c11_r0 1 occ_c11 1
    o_v156_c7 o_v156_c7_r0 1 occ_c7 1
    o_v156_c9 o_v156_c9_r0 1 o_v156_c9_r1 1
    o_v156_c9 occ_c9 1
    o_v156_c11 o_v156_c11_r0 1 occ_c11 1
    o_v157_c7 o_v157_c7_r0 1 occ_c7 1
    o_v157_c9 o_v157_c9_r0 1 o_v157_c9_r1 1
    o_v157_c9 occ_c9 1
    o_v157_c11 o_v157_c11_r0 1 occ_c11 1
    o_v158_c7 o_v158_c7_r0 1 occ_c7 1
    o_v158_c9 o_v158_c9_r0 1 o_v158_c9_r1 1
    o_v158_c9 occ_c9 1
    o_v158_c11 o_v158_c11_r0 1 occ_c11 1
    o_v159_c7 o_v159_c7_r0 1 occ_c7 1
    o_v159_c9 o_v159_c9_r0 1 o_v159_c9_r1 1
    o_v159_c9 occ_c9 1
    o_v159_c11 o_v159_c11_r0 1 occ_c11 1
    o_v160_c7 o_v160_c7_r0 1 occ_c7 1
    o_v160_c9 o_v160_c9_r0 1 o_v160_c9_r1 1
    o_v160_c9 occ_c9 1
    o_v160_c11 o_v160_c11_r0 1 occ_c11 1
    o_v161_c7 o_v161_c7_r0 1 occ_c7 1
    o_v161_c9 o_v161_c9_r0 1 o_v161_c9_r1 1
    o_v161_c9 occ_c9 1
    o_v161_c11 o_v161_c11_r0 1 occ_c11 1
    o_v162_c7 o_v162_c7_r0 1 occ_c7 1
    o_v162_c9 o_v162_c9_r0 1 o_v162_c9_r1 1
    o_v162_c9 occ_c9 1
    o_v162_c11 o_v162_c11_r0 1 occ_c11 1
    o_v164_c7 o_v164_c7_r0 1 occ_c7 1
    o_v164_c9 o_v164_c9_r0 1 o_v164_c9_r1 1
    o_v164_c9 occ_c9 1
    o_v164_c11 o_v164_c11_r0 1 occ_c11 1
    o_v165_c7 o_v165_c7_r0 1 occ_c7 1
    o_v165_c9 o_v165_c9_r0 1 o_v165_c9_r1 1
    o_v165_c9 occ_c9 1
    o_v165_c11 o_v165_c11_r0 1 occ_c11 1
    o_v166_c7 o_v166_c7_r0 1 occ_c7 1
    o_v166_c9 o_v166_c9_r0 1 o_v166_c9_r1 1
    o_v166_c9 occ_c9 1
    o_v166_c11 o_v166_c11_r0 1 occ_c11 1
    o_v167_c7 o_v167_c7_r0 1 occ_c7 1
    o_v167_c9 o_v167_c9_r0 1 o_v167_c9_r1 1
    o_v167_c9 occ_c9 1
    o_v167_c11 o_v167_c11_r0 1 occ_c11 1
    o_v168_c7 o_v168_c7_r0 1 occ_c7 1
    o_v168_c9 o_v168_c9_r0 1 o_v168_c9_r1 1
    o_v168_c9 occ_c9 1
    o_v168_c11 o_v168_c11_r0 1 occ_c11 1
    o_v169_c7 o_v169_c7_r0 1 occ_c7 1
    o_v169_c9 o_v169_c9_r0 1 o_v169_c9_r1 1
    o_v169_c9 occ_c9 1
    o_v169_c11 o_v169_c11_r0 1 occ_c11 1
    o_v170_c7 o_v170_c7_r0 1 occ_c7 1
    o_v170_c9 o_v170_c9_r0 1 o_v170_c9_r1 1
    o_v170_c9 occ_c9 1
    o_v170_c11 o_v170_c11_r0 1 occ_c11 1
    o_v171_c7 o_v171_c7_r0 1 occ_c7 1
    o_v171_c9 o_v171_c9_r0 1 o_v171_c9_r1 1
    o_v171_c9 occ_c9 1
    o_v171_c11 o_v171_c11_r0 1 occ_c11 1
    o_v172_c7 o_v172_c7_r0 1 occ_c7 1
    o_v172_c9 o_v172_c9_r0 1 o_v172_c9_r1 1
    o_v172_c9 occ_c9 1
    o_v172_c11 o_v172_c11_r0 1 occ_c11 1
    o_v173_c7 o_v173_c7_r0 1 occ_c7 1
    o_v173_c9 o_v173_c9_r0 1 o_v173_c9_r1 1
    o_v173_c9 occ_c9 1
    o_v173_c11 o_v173_c11_r0 1 occ_c11 1
    o_v174_c7 o_v174_c7_r0 1 occ_c7 1
    o_v174_c9 o_v174_c9_r0 1 o_v174_c9_r1 1
    o_v174_c9 occ_c9 1
    o_v174_c11 o_v174_c11_r0 1 occ_c11 1
    o_v175_c7 o_v175_c7_r0 1 occ_c7 1
    o_v175_c9 o_v175_c9_r0 1 o_v175_c9_r1 1
    o_v175_c9 occ_c9 1
    o_v175_c11 o_v175_c11_r0 1 occ_c11 1
    o_v176_c7 o_v176_c7_r0 1 occ_c7 1
    o_v176_c9 o_v176_c9_r0 1 o_v176_c9_r1 1
    o_v176_c9 occ_c9 1
    o_v176_c11 o_v176_c11_r0 1 occ_c11 1
    o_v177_c7 o_v177_c7_r0 1 occ_c7 1
    o_v177_c9 o_v177_c9_r0 1 o_v177_c9_r1 1
    o_v177_c9 occ_c9 1
    o_v177_c11 o_v177_c11_r0 1 occ_c11 1
    o_v178_c7 o_v178_c7_r0 1 occ_c7 1
    o_v178_c9 o_v178_c9_r0 1 o_v178_c9_r1 1
    o_v178_c9 occ_c9 1
    o_v178_c11 o_v178_c11_r0 1 occ_c11 1
    o_v179_c7 o_v179_c7_r0 1 occ_c7 1
    o_v179_c9 o_v179_c9_r0 1 o_v179_c9_r1 1
    o_v179_c9 occ_c9 1
    o_v179_c11 o_v179_c11_r0 1 occ_c11 1
    o_v180_c7 o_v180_c7_r0 1 occ_c7 1
    o_v180_c9 o_v180_c9_r0 1 o_v180_c9_r1 1
    o_v180_c9 occ_c9 1
    o_v180_c11 o_v180_c11_r0 1 occ_c11 1
    o_v181_c7 o_v181_c7_r0 1 occ_c7 1
    o_v181_c9 o_v181_c9_r0 1 o_v181_c9_r1 1
    o_v181_c9 occ_c9 1
    o_v181_c11 o_v181_c11_r0 1 occ_c11 1
    o_v182_c7 o_v182_c7_r0 1 occ_c7 1
    o_v182_c9 o_v182_c9_r0 1 o_v182_c9_r1 1
    o_v182_c9 occ_c9 1
    o_v182_c11 o_v182_c11_r0 1 occ_c11 1
    o_v183_c7 o_v183_c7_r0 1 occ_c7 1
    o_v183_c9 o_v183_c9_r0 1 o_v183_c9_r1 1
    o_v183_c9 occ_c9 1
    o_v183_c11 o_v183_c11_r0 1 occ_c11 1
    o_v184_c7 o_v184_c7_r0 1 occ_c7 1
    o_v184_c9 o_v184_c9_r0 1 o_v184_c9_r1 1
    o_v184_c9 occ_c9 1
    o_v184_c11 o_v184_c11_r0 1 occ_c11 1
    o_v185_c7 o_v185_c7_r0 1 occ_c7 1
    o_v185_c9 o_v185_c9_r0 1 o_v185_c9_r1 1
    o_v185_c9 occ_c9 1
    o_v185_c11 o_v185_c11_r0 1 occ_c11 1
    o_v186_c7 o_v186_c7_r0 1 occ_c7 1
    o_v186_c9 o_v186_c9_r0 1 o_v186_c9_r1 1
    o_v186_c9 occ_c9 1
    o_v186_c11 o_v186_c11_r0 1 occ_c11 1
    o_v187_c7 o_v187_c7_r0 1 occ_c7 1
    o_v187_c9 o_v187_c9_r0 1 o_v187_c9_r1 1
    o_v187_c9 occ_c9 1
    o_v187_c11 o_v187_c11_r0 1 occ_c11 1
    o_v188_c7 o_v188_c7_r0 1 occ_c7 1
    o_v188_c9 o_v188_c9_r0 1 o_v188_c9_r1 1
    o_v188_c9 occ_c9 1
    o_v188_c11 o_v188_c11_r0 1 occ_c11 1
    o_v189_c7 o_v189_c7_r0 1 occ_c7 1
    o_v189_c9 o_v189_c9_r0 1 o_v189_c9_r1 1
    o_v189_c9 occ_c9 1
    o_v189_c11 o_v189_c11_r0 1 occ_c11 1
    o_v190_c7 o_v190_c7_r0 1 occ_c7 1
    o_v190_c9 o_v190_c9_r0 1 o_v190_c9_r1 1
    o_v190_c9 occ_c9 1
    o_v190_c11 o_v190_c11_r0 1 occ_c11 1
    o_v191_c7 o_v191_c7_r0 1 occ_c7 1
    o_v191_c9 o_v191_c9_r0 1 o_v191_c9_r1 1
    o_v191_c9 occ_c9 1
    o_v191_c11 o_v191_c11_r0 1 occ_c11 1
    o_v192_c7 o_v192_c7_r0 1 occ_c7 1
    o_v192_c9 o_v192_c9_r0 1 o_v192_c9_r1 1
    o_v192_c9 occ_c9 1
    o_v192_c11 o_v192_c11_r0 1 occ_c11 1
    o_v193_c7 o_v193_c7_r0 1 occ_c7 1
    o_v193_c9 o_v193_c9_r0 1 o_v193_c9_r1 1
    o_v193_c9 occ_c9 1
    o_v193_c11 o_v193_c11_r0 1 occ_c11 1
    o_v194_c7 o_v194_c7_r0 1 occ_c7 1
    o_v194_c9 o_v194_c9_r0 1 o_v194_c9_r1 1
    o_v194_c9 occ_c9 1
    o_v194_c11 o_v194_c11_r0 1 occ_c11 1
    o_v195_c7 o_v195_c7_r0 1 occ_c7 1
    o_v195_c9 o_v195_c9_r0 1 o_v195_c9_r1 1
    o_v195_c9 occ_c9 1
    o_v195_c11 o_v195_c11_r0 1 occ_c11 1
    o_v196_c7 o_v196_c7_r0 1 occ_c7 1
    o_v196_c9 o_v196_c9_r0 1 o_v196_c9_r1 1
    o_v196_c9 occ_c9 1
    o_v196_c11 o_v196_c11_r0 1 occ_c11 1
    o_v197_c7 o_v197_c7_r0 1 occ_c7 1
    o_v197_c9 o_v197_c9_r0 1 o_v197_c9_r1 1
    o_v197_c9 occ_c9 1
    o_v197_c11 o_v197_c11_r0 1 occ_c11 1
    o_v198_c7 o_v198_c7_r0 1 occ_c7 1
    o_v198_c9 o_v198_c9_r0 1 o_v198_c9_r1 1
    o_v198_c9 occ_c9 1
    o_v198_c11 o_v198_c11_r0 1 occ_c11 1
    o_v199_c7 o_v199_c7_r0 1 occ_c7 1
    o_v199_c9 o_v199_c9_r0 1 o_v199_c9_r1 1
    o_v199_c9 occ_c9 1
    o_v199_c11 o_v199_c11_r0 1 occ_c11 1
    o_v201_c3 o_v201_c3_r0 1 occ_c3 1
    o_v201_c5 o_v201_c5_r0 1 o_v201_c5_r1 1
    o_v201_c5 occ_c5 1
    o_v201_c7 o_v201_c7_r0 1 o_v201_c7_r1 1
    o_v201_c7 occ_c7 1
    o_v201_c9 o_v201_c9_r0 1 occ_c9 1
    o_v202_c3 o_v202_c3_r0 1 occ_c3 1
    o_v202_c5 o_v202_c5_r0 1 o_v202_c5_r1 1
    o_v202_c5 occ_c5 1
    o_v202_c7 o_v202_c7_r0 1 o_v202_c7_r1 1
    o_v202_c7 occ_c7 1
    o_v202_c9 o_v202_c9_r0 1 occ_c9 1
    o_v204_c3 o_v204_c3_r0 1 occ_c3 1
    o_v204_c5 o_v204_c5_r0 1 o_v204_c5_r1 1
    o_v204_c5 occ_c5 1
    o_v204_c7 o_v204_c7_r0 1 o_v204_c7_r1 1
    o_v204_c7 occ_c7 1
    o_v204_c9 o_v204_c9_r0 1 occ_c9 1
    o_v205_c3 o_v205_c3_r0 1 occ_c3 1
    o_v205_c5 o_v205_c5_r0 1 o_v205_c5_r1 1
    o_v205_c5 occ_c5 1
    o_v205_c7 o_v205_c7_r0 1 o_v205_c7_r1 1
    o_v205_c7 occ_c7 1
    o_v205_c9 o_v205_c9_r0 1 occ_c9 1
    o_v207_c3 o_v207_c3_r0 1 occ_c3 1
    o_v207_c5 o_v207_c5_r0 1 o_v207_c5_r1 1
    o_v207_c5 occ_c5 1
    o_v207_c7 o_v207_c7_r0 1 o_v207_c7_r1 1
    o_v207_c7 occ_c7 1
    o_v207_c9 o_v207_c9_r0 1 occ_c9 1
    o_v208_c3 o_v208_c3_r0 1 occ_c3 1
    o_v208_c5 o_v208_c5_r0 1 o_v208_c5_r1 1
    o_v208_c5 occ_c5 1
    o_v208_c7 o_v208_c7_r0 1 o_v208_c7_r1 1
    o_v208_c7 occ_c7 1
    o_v208_c9 o_v208_c9_r0 1 occ_c9 1
    o_v210_c3 o_v210_c3_r0 1 occ_c3 1
    o_v210_c5 o_v210_c5_r0 1 o_v210_c5_r1 1
    o_v210_c5 occ_c5 1
    o_v210_c7 o_v210_c7_r0 1 o_v210_c7_r1 1
    o_v210_c7 occ_c7 1
    o_v210_c9 o_v210_c9_r0 1 occ_c9 1
    o_v211_c3 o_v211_c3_r0 1 occ_c3 1
    o_v211_c5 o_v211_c5_r0 1 o_v211_c5_r1 1
    o_v211_c5 occ_c5 1
    o_v211_c7 o_v211_c7_r0 1 o_v211_c7_r1 1
    o_v211_c7 occ_c7 1
    o_v211_c9 o_v211_c9_r0 1 occ_c9 1
    o_v213_c3 o_v213_c3_r0 1 occ_c3 1
    o_v213_c5 o_v213_c5_r0 1 o_v213_c5_r1 1
    o_v213_c5 occ_c5 1
    o_v213_c7 o_v213_c7_r0 1 o_v213_c7_r1 1
    o_v213_c7 occ_c7 1
    o_v213_c9 o_v213_c9_r0 1 occ_c9 1
    o_v214_c3 o_v214_c3_r0 1 occ_c3 1
    o_v214_c5 o_v214_c5_r0 1 o_v214_c5_r1 1
    o_v214_c5 occ_c5 1
    o_v214_c7 o_v214_c7_r0 1 o_v214_c7_r1 1
    o_v214_c7 occ_c7 1
    o_v214_c9 o_v214_c9_r0 1 occ_c9 1
    o_v216_c3 o_v216_c3_r0 1 occ_c3 1
    o_v216_c5 o_v216_c5_r0 1 o_v216_c5_r1 1
    o_v216_c5 occ_c5 1
    o_v216_c7 o_v216_c7_r0 1 o_v216_c7_r1 1
    o_v216_c7 occ_c7 1
    o_v216_c9 o_v216_c9_r0 1 occ_c9 1
    o_v217_c3 o_v217_c3_r0 1 occ_c3 1
    o_v217_c5 o_v217_c5_r0 1 o_v217_c5_r1 1
    o_v217_c5 occ_c5 1
    o_v217_c7 o_v217_c7_r0 1 o_v217_c7_r1 1
    o_v217_c7 occ_c7 1
    o_v217_c9 o_v217_c9_r0 1 occ_c9 1
    o_v219_c3 o_v219_c3_r0 1 occ_c3 1
    o_v219_c5 o_v219_c5_r0 1 o_v219_c5_r1 1
    o_v219_c5 occ_c5 1
    o_v219_c7 o_v219_c7_r0 1 o_v219_c7_r1 1
    o_v219_c7 occ_c7 1
    o_v219_c9 o_v219_c9_r0 1 occ_c9 1
    o_v220_c3 o_v220_c3_r0 1 occ_c3 1
    o_v220_c5 o_v220_c5_r0 1 o_v220_c5_r1 1
    o_v220_c5 occ_c5 1
    o_v220_c7 o_v220_c7_r0 1 o_v220_c7_r1 1
    o_v220_c7 occ_c7 1
    o_v220_c9 o_v220_c9_r0 1 occ_c9 1
    o_v222_c3 o_v222_c3_r0 1 occ_c3 1
    o_v222_c5 o_v222_c5_r0 1 o_v222_c5_r1 1
    o_v222_c5 occ_c5 1
    o_v222_c7 o_v222_c7_r0 1 o_v222_c7_r1 1
    o_v222_c7 occ_c7 1
    o_v222_c9 o_v222_c9_r0 1 occ_c9 1
    o_v223_c3 o_v223_c3_r0 1 occ_c3 1
    o_v223_c5 o_v223_c5_r0 1 o_v223_c5_r1 1
    o_v223_c5 occ_c5 1
    o_v223_c7 o_v223_c7_r0 1 o_v223_c7_r1 1
    o_v223_c7 occ_c7 1
    o_v223_c9 o_v223_c9_r0 1 occ_c9 1
    o_v225_c3 o_v225_c3_r0 1 occ_c3 1
    o_v225_c5 o_v225_c5_r0 1 o_v225_c5_r1 1
    o_v225_c5 occ_c5 1
    o_v225_c7 o_v225_c7_r0 1 o_v225_c7_r1 1
    o_v225_c7 occ_c7 1
    o_v225_c9 o_v225_c9_r0 1 occ_c9 1
    o_v226_c3 o_v226_c3_r0 1 occ_c3 1
    o_v226_c5 o_v226_c5_r0 1 o_v226_c5_r1 1
    o_v226_c5 occ_c5 1
    o_v226_c7 o_v226_c7_r0 1 o_v226_c7_r1 1
    o_v226_c7 occ_c7 1
    o_v226_c9 o_v226_c9_r0 1 occ_c9 1
    o_v228_c3 o_v228_c3_r0 1 occ_c3 1
    o_v228_c5 o_v228_c5_r0 1 o_v228_c5_r1 1
    o_v228_c5 occ_c5 1
    o_v228_c7 o_v228_c7_r0 1 o_v228_c7_r1 1
    o_v228_c7 occ_c7 1
    o_v228_c9 o_v228_c9_r0 1 occ_c9 1
    o_v229_c3 o_v229_c3_r0 1 occ_c3 1
    o_v229_c5 o_v229_c5_r0 1 o_v229_c5_r1 1
    o_v229_c5 occ_c5 1
    o_v229_c7 o_v229_c7_r0 1 o_v229_c7_r1 1
    o_v229_c7 occ_c7 1
    o_v229_c9 o_v229_c9_r0 1 occ_c9 1
    o_v231_c3 o_v231_c3_r0 1 occ_c3 1
    o_v231_c5 o_v231_c5_r0 1 o_v231_c5_r1 1
    o_v231_c5 occ_c5 1
    o_v231_c7 o_v231_c7_r0 1 o_v231_c7_r1 1
    o_v231_c7 occ_c7 1
    o_v231_c9 o_v231_c9_r0 1 occ_c9 1
    o_v232_c3 o_v232_c3_r0 1 occ_c3 1
    o_v232_c5 o_v232_c5_r0 1 o_v232_c5_r1 1
    o_v232_c5 occ_c5 1
    o_v232_c7 o_v232_c7_r0 1 o_v232_c7_r1 1
    o_v232_c7 occ_c7 1
    o_v232_c9 o_v232_c9_r0 1 occ_c9 1
    o_v234_c3 o_v234_c3_r0 1 occ_c3 1
    o_v234_c5 o_v234_c5_r0 1 o_v234_c5_r1 1
    o_v234_c5 occ_c5 1
    o_v234_c7 o_v234_c7_r0 1 o_v234_c7_r1 1
    o_v234_c7 occ_c7 1
    o_v234_c9 o_v234_c9_r0 1 occ_c9 1
    o_v235_c3 o_v235_c3_r0 1 occ_c3 1
    o_v235_c5 o_v235_c5_r0 1 o_v235_c5_r1 1
    o_v235_c5 occ_c5 1
    o_v235_c7 o_v235_c7_r0 1 o_v235_c7_r1 1
    o_v235_c7 occ_c7 1
    o_v235_c9 o_v235_c9_r0 1 occ_c9 1
    o_v237_c3 o_v237_c3_r0 1 occ_c3 1
    o_v237_c5 o_v237_c5_r0 1 o_v237_c5_r1 1
    o_v237_c5 occ_c5 1
    o_v237_c7 o_v237_c7_r0 1 o_v237_c7_r1 1
    o_v237_c7 occ_c7 1
    o_v237_c9 o_v237_c9_r0 1 occ_c9 1
    o_v238_c3 o_v238_c3_r0 1 occ_c3 1
    o_v238_c5 o_v238_c5_r0 1 o_v238_c5_r1 1
    o_v238_c5 occ_c5 1
    o_v238_c7 o_v238_c7_r0 1 o_v238_c7_r1 1
    o_v238_c7 occ_c7 1
    o_v238_c9 o_v238_c9_r0 1 occ_c9 1
    o_v240_c3 o_v240_c3_r0 1 occ_c3 1
    o_v240_c5 o_v240_c5_r0 1 o_v240_c5_r1 1
    o_v240_c5 occ_c5 1
    o_v240_c7 o_v240_c7_r0 1 o_v240_c7_r1 1
    o_v240_c7 occ_c7 1
    o_v240_c9 o_v240_c9_r0 1 occ_c9 1
    o_v241_c3 o_v241_c3_r0 1 occ_c3 1
    o_v241_c5 o_v241_c5_r0 1 o_v241_c5_r1 1
    o_v241_c5 occ_c5 1
    o_v241_c7 o_v241_c7_r0 1 o_v241_c7_r1 1
    o_v241_c7 occ_c7 1
    o_v241_c9 o_v241_c9_r0 1 occ_c9 1
    o_v243_c3 o_v243_c3_r0 1 occ_c3 1
    o_v243_c5 o_v243_c5_r0 1 o_v243_c5_r1 1
    o_v243_c5 occ_c5 1
    o_v243_c7 o_v243_c7_r0 1 o_v243_c7_r1 1
    o_v243_c7 occ_c7 1
    o_v243_c9 o_v243_c9_r0 1 occ_c9 1
    o_v244_c3 o_v244_c3_r0 1 occ_c3 1
    o_v244_c5 o_v244_c5_r0 1 o_v244_c5_r1 1
    o_v244_c5 occ_c5 1
    o_v244_c7 o_v244_c7_r0 1 o_v244_c7_r1 1
    o_v244_c7 occ_c7 1
    o_v244_c9 o_v244_c9_r0 1 occ_c9 1
    o_v246_c3 o_v246_c3_r0 1 occ_c3 1
    o_v246_c5 o_v246_c5_r0 1 o_v246_c5_r1 1
    o_v246_c5 occ_c5 1
    o_v246_c7 o_v246_c7_r0 1 o_v246_c7_r1 1
    o_v246_c7 occ_c7 1
    o_v246_c9 o_v246_c9_r0 1 occ_c9 1
    o_v247_c3 o_v247_c3_r0 1 occ_c3 1
    o_v247_c5 o_v247_c5_r0 1 o_v247_c5_r1 1
    o_v247_c5 occ_c5 1
    o_v247_c7 o_v247_c7_r0 1 o_v247_c7_r1 1
    o_v247_c7 occ_c7 1
    o_v247_c9 o_v247_c9_r0 1 occ_c9 1
    o_v249_c3 o_v249_c3_r0 1 occ_c3 1
    o_v249_c5 o_v249_c5_r0 1 o_v249_c5_r1 1
    o_v249_c5 occ_c5 1
    o_v249_c7 o_v249_c7_r0 1 o_v249_c7_r1 1
    o_v249_c7 occ_c7 1
    o_v249_c9 o_v249_c9_r0 1 occ_c9 1
    o_v250_c3 o_v250_c3_r0 1 occ_c3 1
    o_v250_c5 o_v250_c5_r0 1 o_v250_c5_r1 1
    o_v250_c5 occ_c5 1
    o_v250_c7 o_v250_c7_r0 1 o_v250_c7_r1 1
    o_v250_c7 occ_c7 1
    o_v250_c9 o_v250_c9_r0 1 occ_c9 1
    o_v252_c3 o_v252_c3_r0 1 occ_c3 1
    o_v252_c5 o_v252_c5_r0 1 o_v252_c5_r1 1
    o_v252_c5 occ_c5 1
    o_v252_c7 o_v252_c7_r0 1 o_v252_c7_r1 1
    o_v252_c7 occ_c7 1
    o_v252_c9 o_v252_c9_r0 1 occ_c9 1
    o_v253_c3 o_v253_c3_r0 1 occ_c3 1
    o_v253_c5 o_v253_c5_r0 1 o_v253_c5_r1 1
    o_v253_c5 occ_c5 1
    o_v253_c7 o_v253_c7_r0 1 o_v253_c7_r1 1
    o_v253_c7 occ_c7 1
    o_v253_c9 o_v253_c9_r0 1 occ_c9 1
    o_v255_c3 o_v255_c3_r0 1 occ_c3 1
    o_v255_c5 o_v255_c5_r0 1 o_v255_c5_r1 1
    o_v255_c5 occ_c5 1
    o_v255_c7 o_v255_c7_r0 1 o_v255_c7_r1 1
    o_v255_c7 occ_c7 1
    o_v255_c9 o_v255_c9_r0 1 occ_c9 1
    o_v256_c3 o_v256_c3_r0 1 occ_c3 1
    o_v256_c5 o_v256_c5_r0 1 o_v256_c5_r1 1
    o_v256_c5 occ_c5 1
    o_v256_c7 o_v256_c7_r0 1 o_v256_c7_r1 1
    o_v256_c7 occ_c7 1
    o_v256_c9 o_v256_c9_r0 1 occ_c9 1
    o_v258_c3 o_v258_c3_r0 1 occ_c3 1
    o_v258_c5 o_v258_c5_r0 1 o_v258_c5_r1 1
    o_v258_c5 occ_c5 1
    o_v258_c7 o_v258_c7_r0 1 o_v258_c7_r1 1
    o_v258_c7 occ_c7 1
    o_v258_c9 o_v258_c9_r0 1 occ_c9 1
    o_v259_c3 o_v259_c3_r0 1 occ_c3 1
    o_v259_c5 o_v259_c5_r0 1 o_v259_c5_r1 1
    o_v259_c5 occ_c5 1
    o_v259_c7 o_v259_c7_r0 1 o_v259_c7_r1 1
    o_v259_c7 occ_c7 1
    o_v259_c9 o_v259_c9_r0 1 occ_c9 1
    o_v261_c3 o_v261_c3_r0 1 occ_c3 1
    o_v261_c5 o_v261_c5_r0 1 o_v261_c5_r1 1
    o_v261_c5 occ_c5 1
    o_v261_c7 o_v261_c7_r0 1 o_v261_c7_r1 1
    o_v261_c7 occ_c7 1
    o_v261_c9 o_v261_c9_r0 1 occ_c9 1
    o_v262_c3 o_v262_c3_r0 1 occ_c3 1
    o_v262_c5 o_v262_c5_r0 1 o_v262_c5_r1 1
    o_v262_c5 occ_c5 1
    o_v262_c7 o_v262_c7_r0 1 o_v262_c7_r1 1
    o_v262_c7 occ_c7 1
    o_v262_c9 o_v262_c9_r0 1 occ_c9 1
    o_v264_c3 o_v264_c3_r0 1 occ_c3 1
    o_v264_c5 o_v264_c5_r0 1 o_v264_c5_r1 1
    o_v264_c5 occ_c5 1
    o_v264_c7 o_v264_c7_r0 1 o_v264_c7_r1 1
    o_v264_c7 occ_c7 1
    o_v264_c9 o_v264_c9_r0 1 occ_c9 1
    o_v265_c3 o_v265_c3_r0 1 occ_c3 1
    o_v265_c5 o_v265_c5_r0 1 o_v265_c5_r1 1
    o_v265_c5 occ_c5 1
    o_v265_c7 o_v265_c7_r0 1 o_v265_c7_r1 1
    o_v265_c7 occ_c7 1
    o_v265_c9 o_v265_c9_r0 1 occ_c9 1
    o_v267_c3 o_v267_c3_r0 1 occ_c3 1
    o_v267_c5 o_v267_c5_r0 1 o_v267_c5_r1 1
    o_v267_c5 occ_c5 1
    o_v267_c7 o_v267_c7_r0 1 o_v267_c7_r1 1
    o_v267_c7 occ_c7 1
    o_v267_c9 o_v267_c9_r0 1 occ_c9 1
    o_v268_c3 o_v268_c3_r0 1 occ_c3 1
    o_v268_c5 o_v268_c5_r0 1 o_v268_c5_r1 1
    o_v268_c5 occ_c5 1
    o_v268_c7 o_v268_c7_r0 1 o_v268_c7_r1 1
    o_v268_c7 occ_c7 1
    o_v268_c9 o_v268_c9_r0 1 occ_c9 1
    o_v270_c3 o_v270_c3_r0 1 occ_c3 1
    o_v270_c5 o_v270_c5_r0 1 o_v270_c5_r1 1
    o_v270_c5 occ_c5 1
    o_v270_c7 o_v270_c7_r0 1 o_v270_c7_r1 1
    o_v270_c7 occ_c7 1
    o_v270_c9 o_v270_c9_r0 1 occ_c9 1
    o_v271_c3 o_v271_c3_r0 1 occ_c3 1
    o_v271_c5 o_v271_c5_r0 1 o_v271_c5_r1 1
    o_v271_c5 occ_c5 1
    o_v271_c7 o_v271_c7_r0 1 o_v271_c7_r1 1
    o_v271_c7 occ_c7 1
    o_v271_c9 o_v271_c9_r0 1 occ_c9 1
    o_v273_c3 o_v273_c3_r0 1 occ_c3 1
    o_v273_c5 o_v273_c5_r0 1 o_v273_c5_r1 1
    o_v273_c5 occ_c5 1
    o_v273_c7 o_v273_c7_r0 1 o_v273_c7_r1 1
    o_v273_c7 occ_c7 1
    o_v273_c9 o_v273_c9_r0 1 occ_c9 1
    o_v274_c3 o_v274_c3_r0 1 occ_c3 1
    o_v274_c5 o_v274_c5_r0 1 o_v274_c5_r1 1
    o_v274_c5 occ_c5 1
    o_v274_c7 o_v274_c7_r0 1 o_v274_c7_r1 1
    o_v274_c7 occ_c7 1
    o_v274_c9 o_v274_c9_r0 1 occ_c9 1
    o_v276_c3 o_v276_c3_r0 1 occ_c3 1
    o_v276_c5 o_v276_c5_r0 1 o_v276_c5_r1 1
    o_v276_c5 occ_c5 1
    o_v276_c7 o_v276_c7_r0 1 o_v276_c7_r1 1
    o_v276_c7 occ_c7 1
    o_v276_c9 o_v276_c9_r0 1 occ_c9 1
    o_v277_c3 o_v277_c3_r0 1 occ_c3 1
    o_v277_c5 o_v277_c5_r0 1 o_v277_c5_r1 1
    o_v277_c5 occ_c5 1
    o_v277_c7 o_v277_c7_r0 1 o_v277_c7_r1 1
    o_v277_c7 occ_c7 1
    o_v277_c9 o_v277_c9_r0 1 occ_c9 1
    o_v279_c3 o_v279_c3_r0 1 occ_c3 1
    o_v279_c5 o_v279_c5_r0 1 o_v279_c5_r1 1
    o_v279_c5 occ_c5 1
    o_v279_c7 o_v279_c7_r0 1 o_v279_c7_r1 1
    o_v279_c7 occ_c7 1
    o_v279_c9 o_v279_c9_r0 1 occ_c9 1
    o_v280_c3 o_v280_c3_r0 1 occ_c3 1
    o_v280_c5 o_v280_c5_r0 1 o_v280_c5_r1 1
    o_v280_c5 occ_c5 1
    o_v280_c7 o_v280_c7_r0 1 o_v280_c7_r1 1
    o_v280_c7 occ_c7 1
    o_v280_c9 o_v280_c9_r0 1 occ_c9 1
    o_v282_c3 o_v282_c3_r0 1 occ_c3 1
    o_v282_c5 o_v282_c5_r0 1 o_v282_c5_r1 1
    o_v282_c5 occ_c5 1
    o_v282_c7 o_v282_c7_r0 1 o_v282_c7_r1 1
    o_v282_c7 occ_c7 1
    o_v282_c9 o_v282_c9_r0 1 occ_c9 1
    o_v283_c3 o_v283_c3_r0 1 occ_c3 1
    o_v283_c5 o_v283_c5_r0 1 o_v283_c5_r1 1
    o_v283_c5 occ_c5 1
    o_v283_c7 o_v283_c7_r0 1 o_v283_c7_r1 1
    o_v283_c7 occ_c7 1
    o_v283_c9 o_v283_c9_r0 1 occ_c9 1
    o_v285_c3 o_v285_c3_r0 1 occ_c3 1
    o_v285_c5 o_v285_c5_r0 1 o_v285_c5_r1 1
    o_v285_c5 occ_c5 1
    o_v285_c7 o_v285_c7_r0 1 o_v285_c7_r1 1
    o_v285_c7 occ_c7 1
    o_v285_c9 o_v285_c9_r0 1 occ_c9 1
    o_v286_c3 o_v286_c3_r0 1 occ_c3 1
    o_v286_c5 o_v286_c5_r0 1 o_v286_c5_r1 1
    o_v286_c5 occ_c5 1
    o_v286_c7 o_v286_c7_r0 1 o_v286_c7_r1 1
    o_v286_c7 occ_c7 1
    o_v286_c9 o_v286_c9_r0 1 occ_c9 1
    o_v288_c3 o_v288_c3_r0 1 occ_c3 1
    o_v288_c5 o_v288_c5_r0 1 o_v288_c5_r1 1
    o_v288_c5 occ_c5 1
    o_v288_c7 o_v288_c7_r0 1 o_v288_c7_r1 1
    o_v288_c7 occ_c7 1
    o_v288_c9 o_v288_c9_r0 1 occ_c9 1
    o_v289_c3 o_v289_c3_r0 1 occ_c3 1
    o_v289_c5 o_v289_c5_r0 1 o_v289_c5_r1 1
    o_v289_c5 occ_c5 1
    o_v289_c7 o_v289_c7_r0 1 o_v289_c7_r1 1
    o_v289_c7 occ_c7 1
    o_v289_c9 o_v289_c9_r0 1 occ_c9 1
    o_v291_c3 o_v291_c3_r0 1 occ_c3 1
    o_v291_c5 o_v291_c5_r0 1 o_v291_c5_r1 1
    o_v291_c5 occ_c5 1
    o_v291_c7 o_v291_c7_r0 1 o_v291_c7_r1 1
    o_v291_c7 occ_c7 1
    o_v291_c9 o_v291_c9_r0 1 occ_c9 1
    o_v292_c3 o_v292_c3_r0 1 occ_c3 1
    o_v292_c5 o_v292_c5_r0 1 o_v292_c5_r1 1
    o_v292_c5 occ_c5 1
    o_v292_c7 o_v292_c7_r0 1 o_v292_c7_r1 1
    o_v292_c7 occ_c7 1
    o_v292_c9 o_v292_c9_r0 1 occ_c9 1
    o_v294_c3 o_v294_c3_r0 1 occ_c3 1
    o_v294_c5 o_v294_c5_r0 1 o_v294_c5_r1 1
    o_v294_c5 occ_c5 1
    o_v294_c7 o_v294_c7_r0 1 o_v294_c7_r1 1
    o_v294_c7 occ_c7 1
    o_v294_c9 o_v294_c9_r0 1 occ_c9 1
    o_v295_c3 o_v295_c3_r0 1 occ_c3 1
    o_v295_c5 o_v295_c5_r0 1 o_v295_c5_r1 1
    o_v295_c5 occ_c5 1
    o_v295_c7 o_v295_c7_r0 1 o_v295_c7_r1 1
    o_v295_c7 occ_c7 1
    o_v295_c9 o_v295_c9_r0 1 occ_c9 1
RHS
    RHS assign_g0 1 assign_g1 1
    RHS assign_g2 1 assign_g3 1
    RHS assign_g4 1 assign_g5 1
    RHS assign_g6 1 assign_g7 1
    RHS assign_g8 1 assign_g9 1
    RHS assign_g10 1 assign_g11 1
    RHS assign_g12 1 assign_g13 1
    RHS assign_g14 1 assign_g15 1
    RHS assign_g16 1 assign_g17 1
    RHS assign_g18 1 assign_g19 1
    RHS assign_g20 1 assign_g21 1
    RHS assign_g22 1 assign_g23 1
    RHS assign_g24 1 assign_g25 1
    RHS assign_g26 1 assign_g27 1
    RHS assign_g28 1 assign_g29 1
    RHS assign_g30 1 assign_g31 1
    RHS assign_g32 1 assign_g33 1
    RHS assign_g34 1 assign_g35 1
    RHS assign_g36 1 assign_g37 1
    RHS assign_g38 1 assign_g39 1
    RHS assign_g40 1 assign_g41 1
    RHS assign_g42 1 assign_g43 1
    RHS assign_g44 1 assign_g45 1
    RHS assign_g46 1 assign_g47 1
    RHS assign_g48 1 assign_g49 1
    RHS assign_g50 1 assign_g51 1
    RHS assign_g52 1 assign_g53 1
    RHS assign_g54 1 assign_g55 1
    RHS assign_g56 1 assign_g57 1
    RHS assign_g58 1 assign_g59 1
    RHS assign_g60 1 assign_g61 1
    RHS assign_g62 1 assign_g63 1
    RHS assign_g64 1 assign_g65 1
    RHS assign_g66 1 assign_g67 1
    RHS assign_g68 1 assign_g69 1
    RHS assign_g70 1 assign_g71 1
    RHS assign_g72 1 assign_g73 1
    RHS assign_g74 1 assign_g75 1
    RHS assign_g76 1 assign_g77 1
    RHS assign_g78 1 assign_g79 1
    RHS assign_g80 1 assign_g81 1
    RHS assign_g82 1 assign_g83 1
    RHS assign_g84 1 assign_g85 1
    RHS assign_g86 1 assign_g87 1
    RHS assign_g88 1 assign_g89 1
    RHS assign_g90 1 assign_g91 1
    RHS assign_g92 1 assign_g93 1
    RHS assign_g94 1 assign_g95 1
    RHS assign_g96 1 assign_g97 1
    RHS assign_g98 1 assign_g99 1
    RHS assign_g100 1 assign_g101 1
    RHS assign_g102 1 assign_g103 1
    RHS assign_g104 1 assign_g105 1
    RHS assign_g106 1 assign_g107 1
    RHS assign_g108 1 assign_g109 1
    RHS assign_g110 1 assign_g111 1
    RHS assign_g112 1 assign_g113 1
    RHS assign_g114 1 assign_g115 1
    RHS assign_g116 1 assign_g117 1
    RHS assign_g118 1 assign_g119 1
    RHS assign_g120 1 assign_g121 1
    RHS assign_g122 1 assign_g123 1
    RHS assign_g124 1 assign_g125 1
    RHS assign_g126 1 assign_g127 1
    RHS assign_g128 1 assign_g129 1
    RHS assign_g130 1 assign_g131 1
    RHS assign_g132 1 assign_g133 1
    RHS assign_g134 1 assign_g135 1
    RHS assign_g136 1 assign_g137 1
    RHS assign_g138 1 assign_g139 1
    RHS assign_g140 1 assign_g141 1
    RHS assign_g142 1 assign_g143 1
    RHS assign_g144 1 assign_g145 1
    RHS assign_g146 1 assign_g147 1
    RHS assign_g148 1 assign_g149 1
    RHS assign_g150 1 assign_g151 1
    RHS assign_g152 1 assign_g153 1
    RHS assign_g154 1 assign_g155 1
    RHS assign_g156 1 assign_g157 1
    RHS assign_g158 1 assign_g159 1
    RHS assign_g160 1 assign_g161 1
    RHS assign_g162 1 assign_g163 1
    RHS assign_g164 1 assign_g165 1
    RHS assign_g166 1 assign_g167 1
    RHS assign_g168 1 assign_g169 1
    RHS assign_g170 1 assign_g171 1
    RHS assign_g172 1 assign_g173 1
    RHS assign_g174 1 assign_g175 1
    RHS assign_g176 1 assign_g177 1
    RHS assign_g178 1 assign_g179 1
    RHS assign_g180 1 assign_g181 1
    RHS assign_g182 1 assign_g183 1
    RHS assign_g184 1 assign_g185 1
    RHS assign_g186 1 assign_g187 1
    RHS assign_g188 1 assign_g189 1
    RHS assign_g190 1 assign_g191 1
    RHS assign_g192 1 assign_g193 1
    RHS assign_g194 1 assign_g195 1
    RHS assign_g196 1 assign_g197 1
    RHS assign_g198 1 assign_g199 1
    RHS assign_g200 1 assign_g201 1
    RHS assign_g202 1 assign_g203 1
    RHS assign_g204 1 assign_g205 1
    RHS assign_g206 1 assign_g207 1
    RHS assign_g208 1 assign_g209 1
    RHS assign_g210 1 assign_g211 1
    RHS assign_g212 1 assign_g213 1
    RHS assign_g214 1 assign_g215 1
    RHS assign_g216 1 assign_g217 1
    RHS assign_g218 1 assign_g219 1
    RHS assign_g220 1 assign_g221 1
    RHS assign_g222 1 assign_g223 1
    RHS assign_g224 1 assign_g225 1
    RHS assign_g226 1 assign_g227 1
    RHS assign_g228 1 assign_g229 1
    RHS assign_g230 1 assign_g231 1
    RHS assign_g232 1 assign_g233 1
    RHS assign_g234 1 assign_g235 1
    RHS assign_g236 1 assign_g237 1
    RHS assign_g238 1 assign_g239 1
    RHS assign_g240 1 assign_g241 1
    RHS assign_g242 1 assign_g243 1
    RHS assign_g244 1 assign_g245 1
    RHS assign_g246 1 assign_g247 1
    RHS assign_g248 1 assign_g249 1
    RHS assign_g250 1 assign_g251 1
    RHS assign_g252 1 assign_g253 1
    RHS assign_g254 1 assign_g255 1
    RHS assign_g256 1 assign_g257 1
    RHS assign_g258 1 assign_g259 1
    RHS assign_g260 1 assign_g261 1
    RHS assign_g262 1 assign_g263 1
    RHS assign_g264 1 assign_g265 1
    RHS assign_g266 1 assign_g267 1
    RHS assign_g268 1 assign_g269 1
    RHS assign_g270 1 assign_g271 1
    RHS assign_g272 1 assign_g273 1
    RHS assign_g274 1 assign_g275 1
    RHS assign_g276 1 assign_g277 1
    RHS assign_g278 1 assign_g279 1
    RHS assign_g280 1 assign_g281 1
    RHS assign_g282 1 ffn_L0 96
    RHS ffn_L1 96 ffn_L2 96
    RHS o_v0_c9_r0 1 o_v0_c9_r1 1
    RHS o_v0_c9_r2 1 o_v0_c9_r3 1
    RHS o_v0_c9_r4 1 o_v0_c9_r5 1
    RHS o_v0_c9_r6 1 o_v0_c9_r7 1
    RHS o_v0_c9_r8 1 o_v0_c9_r9 1
    RHS o_v0_c9_r10 1 o_v0_c9_r11 1
    RHS o_v0_c9_r12 1 o_v0_c9_r13 1
    RHS o_v0_c9_r14 1 o_v0_c9_r15 1
    RHS o_v0_c9_r16 1 o_v0_c9_r17 1
    RHS o_v0_c9_r18 1 o_v0_c9_r19 1
    RHS o_v0_c9_r20 1 o_v0_c9_r21 1
    RHS o_v0_c9_r22 1 o_v0_c9_r23 1
    RHS o_v0_c9_r24 1 o_v0_c9_r25 1
    RHS o_v0_c9_r26 1 o_v0_c9_r27 1
    RHS o_v0_c9_r28 1 o_v0_c9_r29 1
    RHS o_v0_c9_r30 1 o_v0_c9_r31 1
    RHS o_v0_c9_r32 1 o_v0_c9_r33 1
    RHS o_v0_c9_r34 1 o_v0_c9_r35 1
    RHS o_v0_c9_r36 1 o_v0_c9_r37 1
    RHS o_v0_c9_r38 1 o_v0_c9_r39 1
    RHS o_v0_c9_r40 1 o_v0_c9_r41 1
    RHS o_v0_c9_r42 1 o_v0_c9_r43 1
    RHS o_v0_c9_r44 1 o_v0_c9_r45 1
    RHS o_v0_c9_r46 1 o_v0_c9_r47 1
    RHS o_v0_c9_r48 1 o_v0_c9_r49 1
    RHS o_v0_c9_r50 1 o_v0_c9_r51 1
    RHS o_v0_c9_r52 1 o_v0_c9_r53 1
    RHS o_v0_c9_r54 1 o_v0_c9_r55 1
    RHS o_v0_c9_r56 1 o_v0_c9_r57 1
    RHS o_v0_c9_r58 1 o_v0_c9_r59 1
    RHS o_v0_c9_r60 1 o_v0_c9_r61 1
    RHS o_v0_c9_r62 1 o_v0_c9_r63 1
    RHS o_v0_c9_r64 1 o_v0_c9_r65 1
    RHS o_v0_c9_r66 1 o_v0_c9_r67 1
    RHS o_v0_c9_r68 1 o_v0_c9_r69 1
    RHS o_v0_c9_r70 1 o_v0_c9_r71 1
    RHS o_v0_c9_r72 1 o_v0_c9_r73 1
    RHS o_v0_c9_r74 1 o_v0_c9_r75 1
    RHS o_v0_c9_r76 1 o_v0_c9_r77 1
    RHS o_v0_c9_r78 1 o_v0_c9_r79 1
    RHS o_v0_c9_r80 1 o_v0_c9_r81 1
    RHS o_v0_c9_r82 1 o_v0_c9_r83 1
    RHS o_v0_c9_r84 1 o_v0_c9_r85 1
    RHS o_v0_c9_r86 1 o_v0_c9_r87 1
    RHS o_v0_c9_r88 1 o_v0_c9_r89 1
    RHS o_v0_c9_r90 1 o_v0_c9_r91 1
    RHS o_v0_c9_r92 1 o_v0_c9_r93 1
    RHS o_v0_c9_r94 1 o_v0_c9_r95 1
    RHS o_v0_c11_r0 1 o_v0_c11_r1 1
    RHS o_v0_c11_r2 1 o_v0_c11_r3 1
    RHS o_v0_c11_r4 1 o_v0_c11_r5 1
    RHS o_v0_c11_r6 1 o_v0_c11_r7 1
    RHS o_v0_c11_r8 1 o_v0_c11_r9 1
    RHS o_v0_c11_r10 1 o_v0_c11_r11 1
    RHS o_v0_c11_r12 1 o_v0_c11_r13 1
    RHS o_v0_c11_r14 1 o_v0_c11_r15 1
    RHS o_v0_c11_r16 1 o_v0_c11_r17 1
    RHS o_v0_c11_r18 1 o_v0_c11_r19 1
    RHS o_v0_c11_r20 1 o_v0_c11_r21 1
    RHS o_v0_c11_r22 1 o_v0_c11_r23 1
    RHS o_v0_c11_r24 1 o_v0_c11_r25 1
    RHS o_v0_c11_r26 1 o_v0_c11_r27 1
    RHS o_v0_c11_r28 1 o_v0_c11_r29 1
    RHS o_v0_c11_r30 1 o_v0_c11_r31 1
    RHS o_v0_c11_r32 1 o_v0_c11_r33 1
    RHS o_v0_c11_r34 1 o_v0_c11_r35 1
    RHS o_v0_c11_r36 1 o_v0_c11_r37 1
    RHS o_v0_c11_r38 1 o_v0_c11_r39 1
    RHS o_v0_c11_r40 1 o_v0_c11_r41 1
    RHS o_v0_c11_r42 1 o_v0_c11_r43 1
    RHS o_v0_c11_r44 1 o_v0_c11_r45 1
    RHS o_v0_c11_r46 1 o_v0_c11_r47 1
    RHS o_v0_c11_r48 1 o_v0_c11_r49 1
    RHS o_v0_c11_r50 1 o_v0_c11_r51 1
    RHS o_v0_c11_r52 1 o_v0_c11_r53 1
    RHS o_v0_c11_r54 1 o_v0_c11_r55 1
    RHS o_v0_c11_r56 1 o_v0_c11_r57 1
    RHS o_v0_c11_r58 1 o_v0_c11_r59 1
    RHS o_v0_c11_r60 1 o_v0_c11_r61 1
    RHS o_v0_c11_r62 1 o_v0_c11_r63 1
    RHS o_v0_c11_r64 1 o_v0_c11_r65 1
    RHS o_v0_c11_r66 1 o_v0_c11_r67 1
    RHS o_v0_c11_r68 1 o_v0_c11_r69 1
    RHS o_v0_c11_r70 1 o_v0_c11_r71 1
    RHS o_v0_c11_r72 1 o_v0_c11_r73 1
    RHS o_v0_c11_r74 1 o_v0_c11_r75 1
    RHS o_v0_c11_r76 1 o_v0_c11_r77 1
    RHS o_v0_c11_r78 1 o_v0_c11_r79 1
    RHS o_v0_c11_r80 1 o_v0_c11_r81 1
    RHS o_v0_c11_r82 1 o_v0_c11_r83 1
    RHS o_v0_c11_r84 1 o_v0_c11_r85 1
    RHS o_v0_c11_r86 1 o_v0_c11_r87 1
    RHS o_v0_c11_r88 1 o_v0_c11_r89 1
    RHS o_v0_c11_r90 1 o_v0_c11_r91 1
    RHS o_v0_c11_r92 1 o_v0_c11_r93 1
    RHS o_v0_c11_r94 1 o_v0_c11_r95 1
    RHS o_v11_c5_r0 1 o_v11_c5_r1 1
    RHS o_v11_c5_r2 1 o_v11_c5_r3 1
    RHS o_v11_c5_r4 1 o_v11_c5_r5 1
    RHS o_v11_c5_r6 1 o_v11_c5_r7 1
    RHS o_v11_c5_r8 1 o_v11_c5_r9 1
    RHS o_v11_c5_r10 1 o_v11_c5_r11 1
    RHS o_v11_c5_r12 1 o_v11_c5_r13 1
    RHS o_v11_c5_r14 1 o_v11_c5_r15 1
    RHS o_v11_c5_r16 1 o_v11_c5_r17 1
    RHS o_v11_c5_r18 1 o_v11_c5_r19 1
    RHS o_v11_c5_r20 1 o_v11_c5_r21 1
    RHS o_v11_c5_r22 1 o_v11_c5_r23 1
    RHS o_v11_c5_r24 1 o_v11_c5_r25 1
    RHS o_v11_c5_r26 1 o_v11_c5_r27 1
    RHS o_v11_c5_r28 1 o_v11_c5_r29 1
    RHS o_v11_c5_r30 1 o_v11_c5_r31 1
    RHS o_v11_c5_r32 1 o_v11_c5_r33 1
    RHS o_v11_c7_r0 1 o_v11_c7_r1 1
    RHS o_v11_c7_r2 1 o_v11_c7_r3 1
    RHS o_v11_c7_r4 1 o_v11_c7_r5 1
    RHS o_v11_c7_r6 1 o_v11_c7_r7 1
    RHS o_v11_c7_r8 1 o_v11_c7_r9 1
    RHS o_v11_c7_r10 1 o_v11_c7_r11 1
    RHS o_v11_c7_r12 1 o_v11_c7_r13 1
    RHS o_v11_c7_r14 1 o_v11_c7_r15 1
    RHS o_v11_c7_r16 1 o_v11_c7_r17 1
    RHS o_v11_c7_r18 1 o_v11_c7_r19 1
    RHS o_v11_c7_r20 1 o_v11_c7_r21 1
    RHS o_v11_c7_r22 1 o_v11_c7_r23 1
    RHS o_v11_c7_r24 1 o_v11_c7_r25 1
    RHS o_v11_c7_r26 1 o_v11_c7_r27 1
    RHS o_v11_c7_r28 1 o_v11_c7_r29 1
    RHS o_v11_c7_r30 1 o_v11_c7_r31 1
    RHS o_v11_c7_r32 1 o_v11_c7_r33 1
    RHS o_v12_c5_r0 1 o_v12_c5_r1 1
    RHS o_v12_c5_r2 1 o_v12_c5_r3 1
    RHS o_v12_c5_r4 1 o_v12_c5_r5 1
    RHS o_v12_c5_r6 1 o_v12_c5_r7 1
    RHS o_v12_c5_r8 1 o_v12_c5_r9 1
    RHS o_v12_c5_r10 1 o_v12_c5_r11 1
    RHS o_v12_c5_r12 1 o_v12_c5_r13 1
    RHS o_v12_c5_r14 1 o_v12_c5_r15 1
    RHS o_v12_c5_r16 1 o_v12_c5_r17 1
    RHS o_v12_c5_r18 1 o_v12_c5_r19 1
    RHS o_v12_c5_r20 1 o_v12_c5_r21 1
    RHS o_v12_c5_r22 1 o_v12_c5_r23 1
    RHS o_v12_c5_r24 1 o_v12_c5_r25 1
    RHS o_v12_c5_r26 1 o_v12_c5_r27 1
    RHS o_v12_c5_r28 1 o_v12_c5_r29 1
    RHS o_v12_c5_r30 1 o_v12_c5_r31 1
    RHS o_v12_c5_r32 1 o_v12_c5_r33 1
    RHS o_v12_c7_r0 1 o_v12_c7_r1 1
    RHS o_v12_c7_r2 1 o_v12_c7_r3 1
    RHS o_v12_c7_r4 1 o_v12_c7_r5 1
    RHS o_v12_c7_r6 1 o_v12_c7_r7 1
    RHS o_v12_c7_r8 1 o_v12_c7_r9 1
    RHS o_v12_c7_r10 1 o_v12_c7_r11 1
    RHS o_v12_c7_r12 1 o_v12_c7_r13 1
    RHS o_v12_c7_r14 1 o_v12_c7_r15 1
    RHS o_v12_c7_r16 1 o_v12_c7_r17 1
    RHS o_v12_c7_r18 1 o_v12_c7_r19 1
    RHS o_v12_c7_r20 1 o_v12_c7_r21 1
    RHS o_v12_c7_r22 1 o_v12_c7_r23 1
    RHS o_v12_c7_r24 1 o_v12_c7_r25 1
    RHS o_v12_c7_r26 1 o_v12_c7_r27 1
    RHS o_v12_c7_r28 1 o_v12_c7_r29 1
    RHS o_v12_c7_r30 1 o_v12_c7_r31 1
    RHS o_v12_c7_r32 1 o_v12_c7_r33 1
    RHS o_v13_c9_r0 1 o_v13_c9_r1 1
    RHS o_v13_c9_r2 1 o_v13_c9_r3 1
    RHS o_v13_c9_r4 1 o_v13_c9_r5 1
    RHS o_v13_c9_r6 1 o_v13_c9_r7 1
    RHS o_v13_c9_r8 1 o_v13_c9_r9 1
    RHS o_v13_c9_r10 1 o_v13_c9_r11 1
    RHS o_v13_c9_r12 1 o_v13_c9_r13 1
    RHS o_v13_c9_r14 1 o_v13_c9_r15 1
    RHS o_v13_c9_r16 1 o_v13_c9_r17 1
    RHS o_v13_c9_r18 1 o_v13_c9_r19 1
    RHS o_v13_c9_r20 1 o_v13_c9_r21 1
    RHS o_v13_c9_r22 1 o_v13_c9_r23 1
    RHS o_v13_c9_r24 1 o_v13_c9_r25 1
    RHS o_v13_c9_r26 1 o_v13_c9_r27 1
    RHS o_v13_c9_r28 1 o_v13_c9_r29 1
    RHS o_v13_c9_r30 1 o_v13_c9_r31 1
    RHS o_v13_c9_r32 1 o_v13_c9_r33 1
    RHS o_v13_c9_r34 1 o_v13_c9_r35 1
    RHS o_v13_c9_r36 1 o_v13_c9_r37 1
    RHS o_v13_c9_r38 1 o_v13_c9_r39 1
    RHS o_v13_c9_r40 1 o_v13_c9_r41 1
    RHS o_v13_c9_r42 1 o_v13_c9_r43 1
    RHS o_v13_c9_r44 1 o_v13_c9_r45 1
    RHS o_v13_c9_r46 1 o_v13_c9_r47 1
    RHS o_v13_c9_r48 1 o_v13_c9_r49 1
    RHS o_v13_c9_r50 1 o_v13_c9_r51 1
    RHS o_v13_c9_r52 1 o_v13_c9_r53 1
    RHS o_v13_c9_r54 1 o_v13_c9_r55 1
    RHS o_v13_c9_r56 1 o_v13_c9_r57 1
    RHS o_v13_c9_r58 1 o_v13_c9_r59 1
    RHS o_v13_c9_r60 1 o_v13_c9_r61 1
    RHS o_v13_c9_r62 1 o_v13_c9_r63 1
    RHS o_v13_c11_r0 1 o_v13_c11_r1 1
    RHS o_v13_c11_r2 1 o_v13_c11_r3 1
    RHS o_v13_c11_r4 1 o_v13_c11_r5 1
    RHS o_v13_c11_r6 1 o_v13_c11_r7 1
    RHS o_v13_c11_r8 1 o_v13_c11_r9 1
    RHS o_v13_c11_r10 1 o_v13_c11_r11 1
    RHS o_v13_c11_r12 1 o_v13_c11_r13 1
    RHS o_v13_c11_r14 1 o_v13_c11_r15 1
    RHS o_v13_c11_r16 1 o_v13_c11_r17 1
    RHS o_v13_c11_r18 1 o_v13_c11_r19 1
    RHS o_v13_c11_r20 1 o_v13_c11_r21 1
    RHS o_v13_c11_r22 1 o_v13_c11_r23 1
    RHS o_v13_c11_r24 1 o_v13_c11_r25 1
    RHS o_v13_c11_r26 1 o_v13_c11_r27 1
    RHS o_v13_c11_r28 1 o_v13_c11_r29 1
    RHS o_v13_c11_r30 1 o_v13_c11_r31 1
    RHS o_v13_c11_r32 1 o_v13_c11_r33 1
    RHS o_v13_c11_r34 1 o_v13_c11_r35 1
    RHS o_v13_c11_r36 1 o_v13_c11_r37 1
    RHS o_v13_c11_r38 1 o_v13_c11_r39 1
    RHS o_v13_c11_r40 1 o_v13_c11_r41 1
    RHS o_v13_c11_r42 1 o_v13_c11_r43 1
    RHS o_v13_c11_r44 1 o_v13_c11_r45 1
    RHS o_v13_c11_r46 1 o_v13_c11_r47 1
    RHS o_v13_c11_r48 1 o_v13_c11_r49 1
    RHS o_v13_c11_r50 1 o_v13_c11_r51 1
    RHS o_v13_c11_r52 1 o_v13_c11_r53 1
    RHS o_v13_c11_r54 1 o_v13_c11_r55 1
    RHS o_v13_c11_r56 1 o_v13_c11_r57 1
    RHS o_v13_c11_r58 1 o_v13_c11_r59 1
    RHS o_v13_c11_r60 1 o_v13_c11_r61 1
    RHS o_v13_c11_r62 1 o_v13_c11_r63 1
    RHS o_v14_c9_r0 1 o_v14_c9_r1 1
    RHS o_v14_c9_r2 1 o_v14_c9_r3 1
    RHS o_v14_c9_r4 1 o_v14_c9_r5 1
    RHS o_v14_c9_r6 1 o_v14_c9_r7 1
    RHS o_v14_c9_r8 1 o_v14_c9_r9 1
    RHS o_v14_c9_r10 1 o_v14_c9_r11 1
    RHS o_v14_c9_r12 1 o_v14_c9_r13 1
    RHS o_v14_c9_r14 1 o_v14_c9_r15 1
    RHS o_v14_c9_r16 1 o_v14_c9_r17 1
    RHS o_v14_c9_r18 1 o_v14_c9_r19 1
    RHS o_v14_c9_r20 1 o_v14_c9_r21 1
    RHS o_v14_c9_r22 1 o_v14_c9_r23 1
    RHS o_v14_c9_r24 1 o_v14_c9_r25 1
    RHS o_v14_c9_r26 1 o_v14_c9_r27 1
    RHS o_v14_c9_r28 1 o_v14_c9_r29 1
    RHS o_v14_c9_r30 1 o_v14_c9_r31 1
    RHS o_v14_c9_r32 1 o_v14_c9_r33 1
    RHS o_v14_c9_r34 1 o_v14_c9_r35 1
    RHS o_v14_c9_r36 1 o_v14_c9_r37 1
    RHS o_v14_c9_r38 1 o_v14_c9_r39 1
    RHS o_v14_c9_r40 1 o_v14_c9_r41 1
    RHS o_v14_c9_r42 1 o_v14_c9_r43 1
    RHS o_v14_c9_r44 1 o_v14_c9_r45 1
    RHS o_v14_c9_r46 1 o_v14_c9_r47 1
    RHS o_v14_c9_r48 1 o_v14_c9_r49 1
    RHS o_v14_c9_r50 1 o_v14_c9_r51 1
    RHS o_v14_c9_r52 1 o_v14_c9_r53 1
    RHS o_v14_c9_r54 1 o_v14_c9_r55 1
    RHS o_v14_c9_r56 1 o_v14_c9_r57 1
    RHS o_v14_c9_r58 1 o_v14_c9_r59 1
    RHS o_v14_c9_r60 1 o_v14_c9_r61 1
    RHS o_v14_c9_r62 1 o_v14_c9_r63 1
    RHS o_v14_c11_r0 1 o_v14_c11_r1 1
    RHS o_v14_c11_r2 1 o_v14_c11_r3 1
    RHS o_v14_c11_r4 1 o_v14_c11_r5 1
    RHS o_v14_c11_r6 1 o_v14_c11_r7 1
    RHS o_v14_c11_r8 1 o_v14_c11_r9 1
    RHS o_v14_c11_r10 1 o_v14_c11_r11 1
    RHS o_v14_c11_r12 1 o_v14_c11_r13 1
    RHS o_v14_c11_r14 1 o_v14_c11_r15 1
    RHS o_v14_c11_r16 1 o_v14_c11_r17 1
    RHS o_v14_c11_r18 1 o_v14_c11_r19 1
    RHS o_v14_c11_r20 1 o_v14_c11_r21 1
    RHS o_v14_c11_r22 1 o_v14_c11_r23 1
    RHS o_v14_c11_r24 1 o_v14_c11_r25 1
    RHS o_v14_c11_r26 1 o_v14_c11_r27 1
    RHS o_v14_c11_r28 1 o_v14_c11_r29 1
    RHS o_v14_c11_r30 1 o_v14_c11_r31 1
    RHS o_v14_c11_r32 1 o_v14_c11_r33 1
    RHS o_v14_c11_r34 1 o_v14_c11_r35 1
    RHS o_v14_c11_r36 1 o_v14_c11_r37 1
    RHS o_v14_c11_r38 1 o_v14_c11_r39 1
    RHS o_v14_c11_r40 1 o_v14_c11_r41 1
    RHS o_v14_c11_r42 1 o_v14_c11_r43 1
    RHS o_v14_c11_r44 1 o_v14_c11_r45 1
    RHS o_v14_c11_r46 1 o_v14_c11_r47 1
    RHS o_v14_c11_r48 1 o_v14_c11_r49 1
    RHS o_v14_c11_r50 1 o_v14_c11_r51 1
    RHS o_v14_c11_r52 1 o_v14_c11_r53 1
    RHS o_v14_c11_r54 1 o_v14_c11_r55 1
    RHS o_v14_c11_r56 1 o_v14_c11_r57 1
    RHS o_v14_c11_r58 1 o_v14_c11_r59 1
    RHS o_v14_c11_r60 1 o_v14_c11_r61 1
    RHS o_v14_c11_r62 1 o_v14_c11_r63 1
    RHS o_v15_c9_r0 1 o_v15_c9_r1 1
    RHS o_v15_c9_r2 1 o_v15_c9_r3 1
    RHS o_v15_c9_r4 1 o_v15_c9_r5 1
    RHS o_v15_c9_r6 1 o_v15_c9_r7 1
    RHS o_v15_c9_r8 1 o_v15_c9_r9 1
    RHS o_v15_c9_r10 1 o_v15_c9_r11 1
    RHS o_v15_c9_r12 1 o_v15_c9_r13 1
    RHS o_v15_c9_r14 1 o_v15_c9_r15 1
    RHS o_v15_c9_r16 1 o_v15_c9_r17 1
    RHS o_v15_c9_r18 1 o_v15_c9_r19 1
    RHS o_v15_c9_r20 1 o_v15_c9_r21 1
    RHS o_v15_c9_r22 1 o_v15_c9_r23 1
    RHS o_v15_c9_r24 1 o_v15_c9_r25 1
    RHS o_v15_c9_r26 1 o_v15_c9_r27 1
    RHS o_v15_c9_r28 1 o_v15_c9_r29 1
    RHS o_v15_c9_r30 1 o_v15_c9_r31 1
    RHS o_v15_c9_r32 1 o_v15_c9_r33 1
    RHS o_v15_c9_r34 1 o_v15_c9_r35 1
    RHS o_v15_c9_r36 1 o_v15_c9_r37 1
    RHS o_v15_c9_r38 1 o_v15_c9_r39 1
    RHS o_v15_c9_r40 1 o_v15_c9_r41 1
    RHS o_v15_c9_r42 1 o_v15_c9_r43 1
    RHS o_v15_c9_r44 1 o_v15_c9_r45 1
    RHS o_v15_c9_r46 1 o_v15_c9_r47 1
    RHS o_v15_c9_r48 1 o_v15_c9_r49 1
    RHS o_v15_c9_r50 1 o_v15_c9_r51 1
    RHS o_v15_c9_r52 1 o_v15_c9_r53 1
    RHS o_v15_c9_r54 1 o_v15_c9_r55 1
    RHS o_v15_c9_r56 1 o_v15_c9_r57 1
    RHS o_v15_c9_r58 1 o_v15_c9_r59 1
    RHS o_v15_c9_r60 1 o_v15_c9_r61 1
    RHS o_v15_c9_r62 1 o_v15_c9_r63 1
    RHS o_v15_c11_r0 1 o_v15_c11_r1 1
    RHS o_v15_c11_r2 1 o_v15_c11_r3 1
    RHS o_v15_c11_r4 1 o_v15_c11_r5 1
    RHS o_v15_c11_r6 1 o_v15_c11_r7 1
    RHS o_v15_c11_r8 1 o_v15_c11_r9 1
    RHS o_v15_c11_r10 1 o_v15_c11_r11 1
    RHS o_v15_c11_r12 1 o_v15_c11_r13 1
    RHS o_v15_c11_r14 1 o_v15_c11_r15 1
    RHS o_v15_c11_r16 1 o_v15_c11_r17 1
    RHS o_v15_c11_r18 1 o_v15_c11_r19 1
    RHS o_v15_c11_r20 1 o_v15_c11_r21 1
    RHS o_v15_c11_r22 1 o_v15_c11_r23 1
    RHS o_v15_c11_r24 1 o_v15_c11_r25 1
    RHS o_v15_c11_r26 1 o_v15_c11_r27 1
    RHS o_v15_c11_r28 1 o_v15_c11_r29 1
    RHS o_v15_c11_r30 1 o_v15_c11_r31 1
    RHS o_v15_c11_r32 1 o_v15_c11_r33 1
    RHS o_v15_c11_r34 1 o_v15_c11_r35 1
    RHS o_v15_c11_r36 1 o_v15_c11_r37 1
    RHS o_v15_c11_r38 1 o_v15_c11_r39 1
    RHS o_v15_c11_r40 1 o_v15_c11_r41 1
    RHS o_v15_c11_r42 1 o_v15_c11_r43 1
    RHS o_v15_c11_r44 1 o_v15_c11_r45 1
    RHS o_v15_c11_r46 1 o_v15_c11_r47 1
    RHS o_v15_c11_r48 1 o_v15_c11_r49 1
    RHS o_v15_c11_r50 1 o_v15_c11_r51 1
    RHS o_v15_c11_r52 1 o_v15_c11_r53 1
    RHS o_v15_c11_r54 1 o_v15_c11_r55 1
    RHS o_v15_c11_r56 1 o_v15_c11_r57 1
    RHS o_v15_c11_r58 1 o_v15_c11_r59 1
    RHS o_v15_c11_r60 1 o_v15_c11_r61 1
    RHS o_v15_c11_r62 1 o_v15_c11_r63 1
    RHS o_v16_c9_r0 1 o_v16_c9_r1 1
    RHS o_v16_c9_r2 1 o_v16_c9_r3 1
    RHS o_v16_c9_r4 1 o_v16_c9_r5 1
    RHS o_v16_c9_r6 1 o_v16_c9_r7 1
    RHS o_v16_c9_r8 1 o_v16_c9_r9 1
    RHS o_v16_c9_r10 1 o_v16_c9_r11 1
    RHS o_v16_c9_r12 1 o_v16_c9_r13 1
    RHS o_v16_c9_r14 1 o_v16_c9_r15 1
    RHS o_v16_c9_r16 1 o_v16_c9_r17 1
    RHS o_v16_c9_r18 1 o_v16_c9_r19 1
    RHS o_v16_c9_r20 1 o_v16_c9_r21 1
    RHS o_v16_c9_r22 1 o_v16_c9_r23 1
    RHS o_v16_c9_r24 1 o_v16_c9_r25 1
    RHS o_v16_c9_r26 1 o_v16_c9_r27 1
    RHS o_v16_c9_r28 1 o_v16_c9_r29 1
    RHS o_v16_c9_r30 1 o_v16_c9_r31 1
    RHS o_v16_c9_r32 1 o_v16_c9_r33 1
    RHS o_v16_c9_r34 1 o_v16_c9_r35 1
    RHS o_v16_c9_r36 1 o_v16_c9_r37 1
    RHS o_v16_c9_r38 1 o_v16_c9_r39 1
    RHS o_v16_c9_r40 1 o_v16_c9_r41 1
    RHS o_v16_c9_r42 1 o_v16_c9_r43 1
    RHS o_v16_c9_r44 1 o_v16_c9_r45 1
    RHS o_v16_c9_r46 1 o_v16_c9_r47 1
    RHS o_v16_c9_r48 1 o_v16_c9_r49 1
    RHS o_v16_c9_r50 1 o_v16_c9_r51 1
    RHS o_v16_c9_r52 1 o_v16_c9_r53 1
    RHS o_v16_c9_r54 1 o_v16_c9_r55 1
    RHS o_v16_c9_r56 1 o_v16_c9_r57 1
    RHS o_v16_c9_r58 1 o_v16_c9_r59 1
    RHS o_v16_c9_r60 1 o_v16_c9_r61 1
    RHS o_v16_c9_r62 1 o_v16_c9_r63 1
    RHS o_v16_c11_r0 1 o_v16_c11_r1 1
    RHS o_v16_c11_r2 1 o_v16_c11_r3 1
    RHS o_v16_c11_r4 1 o_v16_c11_r5 1
    RHS o_v16_c11_r6 1 o_v16_c11_r7 1
    RHS o_v16_c11_r8 1 o_v16_c11_r9 1
    RHS o_v16_c11_r10 1 o_v16_c11_r11 1
    RHS o_v16_c11_r12 1 o_v16_c11_r13 1
    RHS o_v16_c11_r14 1 o_v16_c11_r15 1
    RHS o_v16_c11_r16 1 o_v16_c11_r17 1
    RHS o_v16_c11_r18 1 o_v16_c11_r19 1
    RHS o_v16_c11_r20 1 o_v16_c11_r21 1
    RHS o_v16_c11_r22 1 o_v16_c11_r23 1
    RHS o_v16_c11_r24 1 o_v16_c11_r25 1
    RHS o_v16_c11_r26 1 o_v16_c11_r27 1
    RHS o_v16_c11_r28 1 o_v16_c11_r29 1
    RHS o_v16_c11_r30 1 o_v16_c11_r31 1
    RHS o_v16_c11_r32 1 o_v16_c11_r33 1
    RHS o_v16_c11_r34 1 o_v16_c11_r35 1
    RHS o_v16_c11_r36 1 o_v16_c11_r37 1
    RHS o_v16_c11_r38 1 o_v16_c11_r39 1
    RHS o_v16_c11_r40 1 o_v16_c11_r41 1
    RHS o_v16_c11_r42 1 o_v16_c11_r43 1
    RHS o_v16_c11_r44 1 o_v16_c11_r45 1
    RHS o_v16_c11_r46 1 o_v16_c11_r47 1
    RHS o_v16_c11_r48 1 o_v16_c11_r49 1
    RHS o_v16_c11_r50 1 o_v16_c11_r51 1
    RHS o_v16_c11_r52 1 o_v16_c11_r53 1
    RHS o_v16_c11_r54 1 o_v16_c11_r55 1
    RHS o_v16_c11_r56 1 o_v16_c11_r57 1
    RHS o_v16_c11_r58 1 o_v16_c11_r59 1
    RHS o_v16_c11_r60 1 o_v16_c11_r61 1
    RHS o_v16_c11_r62 1 o_v16_c11_r63 1
    RHS o_v17_c9_r0 1 o_v17_c9_r1 1
    RHS o_v17_c9_r2 1 o_v17_c9_r3 1
    RHS o_v17_c9_r4 1 o_v17_c9_r5 1
    RHS o_v17_c11_r0 1 o_v17_c11_r1 1
    RHS o_v17_c11_r2 1 o_v17_c11_r3 1
    RHS o_v17_c11_r4 1 dy_v17_L2_r0 -4
    RHS o_v18_c9_r0 1 o_v18_c9_r1 1
    RHS o_v18_c9_r2 1 o_v18_c9_r3 1
    RHS o_v18_c9_r4 1 o_v18_c9_r5 1
    RHS o_v18_c11_r0 1 o_v18_c11_r1 1
    RHS o_v18_c11_r2 1 o_v18_c11_r3 1
    RHS o_v18_c11_r4 1 dy_v18_L2_r0 -4
    RHS o_v19_c9_r0 1 o_v19_c9_r1 1
    RHS o_v19_c9_r2 1 o_v19_c9_r3 1
    RHS o_v19_c9_r4 1 o_v19_c9_r5 1
    RHS o_v19_c11_r0 1 o_v19_c11_r1 1
    RHS o_v19_c11_r2 1 o_v19_c11_r3 1
    RHS o_v19_c11_r4 1 dy_v19_L2_r0 -4
    RHS o_v20_c9_r0 1 o_v20_c9_r1 1
    RHS o_v20_c9_r2 1 o_v20_c9_r3 1
    RHS o_v20_c9_r4 1 o_v20_c9_r5 1
    RHS o_v20_c11_r0 1 o_v20_c11_r1 1
    RHS o_v20_c11_r2 1 o_v20_c11_r3 1
    RHS o_v20_c11_r4 1 dy_v20_L2_r0 -4
    RHS o_v21_c9_r0 1 o_v21_c9_r1 1
    RHS o_v21_c9_r2 1 o_v21_c9_r3 1
    RHS o_v21_c9_r4 1 o_v21_c9_r5 1
    RHS o_v21_c11_r0 1 o_v21_c11_r1 1
    RHS o_v21_c11_r2 1 o_v21_c11_r3 1
    RHS o_v21_c11_r4 1 dy_v21_L2_r0 -4
    RHS o_v22_c9_r0 1 o_v22_c9_r1 1
    RHS o_v22_c9_r2 1 o_v22_c9_r3 1
    RHS o_v22_c9_r4 1 o_v22_c9_r5 1
    RHS o_v22_c11_r0 1 o_v22_c11_r1 1
    RHS o_v22_c11_r2 1 o_v22_c11_r3 1
    RHS o_v22_c11_r4 1 dy_v22_L2_r0 -4
    RHS o_v23_c9_r0 1 o_v23_c9_r1 1
    RHS o_v23_c9_r2 1 o_v23_c9_r3 1
    RHS o_v23_c9_r4 1 o_v23_c9_r5 1
    RHS o_v23_c11_r0 1 o_v23_c11_r1 1
    RHS o_v23_c11_r2 1 o_v23_c11_r3 1
    RHS o_v23_c11_r4 1 dy_v23_L2_r0 -4
    RHS o_v24_c9_r0 1 o_v24_c9_r1 1
    RHS o_v24_c9_r2 1 o_v24_c9_r3 1
    RHS o_v24_c9_r4 1 o_v24_c9_r5 1
    RHS o_v24_c11_r0 1 o_v24_c11_r1 1
    RHS o_v24_c11_r2 1 o_v24_c11_r3 1
    RHS o_v24_c11_r4 1 dy_v24_L2_r0 -4
    RHS o_v25_c9_r0 1 o_v25_c9_r1 1
    RHS o_v25_c9_r2 1 o_v25_c9_r3 1
    RHS o_v25_c9_r4 1 o_v25_c9_r5 1
    RHS o_v25_c11_r0 1 o_v25_c11_r1 1
    RHS o_v25_c11_r2 1 o_v25_c11_r3 1
    RHS o_v25_c11_r4 1 dy_v25_L2_r0 -4
    RHS o_v26_c9_r0 1 o_v26_c9_r1 1
    RHS o_v26_c9_r2 1 o_v26_c9_r3 1
    RHS o_v26_c9_r4 1 o_v26_c9_r5 1
    RHS o_v26_c11_r0 1 o_v26_c11_r1 1
    RHS o_v26_c11_r2 1 o_v26_c11_r3 1
    RHS o_v26_c11_r4 1 dy_v26_L2_r0 -4
    RHS o_v27_c9_r0 1 o_v27_c9_r1 1
    RHS o_v27_c9_r2 1 o_v27_c9_r3 1
    RHS o_v27_c9_r4 1 o_v27_c9_r5 1
    RHS o_v27_c11_r0 1 o_v27_c11_r1 1
    RHS o_v27_c11_r2 1 o_v27_c11_r3 1
    RHS o_v27_c11_r4 1 dy_v27_L2_r0 -4
    RHS o_v28_c9_r0 1 o_v28_c9_r1 1
    RHS o_v28_c9_r2 1 o_v28_c9_r3 1
    RHS o_v28_c9_r4 1 o_v28_c9_r5 1
    RHS o_v28_c11_r0 1 o_v28_c11_r1 1
    RHS o_v28_c11_r2 1 o_v28_c11_r3 1
    RHS o_v28_c11_r4 1 dy_v28_L2_r0 -4
    RHS o_v29_c9_r0 1 o_v29_c9_r1 1
    RHS o_v29_c9_r2 1 o_v29_c9_r3 1
    RHS o_v29_c9_r4 1 o_v29_c9_r5 1
    RHS o_v29_c11_r0 1 o_v29_c11_r1 1
    RHS o_v29_c11_r2 1 o_v29_c11_r3 1
    RHS o_v29_c11_r4 1 dy_v29_L2_r0 -4
    RHS o_v30_c9_r0 1 o_v30_c9_r1 1
    RHS o_v30_c9_r2 1 o_v30_c9_r3 1
    RHS o_v30_c9_r4 1 o_v30_c9_r5 1
    RHS o_v30_c11_r0 1 o_v30_c11_r1 1
    RHS o_v30_c11_r2 1 o_v30_c11_r3 1
    RHS o_v30_c11_r4 1 dy_v30_L2_r0 -4
    RHS o_v31_c9_r0 1 o_v31_c9_r1 1
    RHS o_v31_c9_r2 1 o_v31_c9_r3 1
    RHS o_v31_c9_r4 1 o_v31_c9_r5 1
    RHS o_v31_c11_r0 1 o_v31_c11_r1 1
    RHS o_v31_c11_r2 1 o_v31_c11_r3 1
    RHS o_v31_c11_r4 1 dy_v31_L2_r0 -4
    RHS o_v32_c9_r0 1 o_v32_c9_r1 1
    RHS o_v32_c9_r2 1 o_v32_c9_r3 1
    RHS o_v32_c9_r4 1 o_v32_c9_r5 1
    RHS o_v32_c11_r0 1 o_v32_c11_r1 1
    RHS o_v32_c11_r2 1 o_v32_c11_r3 1
    RHS o_v32_c11_r4 1 dy_v32_L2_r0 -4
    RHS o_v33_c9_r0 1 o_v33_c9_r1 1
    RHS o_v33_c9_r2 1 o_v33_c9_r3 1
    RHS o_v33_c9_r4 1 o_v33_c9_r5 1
    RHS o_v33_c11_r0 1 o_v33_c11_r1 1
    RHS o_v33_c11_r2 1 o_v33_c11_r3 1
    RHS o_v33_c11_r4 1 dy_v33_L2_r0 -4
    RHS o_v34_c9_r0 1 o_v34_c9_r1 1
    RHS o_v34_c9_r2 1 o_v34_c9_r3 1
    RHS o_v34_c9_r4 1 o_v34_c9_r5 1
    RHS o_v34_c11_r0 1 o_v34_c11_r1 1
    RHS o_v34_c11_r2 1 o_v34_c11_r3 1
    RHS o_v34_c11_r4 1 dy_v34_L2_r0 -4
    RHS o_v35_c9_r0 1 o_v35_c9_r1 1
    RHS o_v35_c9_r2 1 o_v35_c9_r3 1
    RHS o_v35_c9_r4 1 o_v35_c9_r5 1
    RHS o_v35_c11_r0 1 o_v35_c11_r1 1
    RHS o_v35_c11_r2 1 o_v35_c11_r3 1
    RHS o_v35_c11_r4 1 dy_v35_L2_r0 -4
    RHS o_v36_c9_r0 1 o_v36_c9_r1 1
    RHS o_v36_c9_r2 1 o_v36_c9_r3 1
    RHS o_v36_c9_r4 1 o_v36_c9_r5 1
    RHS o_v36_c11_r0 1 o_v36_c11_r1 1
    RHS o_v36_c11_r2 1 o_v36_c11_r3 1
    RHS o_v36_c11_r4 1 dy_v36_L2_r0 -4
    RHS o_v37_c9_r0 1 o_v37_c9_r1 1
    RHS o_v37_c9_r2 1 o_v37_c9_r3 1
    RHS o_v37_c9_r4 1 o_v37_c9_r5 1
    RHS o_v37_c11_r0 1 o_v37_c11_r1 1
    RHS o_v37_c11_r2 1 o_v37_c11_r3 1
    RHS o_v37_c11_r4 1 dy_v37_L2_r0 -4
    RHS o_v38_c9_r0 1 o_v38_c9_r1 1
    RHS o_v38_c9_r2 1 o_v38_c9_r3 1
    RHS o_v38_c9_r4 1 o_v38_c9_r5 1
    RHS o_v38_c11_r0 1 o_v38_c11_r1 1
    RHS o_v38_c11_r2 1 o_v38_c11_r3 1
    RHS o_v38_c11_r4 1 dy_v38_L2_r0 -4
    RHS o_v39_c9_r0 1 o_v39_c9_r1 1
    RHS o_v39_c9_r2 1 o_v39_c9_r3 1
    RHS o_v39_c9_r4 1 o_v39_c9_r5 1
    RHS o_v39_c11_r0 1 o_v39_c11_r1 1
    RHS o_v39_c11_r2 1 o_v39_c11_r3 1
    RHS o_v39_c11_r4 1 dy_v39_L2_r0 -4
    RHS o_v40_c9_r0 1 o_v40_c9_r1 1
    RHS o_v40_c9_r2 1 o_v40_c9_r3 1
    RHS o_v40_c9_r4 1 o_v40_c9_r5 1
    RHS o_v40_c11_r0 1 o_v40_c11_r1 1
    RHS o_v40_c11_r2 1 o_v40_c11_r3 1
    RHS o_v40_c11_r4 1 dy_v40_L2_r0 -4
    RHS o_v41_c9_r0 1 o_v41_c9_r1 1
    RHS o_v41_c9_r2 1 o_v41_c9_r3 1
    RHS o_v41_c9_r4 1 o_v41_c9_r5 1
    RHS o_v41_c11_r0 1 o_v41_c11_r1 1
    RHS o_v41_c11_r2 1 o_v41_c11_r3 1
    RHS o_v41_c11_r4 1 dy_v41_L2_r0 -4
    RHS o_v42_c9_r0 1 o_v42_c9_r1 1
    RHS o_v42_c9_r2 1 o_v42_c9_r3 1
    RHS o_v42_c9_r4 1 o_v42_c9_r5 1
    RHS o_v42_c11_r0 1 o_v42_c11_r1 1
    RHS o_v42_c11_r2 1 o_v42_c11_r3 1
    RHS o_v42_c11_r4 1 dy_v42_L2_r0 -4
    RHS o_v43_c9_r0 1 o_v43_c9_r1 1
    RHS o_v43_c9_r2 1 o_v43_c9_r3 1
    RHS o_v43_c9_r4 1 o_v43_c9_r5 1
    RHS o_v43_c11_r0 1 o_v43_c11_r1 1
    RHS o_v43_c11_r2 1 o_v43_c11_r3 1
    RHS o_v43_c11_r4 1 dy_v43_L2_r0 -4
    RHS o_v44_c9_r0 1 o_v44_c9_r1 1
    RHS o_v44_c9_r2 1 o_v44_c9_r3 1
    RHS o_v44_c9_r4 1 o_v44_c9_r5 1
    RHS o_v44_c11_r0 1 o_v44_c11_r1 1
    RHS o_v44_c11_r2 1 o_v44_c11_r3 1
    RHS o_v44_c11_r4 1 dy_v44_L2_r0 -4
    RHS o_v45_c9_r0 1 o_v45_c9_r1 1
    RHS o_v45_c9_r2 1 o_v45_c9_r3 1
    RHS o_v45_c9_r4 1 o_v45_c9_r5 1
    RHS o_v45_c11_r0 1 o_v45_c11_r1 1
    RHS o_v45_c11_r2 1 o_v45_c11_r3 1
    RHS o_v45_c11_r4 1 dy_v45_L2_r0 -4
    RHS o_v46_c9_r0 1 o_v46_c9_r1 1
    RHS o_v46_c9_r2 1 o_v46_c9_r3 1
    RHS o_v46_c9_r4 1 o_v46_c9_r5 1
    RHS o_v46_c11_r0 1 o_v46_c11_r1 1
    RHS o_v46_c11_r2 1 o_v46_c11_r3 1
    RHS o_v46_c11_r4 1 dy_v46_L2_r0 -4
    RHS o_v47_c9_r0 1 o_v47_c9_r1 1
    RHS o_v47_c9_r2 1 o_v47_c9_r3 1
    RHS o_v47_c9_r4 1 o_v47_c9_r5 1
    RHS o_v47_c11_r0 1 o_v47_c11_r1 1
    RHS o_v47_c11_r2 1 o_v47_c11_r3 1
    RHS o_v47_c11_r4 1 dy_v47_L2_r0 -4
    RHS o_v48_c9_r0 1 o_v48_c9_r1 1
    RHS o_v48_c9_r2 1 o_v48_c9_r3 1
    RHS o_v48_c9_r4 1 o_v48_c9_r5 1
    RHS o_v48_c11_r0 1 o_v48_c11_r1 1
    RHS o_v48_c11_r2 1 o_v48_c11_r3 1
    RHS o_v48_c11_r4 1 dy_v48_L2_r0 -4
    RHS o_v49_c9_r0 1 o_v49_c9_r1 1
    RHS o_v49_c9_r2 1 o_v49_c9_r3 1
    RHS o_v49_c9_r4 1 o_v49_c9_r5 1
    RHS o_v49_c11_r0 1 o_v49_c11_r1 1
    RHS o_v49_c11_r2 1 o_v49_c11_r3 1
    RHS o_v49_c11_r4 1 dy_v49_L2_r0 -4
    RHS o_v50_c9_r0 1 o_v50_c9_r1 1
    RHS o_v50_c9_r2 1 o_v50_c9_r3 1
    RHS o_v50_c9_r4 1 o_v50_c9_r5 1
    RHS o_v50_c11_r0 1 o_v50_c11_r1 1
    RHS o_v50_c11_r2 1 o_v50_c11_r3 1
    RHS o_v50_c11_r4 1 dy_v50_L2_r0 -4
    RHS o_v51_c9_r0 1 o_v51_c9_r1 1
    RHS o_v51_c9_r2 1 o_v51_c9_r3 1
    RHS o_v51_c9_r4 1 o_v51_c9_r5 1
    RHS o_v51_c11_r0 1 o_v51_c11_r1 1
    RHS o_v51_c11_r2 1 o_v51_c11_r3 1
    RHS o_v51_c11_r4 1 dy_v51_L2_r0 -4
    RHS o_v52_c9_r0 1 o_v52_c9_r1 1
    RHS o_v52_c9_r2 1 o_v52_c9_r3 1
    RHS o_v52_c9_r4 1 o_v52_c9_r5 1
    RHS o_v52_c11_r0 1 o_v52_c11_r1 1
    RHS o_v52_c11_r2 1 o_v52_c11_r3 1
    RHS o_v52_c11_r4 1 dy_v52_L2_r0 -4
    RHS o_v201_c7_r1 1 o_v201_c9_r0 1
    RHS o_v202_c7_r1 1 o_v202_c9_r0 1
    RHS o_v204_c7_r1 1 o_v204_c9_r0 1
    RHS o_v205_c7_r1 1 o_v205_c9_r0 1
    RHS o_v207_c7_r1 1 o_v207_c9_r0 1
    RHS o_v208_c7_r1 1 o_v208_c9_r0 1
    RHS o_v210_c7_r1 1 o_v210_c9_r0 1
    RHS o_v211_c7_r1 1 o_v211_c9_r0 1
    RHS o_v213_c7_r1 1 o_v213_c9_r0 1
    RHS o_v214_c7_r1 1 o_v214_c9_r0 1
    RHS o_v216_c7_r1 1 o_v216_c9_r0 1
    RHS o_v217_c7_r1 1 o_v217_c9_r0 1
    RHS o_v219_c7_r1 1 o_v219_c9_r0 1
    RHS o_v220_c7_r1 1 o_v220_c9_r0 1
    RHS o_v222_c7_r1 1 o_v222_c9_r0 1
    RHS o_v223_c7_r1 1 o_v223_c9_r0 1
    RHS o_v225_c7_r1 1 o_v225_c9_r0 1
    RHS o_v226_c7_r1 1 o_v226_c9_r0 1
    RHS o_v228_c7_r1 1 o_v228_c9_r0 1
    RHS o_v229_c7_r1 1 o_v229_c9_r0 1
    RHS o_v231_c7_r1 1 o_v231_c9_r0 1
    RHS o_v232_c7_r1 1 o_v232_c9_r0 1
    RHS o_v234_c7_r1 1 o_v234_c9_r0 1
    RHS o_v235_c7_r1 1 o_v235_c9_r0 1
    RHS o_v237_c7_r1 1 o_v237_c9_r0 1
    RHS o_v238_c7_r1 1 o_v238_c9_r0 1
    RHS o_v240_c7_r1 1 o_v240_c9_r0 1
    RHS o_v241_c7_r1 1 o_v241_c9_r0 1
    RHS o_v243_c7_r1 1 o_v243_c9_r0 1
    RHS o_v244_c7_r1 1 o_v244_c9_r0 1
    RHS o_v246_c7_r1 1 o_v246_c9_r0 1
    RHS o_v247_c7_r1 1 o_v247_c9_r0 1
    RHS o_v249_c7_r1 1 o_v249_c9_r0 1
    RHS o_v250_c7_r1 1 o_v250_c9_r0 1
    RHS o_v252_c7_r1 1 o_v252_c9_r0 1
    RHS o_v253_c7_r1 1 o_v253_c9_r0 1
    RHS o_v255_c7_r1 1 o_v255_c9_r0 1
    RHS o_v256_c7_r1 1 o_v256_c9_r0 1
    RHS o_v258_c7_r1 1 o_v258_c9_r0 1
    RHS o_v259_c7_r1 1 o_v259_c9_r0 1
    RHS o_v261_c7_r1 1 o_v261_c9_r0 1
    RHS o_v262_c7_r1 1 o_v262_c9_r0 1
    RHS o_v264_c7_r1 1 o_v264_c9_r0 1
    RHS o_v265_c7_r1 1 o_v265_c9_r0 1
    RHS o_v267_c7_r1 1 o_v267_c9_r0 1
    RHS o_v268_c7_r1 1 o_v268_c9_r0 1
    RHS o_v270_c7_r1 1 o_v270_c9_r0 1
    RHS o_v271_c7_r1 1 o_v271_c9_r0 1
    RHS o_v273_c7_r1 1 o_v273_c9_r0 1
    RHS o_v274_c7_r1 1 o_v274_c9_r0 1
    RHS o_v276_c7_r1 1 o_v276_c9_r0 1
    RHS o_v277_c7_r1 1 o_v277_c9_r0 1
    RHS o_v279_c7_r1 1 o_v279_c9_r0 1
    RHS o_v280_c7_r1 1 o_v280_c9_r0 1
    RHS o_v282_c7_r1 1 o_v282_c9_r0 1
    RHS o_v283_c7_r1 1 o_v283_c9_r0 1
    RHS o_v285_c7_r1 1 o_v285_c9_r0 1
    RHS o_v286_c7_r1 1 o_v286_c9_r0 1
    RHS o_v288_c7_r1 1 o_v288_c9_r0 1
    RHS o_v289_c7_r1 1 o_v289_c9_r0 1
    RHS o_v291_c7_r1 1 o_v291_c9_r0 1
    RHS o_v292_c7_r1 1 o_v292_c9_r0 1
    RHS o_v294_c7_r1 1 o_v294_c9_r0 1
    RHS o_v295_c7_r1 1 o_v295_c9_r0 1
    RHS occ_c1 -11 occ_c3 -11
    RHS occ_c5 -15 occ_c7 -44
    RHS occ_c9 -35 occ_c11 -41
BOUNDS
 BV BOUND x_g0_p0 1
 BV BOUND x_g0_p4 1
 UP BOUND z_g0_p0 1
 BV BOUND x_g1_p2 1
 BV BOUND x_g1_p6 1
 UP BOUND z_g1_p2 1
 BV BOUND x_g2_p2 1
 BV BOUND x_g2_p6 1
 UP BOUND z_g2_p2 1
 BV BOUND x_g3_p2 1
 BV BOUND x_g3_p6 1
 UP BOUND z_g3_p2 1
 BV BOUND x_g4_p2 1
 BV BOUND x_g4_p6 1
 UP BOUND z_g4_p2 1
 BV BOUND x_g5_p2 1
 BV BOUND x_g5_p6 1
 UP BOUND z_g5_p2 1
 BV BOUND x_g6_p2 1
 BV BOUND x_g6_p6 1
 UP BOUND z_g6_p2 1
 BV BOUND x_g7_p2 1
 BV BOUND x_g7_p6 1
 UP BOUND z_g7_p2 1
 BV BOUND x_g8_p2 1
 BV BOUND x_g8_p6 1
 UP BOUND z_g8_p2 1
 BV BOUND x_g9_p2 1
 BV BOUND x_g9_p6 1
 UP BOUND z_g9_p2 1
 BV BOUND x_g10_p2 1
 BV BOUND x_g10_p6 1
 UP BOUND z_g10_p2 1
 BV BOUND x_g11_p2 1
 BV BOUND x_g11_p6 1
 UP BOUND z_g11_p2 1
 BV BOUND x_g12_p2 1
 BV BOUND x_g12_p6 1
 UP BOUND z_g12_p2 1
 BV BOUND x_g13_p2 1
 BV BOUND x_g13_p6 1
 UP BOUND z_g13_p2 1
 BV BOUND x_g14_p2 1
 BV BOUND x_g14_p6 1
 UP BOUND z_g14_p2 1
 BV BOUND x_g15_p2 1
 BV BOUND x_g15_p6 1
 UP BOUND z_g15_p2 1
 BV BOUND x_g16_p2 1
 BV BOUND x_g16_p6 1
 UP BOUND z_g16_p2 1
 BV BOUND x_g17_p2 1
 BV BOUND x_g17_p6 1
 UP BOUND z_g17_p2 1
 BV BOUND x_g18_p2 1
 BV BOUND x_g18_p6 1
 UP BOUND z_g18_p2 1
 BV BOUND x_g19_p2 1
 BV BOUND x_g19_p6 1
 UP BOUND z_g19_p2 1
 BV BOUND x_g20_p2 1
 BV BOUND x_g20_p6 1
 UP BOUND z_g20_p2 1
 BV BOUND x_g21_p2 1
 BV BOUND x_g21_p6 1
 UP BOUND z_g21_p2 1
 BV BOUND x_g22_p2 1
 BV BOUND x_g22_p6 1
 UP BOUND z_g22_p2 1
 BV BOUND x_g23_p2 1
 BV BOUND x_g23_p6 1
 UP BOUND z_g23_p2 1
 BV BOUND x_g24_p2 1
 BV BOUND x_g24_p6 1
 UP BOUND z_g24_p2 1
 BV BOUND x_g25_p2 1
 BV BOUND x_g25_p6 1
 UP BOUND z_g25_p2 1
 BV BOUND x_g26_p2 1
 BV BOUND x_g26_p6 1
 UP BOUND z_g26_p2 1
 BV BOUND x_g27_p2 1
 BV BOUND x_g27_p6 1
 UP BOUND z_g27_p2 1
 BV BOUND x_g28_p2 1
 BV BOUND x_g28_p6 1
 UP BOUND z_g28_p2 1
 BV BOUND x_g29_p2 1
 BV BOUND x_g29_p6 1
 UP BOUND z_g29_p2 1
 BV BOUND x_g30_p2 1
 BV BOUND x_g30_p6 1
 UP BOUND z_g30_p2 1
 BV BOUND x_g31_p2 1
 BV BOUND x_g31_p6 1
 UP BOUND z_g31_p2 1
 BV BOUND x_g32_p2 1
 BV BOUND x_g32_p6 1
 UP BOUND z_g32_p2 1
 BV BOUND x_g33_p2 1
 BV BOUND x_g33_p6 1
 UP BOUND z_g33_p2 1
 BV BOUND x_g34_p2 1
 BV BOUND x_g34_p6 1
 UP BOUND z_g34_p2 1
 BV BOUND x_g35_p2 1
 BV BOUND x_g35_p6 1
 UP BOUND z_g35_p2 1
 BV BOUND x_g36_p2 1
 BV BOUND x_g36_p6 1
 UP BOUND z_g36_p2 1
 BV BOUND x_g37_p6 1
 BV BOUND x_g37_p10 1
 UP BOUND z_g37_p6 1
 BV BOUND x_g38_p6 1
 BV BOUND x_g38_p10 1
 UP BOUND z_g38_p6 1
 BV BOUND x_g39_p6 1
 BV BOUND x_g39_p10 1
 UP BOUND z_g39_p6 1
 BV BOUND x_g40_p6 1
 BV BOUND x_g40_p10 1
 UP BOUND z_g40_p6 1
 BV BOUND x_g41_p6 1
 BV BOUND x_g41_p10 1
 UP BOUND z_g41_p6 1
 BV BOUND x_g42_p6 1
 BV BOUND x_g42_p10 1
 UP BOUND z_g42_p6 1
 BV BOUND x_g43_p6 1
 BV BOUND x_g43_p10 1
 UP BOUND z_g43_p6 1
 BV BOUND x_g44_p6 1
 BV BOUND x_g44_p10 1
 UP BOUND z_g44_p6 1
 BV BOUND x_g45_p6 1
 BV BOUND x_g45_p10 1
 UP BOUND z_g45_p6 1
 BV BOUND x_g46_p6 1
 BV BOUND x_g46_p10 1
 UP BOUND z_g46_p6 1
 BV BOUND x_g47_p6 1
 BV BOUND x_g47_p10 1
 UP BOUND z_g47_p6 1
 BV BOUND x_g48_p6 1
 BV BOUND x_g48_p10 1
 UP BOUND z_g48_p6 1
 BV BOUND x_g49_p6 1
 BV BOUND x_g49_p10 1
 UP BOUND z_g49_p6 1
 BV BOUND x_g50_p6 1
 BV BOUND x_g50_p10 1
 UP BOUND z_g50_p6 1
 BV BOUND x_g51_p6 1
 BV BOUND x_g51_p10 1
 UP BOUND z_g51_p6 1
 BV BOUND x_g52_p6 1
 BV BOUND x_g52_p10 1
 UP BOUND z_g52_p6 1
 BV BOUND x_g53_p6 1
 BV BOUND x_g53_p10 1
 UP BOUND z_g53_p6 1
 BV BOUND x_g54_p6 1
 BV BOUND x_g54_p10 1
 UP BOUND z_g54_p6 1
 BV BOUND x_g55_p6 1
 BV BOUND x_g55_p10 1
 UP BOUND z_g55_p6 1
 BV BOUND x_g56_p6 1
 BV BOUND x_g56_p10 1
 UP BOUND z_g56_p6 1
 BV BOUND x_g57_p6 1
 BV BOUND x_g57_p10 1
 UP BOUND z_g57_p6 1
 BV BOUND x_g58_p6 1
 BV BOUND x_g58_p10 1
 UP BOUND z_g58_p6 1
 BV BOUND x_g59_p6 1
 BV BOUND x_g59_p10 1
 UP BOUND z_g59_p6 1
 BV BOUND x_g60_p6 1
 BV BOUND x_g60_p10 1
 UP BOUND z_g60_p6 1
 BV BOUND x_g61_p6 1
 BV BOUND x_g61_p10 1
 UP BOUND z_g61_p6 1
 BV BOUND x_g62_p6 1
 BV BOUND x_g62_p10 1
 UP BOUND z_g62_p6 1
 BV BOUND x_g63_p6 1
 BV BOUND x_g63_p10 1
 UP BOUND z_g63_p6 1
 BV BOUND x_g64_p6 1
 BV BOUND x_g64_p10 1
 UP BOUND z_g64_p6 1
 BV BOUND x_g65_p6 1
 BV BOUND x_g65_p10 1
 UP BOUND z_g65_p6 1
 BV BOUND x_g66_p6 1
 BV BOUND x_g66_p10 1
 UP BOUND z_g66_p6 1
 BV BOUND x_g67_p6 1
 BV BOUND x_g67_p10 1
 UP BOUND z_g67_p6 1
 BV BOUND x_g68_p6 1
 BV BOUND x_g68_p10 1
 UP BOUND z_g68_p6 1
 BV BOUND x_g69_p6 1
 BV BOUND x_g69_p10 1
 UP BOUND z_g69_p6 1
 BV BOUND x_g70_p6 1
 BV BOUND x_g70_p10 1
 UP BOUND z_g70_p6 1
 BV BOUND x_g71_p6 1
 BV BOUND x_g71_p10 1
 UP BOUND z_g71_p6 1
 BV BOUND x_g72_p6 1
 BV BOUND x_g72_p10 1
 UP BOUND z_g72_p6 1
 BV BOUND x_g73_p7 1
 BV BOUND x_g73_p9 1
 BV BOUND x_g73_p11 1
 UP BOUND z_g73_p7 1
 UP BOUND z_g73_p9 1
 BV BOUND x_g74_p6 1
 BV BOUND x_g74_p10 1
 UP BOUND z_g74_p6 1
 BV BOUND x_g75_p6 1
 BV BOUND x_g75_p10 1
 UP BOUND z_g75_p6 1
 BV BOUND x_g76_p6 1
 BV BOUND x_g76_p10 1
 UP BOUND z_g76_p6 1
 BV BOUND x_g77_p6 1
 BV BOUND x_g77_p10 1
 UP BOUND z_g77_p6 1
 BV BOUND x_g78_p6 1
 BV BOUND x_g78_p10 1
 UP BOUND z_g78_p6 1
 BV BOUND x_g79_p6 1
 BV BOUND x_g79_p10 1
 UP BOUND z_g79_p6 1
 BV BOUND x_g80_p6 1
 BV BOUND x_g80_p10 1
 UP BOUND z_g80_p6 1
 BV BOUND x_g81_p6 1
 BV BOUND x_g81_p10 1
 UP BOUND z_g81_p6 1
 BV BOUND x_g82_p6 1
 BV BOUND x_g82_p10 1
 UP BOUND z_g82_p6 1
 BV BOUND x_g83_p6 1
 BV BOUND x_g83_p10 1
 UP BOUND z_g83_p6 1
 BV BOUND x_g84_p6 1
 BV BOUND x_g84_p10 1
 UP BOUND z_g84_p6 1
 BV BOUND x_g85_p6 1
 BV BOUND x_g85_p10 1
 UP BOUND z_g85_p6 1
 BV BOUND x_g86_p6 1
 BV BOUND x_g86_p10 1
 UP BOUND z_g86_p6 1
 BV BOUND x_g87_p6 1
 BV BOUND x_g87_p10 1
 UP BOUND z_g87_p6 1
 BV BOUND x_g88_p6 1
 BV BOUND x_g88_p10 1
 UP BOUND z_g88_p6 1
 BV BOUND x_g89_p6 1
 BV BOUND x_g89_p10 1
 UP BOUND z_g89_p6 1
 BV BOUND x_g90_p6 1
 BV BOUND x_g90_p10 1
 UP BOUND z_g90_p6 1
 BV BOUND x_g91_p6 1
 BV BOUND x_g91_p10 1
 UP BOUND z_g91_p6 1
 BV BOUND x_g92_p6 1
 BV BOUND x_g92_p10 1
 UP BOUND z_g92_p6 1
 BV BOUND x_g93_p6 1
 BV BOUND x_g93_p10 1
 UP BOUND z_g93_p6 1
 BV BOUND x_g94_p6 1
 BV BOUND x_g94_p10 1
 UP BOUND z_g94_p6 1
 BV BOUND x_g95_p6 1
 BV BOUND x_g95_p10 1
 UP BOUND z_g95_p6 1
 BV BOUND x_g96_p6 1
 BV BOUND x_g96_p10 1
 UP BOUND z_g96_p6 1
 BV BOUND x_g97_p6 1
 BV BOUND x_g97_p10 1
 UP BOUND z_g97_p6 1
 BV BOUND x_g98_p6 1
 BV BOUND x_g98_p10 1
 UP BOUND z_g98_p6 1
 BV BOUND x_g99_p6 1
 BV BOUND x_g99_p10 1
 UP BOUND z_g99_p6 1
 BV BOUND x_g100_p6 1
 BV BOUND x_g100_p10 1
 UP BOUND z_g100_p6 1
 BV BOUND x_g101_p6 1
 BV BOUND x_g101_p10 1
 UP BOUND z_g101_p6 1
 BV BOUND x_g102_p6 1
 BV BOUND x_g102_p10 1
 UP BOUND z_g102_p6 1
 BV BOUND x_g103_p6 1
 BV BOUND x_g103_p10 1
 UP BOUND z_g103_p6 1
 BV BOUND x_g104_p6 1
 BV BOUND x_g104_p10 1
 UP BOUND z_g104_p6 1
 BV BOUND x_g105_p6 1
 BV BOUND x_g105_p10 1
 UP BOUND z_g105_p6 1
 BV BOUND x_g106_p6 1
 BV BOUND x_g106_p10 1
 UP BOUND z_g106_p6 1
 BV BOUND x_g107_p6 1
 BV BOUND x_g107_p10 1
 UP BOUND z_g107_p6 1
 BV BOUND x_g108_p6 1
 BV BOUND x_g108_p10 1
 UP BOUND z_g108_p6 1
 BV BOUND x_g109_p6 1
 BV BOUND x_g109_p10 1
 UP BOUND z_g109_p6 1
 BV BOUND x_g110_p7 1
 BV BOUND x_g110_p9 1
 BV BOUND x_g110_p11 1
 UP BOUND z_g110_p7 1
 UP BOUND z_g110_p9 1
 BV BOUND x_g111_p6 1
 BV BOUND x_g111_p10 1
 UP BOUND z_g111_p6 1
 BV BOUND x_g112_p6 1
 BV BOUND x_g112_p10 1
 UP BOUND z_g112_p6 1
 BV BOUND x_g113_p6 1
 BV BOUND x_g113_p10 1
 UP BOUND z_g113_p6 1
 BV BOUND x_g114_p6 1
 BV BOUND x_g114_p10 1
 UP BOUND z_g114_p6 1
 BV BOUND x_g115_p6 1
 BV BOUND x_g115_p10 1
 UP BOUND z_g115_p6 1
 BV BOUND x_g116_p6 1
 BV BOUND x_g116_p10 1
 UP BOUND z_g116_p6 1
 BV BOUND x_g117_p6 1
 BV BOUND x_g117_p10 1
 UP BOUND z_g117_p6 1
 BV BOUND x_g118_p6 1
 BV BOUND x_g118_p10 1
 UP BOUND z_g118_p6 1
 BV BOUND x_g119_p6 1
 BV BOUND x_g119_p10 1
 UP BOUND z_g119_p6 1
 BV BOUND x_g120_p6 1
 BV BOUND x_g120_p10 1
 UP BOUND z_g120_p6 1
 BV BOUND x_g121_p6 1
 BV BOUND x_g121_p10 1
 UP BOUND z_g121_p6 1
 BV BOUND x_g122_p6 1
 BV BOUND x_g122_p10 1
 UP BOUND z_g122_p6 1
 BV BOUND x_g123_p6 1
 BV BOUND x_g123_p10 1
 UP BOUND z_g123_p6 1
 BV BOUND x_g124_p6 1
 BV BOUND x_g124_p10 1
 UP BOUND z_g124_p6 1
 BV BOUND x_g125_p6 1
 BV BOUND x_g125_p10 1
 UP BOUND z_g125_p6 1
 BV BOUND x_g126_p6 1
 BV BOUND x_g126_p10 1
 UP BOUND z_g126_p6 1
 BV BOUND x_g127_p6 1
 BV BOUND x_g127_p10 1
 UP BOUND z_g127_p6 1
 BV BOUND x_g128_p6 1
 BV BOUND x_g128_p10 1
 UP BOUND z_g128_p6 1
 BV BOUND x_g129_p6 1
 BV BOUND x_g129_p10 1
 UP BOUND z_g129_p6 1
 BV BOUND x_g130_p6 1
 BV BOUND x_g130_p10 1
 UP BOUND z_g130_p6 1
 BV BOUND x_g131_p6 1
 BV BOUND x_g131_p10 1
 UP BOUND z_g131_p6 1
 BV BOUND x_g132_p6 1
 BV BOUND x_g132_p10 1
 UP BOUND z_g132_p6 1
 BV BOUND x_g133_p6 1
 BV BOUND x_g133_p10 1
 UP BOUND z_g133_p6 1
 BV BOUND x_g134_p6 1
 BV BOUND x_g134_p10 1
 UP BOUND z_g134_p6 1
 BV BOUND x_g135_p6 1
 BV BOUND x_g135_p10 1
 UP BOUND z_g135_p6 1
 BV BOUND x_g136_p6 1
 BV BOUND x_g136_p10 1
 UP BOUND z_g136_p6 1
 BV BOUND x_g137_p6 1
 BV BOUND x_g137_p10 1
 UP BOUND z_g137_p6 1
 BV BOUND x_g138_p6 1
 BV BOUND x_g138_p10 1
 UP BOUND z_g138_p6 1
 BV BOUND x_g139_p6 1
 BV BOUND x_g139_p10 1
 UP BOUND z_g139_p6 1
 BV BOUND x_g140_p6 1
 BV BOUND x_g140_p10 1
 UP BOUND z_g140_p6 1
 BV BOUND x_g141_p6 1
 BV BOUND x_g141_p10 1
 UP BOUND z_g141_p6 1
 BV BOUND x_g142_p6 1
 BV BOUND x_g142_p10 1
 UP BOUND z_g142_p6 1
 BV BOUND x_g143_p6 1
 BV BOUND x_g143_p10 1
 UP BOUND z_g143_p6 1
 BV BOUND x_g144_p6 1
 BV BOUND x_g144_p10 1
 UP BOUND z_g144_p6 1
 BV BOUND x_g145_p6 1
 BV BOUND x_g145_p10 1
 UP BOUND z_g145_p6 1
 BV BOUND x_g146_p6 1
 BV BOUND x_g146_p10 1
 UP BOUND z_g146_p6 1
 BV BOUND x_g147_p7 1
 BV BOUND x_g147_p9 1
 BV BOUND x_g147_p11 1
 UP BOUND z_g147_p7 1
 UP BOUND z_g147_p9 1
 BV BOUND x_g148_p6 1
 BV BOUND x_g148_p10 1
 UP BOUND z_g148_p6 1
 BV BOUND x_g149_p6 1
 BV BOUND x_g149_p10 1
 UP BOUND z_g149_p6 1
 BV BOUND x_g150_p6 1
 BV BOUND x_g150_p10 1
 UP BOUND z_g150_p6 1
 BV BOUND x_g151_p6 1
 BV BOUND x_g151_p10 1
 UP BOUND z_g151_p6 1
 BV BOUND x_g152_p6 1
 BV BOUND x_g152_p10 1
 UP BOUND z_g152_p6 1
 BV BOUND x_g153_p6 1
 BV BOUND x_g153_p10 1
 UP BOUND z_g153_p6 1
 BV BOUND x_g154_p6 1
 BV BOUND x_g154_p10 1
 UP BOUND z_g154_p6 1
 BV BOUND x_g155_p6 1
 BV BOUND x_g155_p10 1
 UP BOUND z_g155_p6 1
 BV BOUND x_g156_p6 1
 BV BOUND x_g156_p10 1
 UP BOUND z_g156_p6 1
 BV BOUND x_g157_p6 1
 BV BOUND x_g157_p10 1
 UP BOUND z_g157_p6 1
 BV BOUND x_g158_p6 1
 BV BOUND x_g158_p10 1
 UP BOUND z_g158_p6 1
 BV BOUND x_g159_p6 1
 BV BOUND x_g159_p10 1
 UP BOUND z_g159_p6 1
 BV BOUND x_g160_p6 1
 BV BOUND x_g160_p10 1
 UP BOUND z_g160_p6 1
 BV BOUND x_g161_p6 1
 BV BOUND x_g161_p10 1
 UP BOUND z_g161_p6 1
 BV BOUND x_g162_p6 1
 BV BOUND x_g162_p10 1
 UP BOUND z_g162_p6 1
 BV BOUND x_g163_p6 1
 BV BOUND x_g163_p10 1
 UP BOUND z_g163_p6 1
 BV BOUND x_g164_p6 1
 BV BOUND x_g164_p10 1
 UP BOUND z_g164_p6 1
 BV BOUND x_g165_p6 1
 BV BOUND x_g165_p10 1
 UP BOUND z_g165_p6 1
 BV BOUND x_g166_p6 1
 BV BOUND x_g166_p10 1
 UP BOUND z_g166_p6 1
 BV BOUND x_g167_p6 1
 BV BOUND x_g167_p10 1
 UP BOUND z_g167_p6 1
 BV BOUND x_g168_p6 1
 BV BOUND x_g168_p10 1
 UP BOUND z_g168_p6 1
 BV BOUND x_g169_p6 1
 BV BOUND x_g169_p10 1
 UP BOUND z_g169_p6 1
 BV BOUND x_g170_p6 1
 BV BOUND x_g170_p10 1
 UP BOUND z_g170_p6 1
 BV BOUND x_g171_p6 1
 BV BOUND x_g171_p10 1
 UP BOUND z_g171_p6 1
 BV BOUND x_g172_p6 1
 BV BOUND x_g172_p10 1
 UP BOUND z_g172_p6 1
 BV BOUND x_g173_p6 1
 BV BOUND x_g173_p10 1
 UP BOUND z_g173_p6 1
 BV BOUND x_g174_p6 1
 BV BOUND x_g174_p10 1
 UP BOUND z_g174_p6 1
 BV BOUND x_g175_p6 1
 BV BOUND x_g175_p10 1
 UP BOUND z_g175_p6 1
 BV BOUND x_g176_p6 1
 BV BOUND x_g176_p10 1
 UP BOUND z_g176_p6 1
 BV BOUND x_g177_p6 1
 BV BOUND x_g177_p10 1
 UP BOUND z_g177_p6 1
 BV BOUND x_g178_p6 1
 BV BOUND x_g178_p10 1
 UP BOUND z_g178_p6 1
 BV BOUND x_g179_p6 1
 BV BOUND x_g179_p10 1
 UP BOUND z_g179_p6 1
 BV BOUND x_g180_p6 1
 BV BOUND x_g180_p10 1
 UP BOUND z_g180_p6 1
 BV BOUND x_g181_p6 1
 BV BOUND x_g181_p10 1
 UP BOUND z_g181_p6 1
 BV BOUND x_g182_p6 1
 BV BOUND x_g182_p10 1
 UP BOUND z_g182_p6 1
 BV BOUND x_g183_p6 1
 BV BOUND x_g183_p10 1
 UP BOUND z_g183_p6 1
 BV BOUND x_g184_p7 1
 BV BOUND x_g184_p9 1
 BV BOUND x_g184_p11 1
 UP BOUND z_g184_p7 1
 UP BOUND z_g184_p9 1
 BV BOUND x_g185_p2 1
 BV BOUND x_g185_p6 1
 UP BOUND z_g185_p2 1
 BV BOUND x_g186_p2 1
 BV BOUND x_g186_p6 1
 UP BOUND z_g186_p2 1
 BV BOUND x_g187_p3 1
 BV BOUND x_g187_p5 1
 BV BOUND x_g187_p7 1
 BV BOUND x_g187_p9 1
 UP BOUND z_g187_p3 1
 UP BOUND z_g187_p5 1
 UP BOUND z_g187_p7 1
 BV BOUND x_g188_p2 1
 BV BOUND x_g188_p6 1
 UP BOUND z_g188_p2 1
 BV BOUND x_g189_p2 1
 BV BOUND x_g189_p6 1
 UP BOUND z_g189_p2 1
 BV BOUND x_g190_p3 1
 BV BOUND x_g190_p5 1
 BV BOUND x_g190_p7 1
 BV BOUND x_g190_p9 1
 UP BOUND z_g190_p3 1
 UP BOUND z_g190_p5 1
 UP BOUND z_g190_p7 1
 BV BOUND x_g191_p2 1
 BV BOUND x_g191_p6 1
 UP BOUND z_g191_p2 1
 BV BOUND x_g192_p2 1
 BV BOUND x_g192_p6 1
 UP BOUND z_g192_p2 1
 BV BOUND x_g193_p3 1
 BV BOUND x_g193_p5 1
 BV BOUND x_g193_p7 1
 BV BOUND x_g193_p9 1
 UP BOUND z_g193_p3 1
 UP BOUND z_g193_p5 1
 UP BOUND z_g193_p7 1
 BV BOUND x_g194_p2 1
 BV BOUND x_g194_p6 1
 UP BOUND z_g194_p2 1
 BV BOUND x_g195_p2 1
 BV BOUND x_g195_p6 1
 UP BOUND z_g195_p2 1
 BV BOUND x_g196_p3 1
 BV BOUND x_g196_p5 1
 BV BOUND x_g196_p7 1
 BV BOUND x_g196_p9 1
 UP BOUND z_g196_p3 1
 UP BOUND z_g196_p5 1
 UP BOUND z_g196_p7 1
 BV BOUND x_g197_p2 1
 BV BOUND x_g197_p6 1
 UP BOUND z_g197_p2 1
 BV BOUND x_g198_p2 1
 BV BOUND x_g198_p6 1
 UP BOUND z_g198_p2 1
 BV BOUND x_g199_p3 1
 BV BOUND x_g199_p5 1
 BV BOUND x_g199_p7 1
 BV BOUND x_g199_p9 1
 UP BOUND z_g199_p3 1
 UP BOUND z_g199_p5 1
 UP BOUND z_g199_p7 1
 BV BOUND x_g200_p2 1
 BV BOUND x_g200_p6 1
 UP BOUND z_g200_p2 1
 BV BOUND x_g201_p2 1
 BV BOUND x_g201_p6 1
 UP BOUND z_g201_p2 1
 BV BOUND x_g202_p3 1
 BV BOUND x_g202_p5 1
 BV BOUND x_g202_p7 1
 BV BOUND x_g202_p9 1
 UP BOUND z_g202_p3 1
 UP BOUND z_g202_p5 1
 UP BOUND z_g202_p7 1
 BV BOUND x_g203_p2 1
 BV BOUND x_g203_p6 1
 UP BOUND z_g203_p2 1
 BV BOUND x_g204_p2 1
 BV BOUND x_g204_p6 1
 UP BOUND z_g204_p2 1
 BV BOUND x_g205_p3 1
 BV BOUND x_g205_p5 1
 BV BOUND x_g205_p7 1
 BV BOUND x_g205_p9 1
 UP BOUND z_g205_p3 1
 UP BOUND z_g205_p5 1
 UP BOUND z_g205_p7 1
 BV BOUND x_g206_p2 1
 BV BOUND x_g206_p6 1
 UP BOUND z_g206_p2 1
 BV BOUND x_g207_p2 1
 BV BOUND x_g207_p6 1
 UP BOUND z_g207_p2 1
 BV BOUND x_g208_p3 1
 BV BOUND x_g208_p5 1
 BV BOUND x_g208_p7 1
 BV BOUND x_g208_p9 1
 UP BOUND z_g208_p3 1
 UP BOUND z_g208_p5 1
 UP BOUND z_g208_p7 1
 BV BOUND x_g209_p2 1
 BV BOUND x_g209_p6 1
 UP BOUND z_g209_p2 1
 BV BOUND x_g210_p2 1
 BV BOUND x_g210_p6 1
 UP BOUND z_g210_p2 1
 BV BOUND x_g211_p3 1
 BV BOUND x_g211_p5 1
 BV BOUND x_g211_p7 1
 BV BOUND x_g211_p9 1
 UP BOUND z_g211_p3 1
 UP BOUND z_g211_p5 1
 UP BOUND z_g211_p7 1
 BV BOUND x_g212_p2 1
 BV BOUND x_g212_p6 1
 UP BOUND z_g212_p2 1
 BV BOUND x_g213_p2 1
 BV BOUND x_g213_p6 1
 UP BOUND z_g213_p2 1
 BV BOUND x_g214_p3 1
 BV BOUND x_g214_p5 1
 BV BOUND x_g214_p7 1
 BV BOUND x_g214_p9 1
 UP BOUND z_g214_p3 1
 UP BOUND z_g214_p5 1
 UP BOUND z_g214_p7 1
 BV BOUND x_g215_p2 1
 BV BOUND x_g215_p6 1
 UP BOUND z_g215_p2 1
 BV BOUND x_g216_p2 1
 BV BOUND x_g216_p6 1
 UP BOUND z_g216_p2 1
 BV BOUND x_g217_p3 1
 BV BOUND x_g217_p5 1
 BV BOUND x_g217_p7 1
 BV BOUND x_g217_p9 1
 UP BOUND z_g217_p3 1
 UP BOUND z_g217_p5 1
 UP BOUND z_g217_p7 1
 BV BOUND x_g218_p2 1
 BV BOUND x_g218_p6 1
 UP BOUND z_g218_p2 1
 BV BOUND x_g219_p2 1
 BV BOUND x_g219_p6 1
 UP BOUND z_g219_p2 1
 BV BOUND x_g220_p3 1
 BV BOUND x_g220_p5 1
 BV BOUND x_g220_p7 1
 BV BOUND x_g220_p9 1
 UP BOUND z_g220_p3 1
 UP BOUND z_g220_p5 1
 UP BOUND z_g220_p7 1
 BV BOUND x_g221_p2 1
 BV BOUND x_g221_p6 1
 UP BOUND z_g221_p2 1
 BV BOUND x_g222_p2 1
 BV BOUND x_g222_p6 1
 UP BOUND z_g222_p2 1
 BV BOUND x_g223_p3 1
 BV BOUND x_g223_p5 1
 BV BOUND x_g223_p7 1
 BV BOUND x_g223_p9 1
 UP BOUND z_g223_p3 1
 UP BOUND z_g223_p5 1
 UP BOUND z_g223_p7 1
 BV BOUND x_g224_p2 1
 BV BOUND x_g224_p6 1
 UP BOUND z_g224_p2 1
 BV BOUND x_g225_p2 1
 BV BOUND x_g225_p6 1
 UP BOUND z_g225_p2 1
 BV BOUND x_g226_p3 1
 BV BOUND x_g226_p5 1
 BV BOUND x_g226_p7 1
 BV BOUND x_g226_p9 1
 UP BOUND z_g226_p3 1
 UP BOUND z_g226_p5 1
 UP BOUND z_g226_p7 1
 BV BOUND x_g227_p2 1
 BV BOUND x_g227_p6 1
 UP BOUND z_g227_p2 1
 BV BOUND x_g228_p2 1
 BV BOUND x_g228_p6 1
 UP BOUND z_g228_p2 1
 BV BOUND x_g229_p3 1
 BV BOUND x_g229_p5 1
 BV BOUND x_g229_p7 1
 BV BOUND x_g229_p9 1
 UP BOUND z_g229_p3 1
 UP BOUND z_g229_p5 1
 UP BOUND z_g229_p7 1
 BV BOUND x_g230_p2 1
 BV BOUND x_g230_p6 1
 UP BOUND z_g230_p2 1
 BV BOUND x_g231_p2 1
 BV BOUND x_g231_p6 1
 UP BOUND z_g231_p2 1
 BV BOUND x_g232_p3 1
 BV BOUND x_g232_p5 1
 BV BOUND x_g232_p7 1
 BV BOUND x_g232_p9 1
 UP BOUND z_g232_p3 1
 UP BOUND z_g232_p5 1
 UP BOUND z_g232_p7 1
 BV BOUND x_g233_p2 1
 BV BOUND x_g233_p6 1
 UP BOUND z_g233_p2 1
 BV BOUND x_g234_p2 1
 BV BOUND x_g234_p6 1
 UP BOUND z_g234_p2 1
 BV BOUND x_g235_p3 1
 BV BOUND x_g235_p5 1
 BV BOUND x_g235_p7 1
 BV BOUND x_g235_p9 1
 UP BOUND z_g235_p3 1
 UP BOUND z_g235_p5 1
 UP BOUND z_g235_p7 1
 BV BOUND x_g236_p2 1
 BV BOUND x_g236_p6 1
 UP BOUND z_g236_p2 1
 BV BOUND x_g237_p2 1
 BV BOUND x_g237_p6 1
 UP BOUND z_g237_p2 1
 BV BOUND x_g238_p3 1
 BV BOUND x_g238_p5 1
 BV BOUND x_g238_p7 1
 BV BOUND x_g238_p9 1
 UP BOUND z_g238_p3 1
 UP BOUND z_g238_p5 1
 UP BOUND z_g238_p7 1
 BV BOUND x_g239_p2 1
 BV BOUND x_g239_p6 1
 UP BOUND z_g239_p2 1
 BV BOUND x_g240_p2 1
 BV BOUND x_g240_p6 1
 UP BOUND z_g240_p2 1
 BV BOUND x_g241_p3 1
 BV BOUND x_g241_p5 1
 BV BOUND x_g241_p7 1
 BV BOUND x_g241_p9 1
 UP BOUND z_g241_p3 1
 UP BOUND z_g241_p5 1
 UP BOUND z_g241_p7 1
 BV BOUND x_g242_p2 1
 BV BOUND x_g242_p6 1
 UP BOUND z_g242_p2 1
 BV BOUND x_g243_p2 1
 BV BOUND x_g243_p6 1
 UP BOUND z_g243_p2 1
 BV BOUND x_g244_p3 1
 BV BOUND x_g244_p5 1
 BV BOUND x_g244_p7 1
 BV BOUND x_g244_p9 1
 UP BOUND z_g244_p3 1
 UP BOUND z_g244_p5 1
 UP BOUND z_g244_p7 1
 BV BOUND x_g245_p2 1
 BV BOUND x_g245_p6 1
 UP BOUND z_g245_p2 1
 BV BOUND x_g246_p2 1
 BV BOUND x_g246_p6 1
 UP BOUND z_g246_p2 1
 BV BOUND x_g247_p3 1
 BV BOUND x_g247_p5 1
 BV BOUND x_g247_p7 1
 BV BOUND x_g247_p9 1
 UP BOUND z_g247_p3 1
 UP BOUND z_g247_p5 1
 UP BOUND z_g247_p7 1
 BV BOUND x_g248_p2 1
 BV BOUND x_g248_p6 1
 UP BOUND z_g248_p2 1
 BV BOUND x_g249_p2 1
 BV BOUND x_g249_p6 1
 UP BOUND z_g249_p2 1
 BV BOUND x_g250_p3 1
 BV BOUND x_g250_p5 1
 BV BOUND x_g250_p7 1
 BV BOUND x_g250_p9 1
 UP BOUND z_g250_p3 1
 UP BOUND z_g250_p5 1
 UP BOUND z_g250_p7 1
 BV BOUND x_g251_p2 1
 BV BOUND x_g251_p6 1
 UP BOUND z_g251_p2 1
 BV BOUND x_g252_p2 1
 BV BOUND x_g252_p6 1
 UP BOUND z_g252_p2 1
 BV BOUND x_g253_p3 1
 BV BOUND x_g253_p5 1
 BV BOUND x_g253_p7 1
 BV BOUND x_g253_p9 1
 UP BOUND z_g253_p3 1
 UP BOUND z_g253_p5 1
 UP BOUND z_g253_p7 1
 BV BOUND x_g254_p2 1
 BV BOUND x_g254_p6 1
 UP BOUND z_g254_p2 1
 BV BOUND x_g255_p2 1
 BV BOUND x_g255_p6 1
 UP BOUND z_g255_p2 1
 BV BOUND x_g256_p3 1
 BV BOUND x_g256_p5 1
 BV BOUND x_g256_p7 1
 BV BOUND x_g256_p9 1
 UP BOUND z_g256_p3 1
 UP BOUND z_g256_p5 1
 UP BOUND z_g256_p7 1
 BV BOUND x_g257_p2 1
 BV BOUND x_g257_p6 1
 UP BOUND z_g257_p2 1
 BV BOUND x_g258_p2 1
 BV BOUND x_g258_p6 1
 UP BOUND z_g258_p2 1
 BV BOUND x_g259_p3 1
 BV BOUND x_g259_p5 1
 BV BOUND x_g259_p7 1
 BV BOUND x_g259_p9 1
 UP BOUND z_g259_p3 1
 UP BOUND z_g259_p5 1
 UP BOUND z_g259_p7 1
 BV BOUND x_g260_p2 1
 BV BOUND x_g260_p6 1
 UP BOUND z_g260_p2 1
 BV BOUND x_g261_p2 1
 BV BOUND x_g261_p6 1
 UP BOUND z_g261_p2 1
 BV BOUND x_g262_p3 1
 BV BOUND x_g262_p5 1
 BV BOUND x_g262_p7 1
 BV BOUND x_g262_p9 1
 UP BOUND z_g262_p3 1
 UP BOUND z_g262_p5 1
 UP BOUND z_g262_p7 1
 BV BOUND x_g263_p2 1
 BV BOUND x_g263_p6 1
 UP BOUND z_g263_p2 1
 BV BOUND x_g264_p2 1
 BV BOUND x_g264_p6 1
 UP BOUND z_g264_p2 1
 BV BOUND x_g265_p3 1
 BV BOUND x_g265_p5 1
 BV BOUND x_g265_p7 1
 BV BOUND x_g265_p9 1
 UP BOUND z_g265_p3 1
 UP BOUND z_g265_p5 1
 UP BOUND z_g265_p7 1
 BV BOUND x_g266_p2 1
 BV BOUND x_g266_p6 1
 UP BOUND z_g266_p2 1
 BV BOUND x_g267_p2 1
 BV BOUND x_g267_p6 1
 UP BOUND z_g267_p2 1
 BV BOUND x_g268_p3 1
 BV BOUND x_g268_p5 1
 BV BOUND x_g268_p7 1
 BV BOUND x_g268_p9 1
 UP BOUND z_g268_p3 1
 UP BOUND z_g268_p5 1
 UP BOUND z_g268_p7 1
 BV BOUND x_g269_p2 1
 BV BOUND x_g269_p6 1
 UP BOUND z_g269_p2 1
 BV BOUND x_g270_p2 1
 BV BOUND x_g270_p6 1
 UP BOUND z_g270_p2 1
 BV BOUND x_g271_p3 1
 BV BOUND x_g271_p5 1
 BV BOUND x_g271_p7 1
 BV BOUND x_g271_p9 1
 UP BOUND z_g271_p3 1
 UP BOUND z_g271_p5 1
 UP BOUND z_g271_p7 1
 BV BOUND x_g272_p2 1
 BV BOUND x_g272_p6 1
 UP BOUND z_g272_p2 1
 BV BOUND x_g273_p2 1
 BV BOUND x_g273_p6 1
 UP BOUND z_g273_p2 1
 BV BOUND x_g274_p3 1
 BV BOUND x_g274_p5 1
 BV BOUND x_g274_p7 1
 BV BOUND x_g274_p9 1
 UP BOUND z_g274_p3 1
 UP BOUND z_g274_p5 1
 UP BOUND z_g274_p7 1
 BV BOUND x_g275_p2 1
 BV BOUND x_g275_p6 1
 UP BOUND z_g275_p2 1
 BV BOUND x_g276_p2 1
 BV BOUND x_g276_p6 1
 UP BOUND z_g276_p2 1
 BV BOUND x_g277_p3 1
 BV BOUND x_g277_p5 1
 BV BOUND x_g277_p7 1
 BV BOUND x_g277_p9 1
 UP BOUND z_g277_p3 1
 UP BOUND z_g277_p5 1
 UP BOUND z_g277_p7 1
 BV BOUND x_g278_p2 1
 BV BOUND x_g278_p6 1
 UP BOUND z_g278_p2 1
 BV BOUND x_g279_p2 1
 BV BOUND x_g279_p6 1
 UP BOUND z_g279_p2 1
 BV BOUND x_g280_p3 1
 BV BOUND x_g280_p5 1
 BV BOUND x_g280_p7 1
 BV BOUND x_g280_p9 1
 UP BOUND z_g280_p3 1
 UP BOUND z_g280_p5 1
 UP BOUND z_g280_p7 1
 BV BOUND x_g281_p5 1
 BV BOUND x_g281_p7 1
 BV BOUND x_g281_p9 1
 BV BOUND x_g281_p11 1
 UP BOUND z_g281_p5 1
 UP BOUND z_g281_p7 1
 UP BOUND z_g281_p9 1
 BV BOUND x_g282_p3 1
 BV BOUND x_g282_p5 1
 BV BOUND x_g282_p7 1
 BV BOUND x_g282_p9 1
 BV BOUND x_g282_p11 1
 UP BOUND z_g282_p3 1
 UP BOUND z_g282_p5 1
 UP BOUND z_g282_p7 1
 UP BOUND z_g282_p9 1
 LO BOUND d_half 22
 UI BOUND d_half 50
 UP BOUND o_v0_c9 1
 UP BOUND o_v0_c11 1
 UP BOUND o_v11_c1 1
 UP BOUND o_v11_c3 1
 UP BOUND o_v11_c5 1
 UP BOUND o_v11_c7 1
 UP BOUND o_v12_c1 1
 UP BOUND o_v12_c3 1
 UP BOUND o_v12_c5 1
 UP BOUND o_v12_c7 1
 UP BOUND o_v13_c1 1
 UP BOUND o_v13_c3 1
 UP BOUND o_v13_c9 1
 UP BOUND o_v13_c11 1
 UP BOUND o_v14_c1 1
 UP BOUND o_v14_c3 1
 UP BOUND o_v14_c9 1
 UP BOUND o_v14_c11 1
 UP BOUND o_v15_c1 1
 UP BOUND o_v15_c3 1
 UP BOUND o_v15_c9 1
 UP BOUND o_v15_c11 1
 UP BOUND o_v16_c1 1
 UP BOUND o_v16_c3 1
 UP BOUND o_v16_c9 1
 UP BOUND o_v16_c11 1
 UP BOUND o_v17_c3 1
 UP BOUND o_v17_c5 1
 UP BOUND o_v17_c9 1
 UP BOUND o_v17_c11 1
 UP BOUND dy_v17_L2 1
 UP BOUND o_v18_c3 1
 UP BOUND o_v18_c5 1
 UP BOUND o_v18_c9 1
 UP BOUND o_v18_c11 1
 UP BOUND dy_v18_L2 1
 UP BOUND o_v19_c3 1
 UP BOUND o_v19_c5 1
 UP BOUND o_v19_c9 1
 UP BOUND o_v19_c11 1
 UP BOUND dy_v19_L2 1
 UP BOUND o_v20_c3 1
 UP BOUND o_v20_c5 1
 UP BOUND o_v20_c9 1
 UP BOUND o_v20_c11 1
 UP BOUND dy_v20_L2 1
 UP BOUND o_v21_c3 1
 UP BOUND o_v21_c5 1
 UP BOUND o_v21_c9 1
 UP BOUND o_v21_c11 1
 UP BOUND dy_v21_L2 1
 UP BOUND o_v22_c3 1
 UP BOUND o_v22_c5 1
 UP BOUND o_v22_c9 1
 UP BOUND o_v22_c11 1
 UP BOUND dy_v22_L2 1
 UP BOUND o_v23_c3 1
 UP BOUND o_v23_c5 1
 UP BOUND o_v23_c9 1
 UP BOUND o_v23_c11 1
 UP BOUND dy_v23_L2 1
 UP BOUND o_v24_c3 1
 UP BOUND o_v24_c5 1
 UP BOUND o_v24_c9 1
 UP BOUND o_v24_c11 1
 UP BOUND dy_v24_L2 1
 UP BOUND o_v25_c3 1
 UP BOUND o_v25_c5 1
 UP BOUND o_v25_c9 1
 UP BOUND o_v25_c11 1
 UP BOUND dy_v25_L2 1
 UP BOUND o_v26_c3 1
 UP BOUND o_v26_c5 1
 UP BOUND o_v26_c9 1
 UP BOUND o_v26_c11 1
 UP BOUND dy_v26_L2 1
 UP BOUND o_v27_c3 1
 UP BOUND o_v27_c5 1
 UP BOUND o_v27_c9 1
 UP BOUND o_v27_c11 1
 UP BOUND dy_v27_L2 1
 UP BOUND o_v28_c3 1
 UP BOUND o_v28_c5 1
 UP BOUND o_v28_c9 1
 UP BOUND o_v28_c11 1
 UP BOUND dy_v28_L2 1
 UP BOUND o_v29_c3 1
 UP BOUND o_v29_c5 1
 UP BOUND o_v29_c9 1
 UP BOUND o_v29_c11 1
 UP BOUND dy_v29_L2 1
 UP BOUND o_v30_c3 1
 UP BOUND o_v30_c5 1
 UP BOUND o_v30_c9 1
 UP BOUND o_v30_c11 1
 UP BOUND dy_v30_L2 1
 UP BOUND o_v31_c3 1
 UP BOUND o_v31_c5 1
 UP BOUND o_v31_c9 1
 UP BOUND o_v31_c11 1
 UP BOUND dy_v31_L2 1
 UP BOUND o_v32_c3 1
 UP BOUND o_v32_c5 1
 UP BOUND o_v32_c9 1
 UP BOUND o_v32_c11 1
 UP BOUND dy_v32_L2 1
 UP BOUND o_v33_c3 1
 UP BOUND o_v33_c5 1
 UP BOUND o_v33_c9 1
 UP BOUND o_v33_c11 1
 UP BOUND dy_v33_L2 1
 UP BOUND o_v34_c3 1
 UP BOUND o_v34_c5 1
 UP BOUND o_v34_c9 1
 UP BOUND o_v34_c11 1
 UP BOUND dy_v34_L2 1
 UP BOUND o_v35_c3 1
 UP BOUND o_v35_c5 1
 UP BOUND o_v35_c9 1
 UP BOUND o_v35_c11 1
 UP BOUND dy_v35_L2 1
 UP BOUND o_v36_c3 1
 UP BOUND o_v36_c5 1
 UP BOUND o_v36_c9 1
 UP BOUND o_v36_c11 1
 UP BOUND dy_v36_L2 1
 UP BOUND o_v37_c3 1
 UP BOUND o_v37_c5 1
 UP BOUND o_v37_c9 1
 UP BOUND o_v37_c11 1
 UP BOUND dy_v37_L2 1
 UP BOUND o_v38_c3 1
 UP BOUND o_v38_c5 1
 UP BOUND o_v38_c9 1
 UP BOUND o_v38_c11 1
 UP BOUND dy_v38_L2 1
 UP BOUND o_v39_c3 1
 UP BOUND o_v39_c5 1
 UP BOUND o_v39_c9 1
 UP BOUND o_v39_c11 1
 UP BOUND dy_v39_L2 1
 UP BOUND o_v40_c3 1
 UP BOUND o_v40_c5 1
 UP BOUND o_v40_c9 1
 UP BOUND o_v40_c11 1
 UP BOUND dy_v40_L2 1
 UP BOUND o_v41_c3 1
 UP BOUND o_v41_c5 1
 UP BOUND o_v41_c9 1
 UP BOUND o_v41_c11 1
 UP BOUND dy_v41_L2 1
 UP BOUND o_v42_c3 1
 UP BOUND o_v42_c5 1
 UP BOUND o_v42_c9 1
 UP BOUND o_v42_c11 1
 UP BOUND dy_v42_L2 1
 UP BOUND o_v43_c3 1
 UP BOUND o_v43_c5 1
 UP BOUND o_v43_c9 1
 UP BOUND o_v43_c11 1
 UP BOUND dy_v43_L2 1
 UP BOUND o_v44_c3 1
 UP BOUND o_v44_c5 1
 UP BOUND o_v44_c9 1
 UP BOUND o_v44_c11 1
 UP BOUND dy_v44_L2 1
 UP BOUND o_v45_c3 1
 UP BOUND o_v45_c5 1
 UP BOUND o_v45_c9 1
 UP BOUND o_v45_c11 1
 UP BOUND dy_v45_L2 1
 UP BOUND o_v46_c3 1
 UP BOUND o_v46_c5 1
 UP BOUND o_v46_c9 1
 UP BOUND o_v46_c11 1
 UP BOUND dy_v46_L2 1
 UP BOUND o_v47_c3 1
 UP BOUND o_v47_c5 1
 UP BOUND o_v47_c9 1
 UP BOUND o_v47_c11 1
 UP BOUND dy_v47_L2 1
 UP BOUND o_v48_c3 1
 UP BOUND o_v48_c5 1
 UP BOUND o_v48_c9 1
 UP BOUND o_v48_c11 1
 UP BOUND dy_v48_L2 1
 UP BOUND o_v49_c3 1
 UP BOUND o_v49_c5 1
 UP BOUND o_v49_c9 1
 UP BOUND o_v49_c11 1
 UP BOUND dy_v49_L2 1
 UP BOUND o_v50_c3 1
 UP BOUND o_v50_c5 1
 UP BOUND o_v50_c9 1
 UP BOUND o_v50_c11 1
 UP BOUND dy_v50_L2 1
 UP BOUND o_v51_c3 1
 UP BOUND o_v51_c5 1
 UP BOUND o_v51_c9 1
 UP BOUND o_v51_c11 1
 UP BOUND dy_v51_L2 1
 UP BOUND o_v52_c3 1
 UP BOUND o_v52_c5 1
 UP BOUND o_v52_c9 1
 UP BOUND o_v52_c11 1
 UP BOUND dy_v52_L2 1
 UP BOUND o_v53_c7 1
 UP BOUND o_v53_c9 1
 UP BOUND o_v53_c11 1
 UP BOUND o_v54_c7 1
 UP BOUND o_v54_c9 1
 UP BOUND o_v54_c11 1
 UP BOUND o_v55_c7 1
 UP BOUND o_v55_c9 1
 UP BOUND o_v55_c11 1
 UP BOUND o_v56_c7 1
 UP BOUND o_v56_c9 1
 UP BOUND o_v56_c11 1
 UP BOUND o_v57_c7 1
 UP BOUND o_v57_c9 1
 UP BOUND o_v57_c11 1
 UP BOUND o_v58_c7 1
 UP BOUND o_v58_c9 1
 UP BOUND o_v58_c11 1
 UP BOUND o_v59_c7 1
 UP BOUND o_v59_c9 1
 UP BOUND o_v59_c11 1
 UP BOUND o_v60_c7 1
 UP BOUND o_v60_c9 1
 UP BOUND o_v60_c11 1
 UP BOUND o_v61_c7 1
 UP BOUND o_v61_c9 1
 UP BOUND o_v61_c11 1
 UP BOUND o_v62_c7 1
 UP BOUND o_v62_c9 1
 UP BOUND o_v62_c11 1
 UP BOUND o_v63_c7 1
 UP BOUND o_v63_c9 1
 UP BOUND o_v63_c11 1
 UP BOUND o_v64_c7 1
 UP BOUND o_v64_c9 1
 UP BOUND o_v64_c11 1
 UP BOUND o_v65_c7 1
 UP BOUND o_v65_c9 1
 UP BOUND o_v65_c11 1
 UP BOUND o_v66_c7 1
 UP BOUND o_v66_c9 1
 UP BOUND o_v66_c11 1
 UP BOUND o_v67_c7 1
 UP BOUND o_v67_c9 1
 UP BOUND o_v67_c11 1
 UP BOUND o_v68_c7 1
 UP BOUND o_v68_c9 1
 UP BOUND o_v68_c11 1
 UP BOUND o_v69_c7 1
 UP BOUND o_v69_c9 1
 UP BOUND o_v69_c11 1
 UP BOUND o_v70_c7 1
 UP BOUND o_v70_c9 1
 UP BOUND o_v70_c11 1
 UP BOUND o_v71_c7 1
 UP BOUND o_v71_c9 1
 UP BOUND o_v71_c11 1
 UP BOUND o_v72_c7 1
 UP BOUND o_v72_c9 1
 UP BOUND o_v72_c11 1
 UP BOUND o_v73_c7 1
 UP BOUND o_v73_c9 1
 UP BOUND o_v73_c11 1
 UP BOUND o_v74_c7 1
 UP BOUND o_v74_c9 1
 UP BOUND o_v74_c11 1
 UP BOUND o_v75_c7 1
 UP BOUND o_v75_c9 1
 UP BOUND o_v75_c11 1
 UP BOUND o_v76_c7 1
 UP BOUND o_v76_c9 1
 UP BOUND o_v76_c11 1
 UP BOUND o_v77_c7 1
 UP BOUND o_v77_c9 1
 UP BOUND o_v77_c11 1
 UP BOUND o_v78_c7 1
 UP BOUND o_v78_c9 1
 UP BOUND o_v78_c11 1
 UP BOUND o_v79_c7 1
 UP BOUND o_v79_c9 1
 UP BOUND o_v79_c11 1
 UP BOUND o_v80_c7 1
 UP BOUND o_v80_c9 1
 UP BOUND o_v80_c11 1
 UP BOUND o_v81_c7 1
 UP BOUND o_v81_c9 1
 UP BOUND o_v81_c11 1
 UP BOUND o_v82_c7 1
 UP BOUND o_v82_c9 1
 UP BOUND o_v82_c11 1
 UP BOUND o_v83_c7 1
 UP BOUND o_v83_c9 1
 UP BOUND o_v83_c11 1
 UP BOUND o_v84_c7 1
 UP BOUND o_v84_c9 1
 UP BOUND o_v84_c11 1
 UP BOUND o_v85_c7 1
 UP BOUND o_v85_c9 1
 UP BOUND o_v85_c11 1
 UP BOUND o_v86_c7 1
 UP BOUND o_v86_c9 1
 UP BOUND o_v86_c11 1
 UP BOUND o_v87_c7 1
 UP BOUND o_v87_c9 1
 UP BOUND o_v87_c11 1
 UP BOUND o_v88_c7 1
 UP BOUND o_v88_c9 1
 UP BOUND o_v88_c11 1
 UP BOUND o_v90_c7 1
 UP BOUND o_v90_c9 1
 UP BOUND o_v90_c11 1
 UP BOUND o_v91_c7 1
 UP BOUND o_v91_c9 1
 UP BOUND o_v91_c11 1
 UP BOUND o_v92_c7 1
 UP BOUND o_v92_c9 1
 UP BOUND o_v92_c11 1
 UP BOUND o_v93_c7 1
 UP BOUND o_v93_c9 1
 UP BOUND o_v93_c11 1
 UP BOUND o_v94_c7 1
 UP BOUND o_v94_c9 1
 UP BOUND o_v94_c11 1
 UP BOUND o_v95_c7 1
 UP BOUND o_v95_c9 1
 UP BOUND o_v95_c11 1
 UP BOUND o_v96_c7 1
 UP BOUND o_v96_c9 1
 UP BOUND o_v96_c11 1
 UP BOUND o_v97_c7 1
 UP BOUND o_v97_c9 1
 UP BOUND o_v97_c11 1
 UP BOUND o_v98_c7 1
 UP BOUND o_v98_c9 1
 UP BOUND o_v98_c11 1
 UP BOUND o_v99_c7 1
 UP BOUND o_v99_c9 1
 UP BOUND o_v99_c11 1
 UP BOUND o_v100_c7 1
 UP BOUND o_v100_c9 1
 UP BOUND o_v100_c11 1
 UP BOUND o_v101_c7 1
 UP BOUND o_v101_c9 1
 UP BOUND o_v101_c11 1
 UP BOUND o_v102_c7 1
 UP BOUND o_v102_c9 1
 UP BOUND o_v102_c11 1
 UP BOUND o_v103_c7 1
 UP BOUND o_v103_c9 1
 UP BOUND o_v103_c11 1
 UP BOUND o_v104_c7 1
 UP BOUND o_v104_c9 1
 UP BOUND o_v104_c11 1
 UP BOUND o_v105_c7 1
 UP BOUND o_v105_c9 1
 UP BOUND o_v105_c11 1
 UP BOUND o_v106_c7 1
 UP BOUND o_v106_c9 1
 UP BOUND o_v106_c11 1
 UP BOUND o_v107_c7 1
 UP BOUND o_v107_c9 1
 UP BOUND o_v107_c11 1
 UP BOUND o_v108_c7 1
 UP BOUND o_v108_c9 1
 UP BOUND o_v108_c11 1
 UP BOUND o_v109_c7 1
 UP BOUND o_v109_c9 1
 UP BOUND o_v109_c11 1
 UP BOUND o_v110_c7 1
 UP BOUND o_v110_c9 1
 UP BOUND o_v110_c11 1
 UP BOUND o_v111_c7 1
 UP BOUND o_v111_c9 1
 UP BOUND o_v111_c11 1
 UP BOUND o_v112_c7 1
 UP BOUND o_v112_c9 1
 UP BOUND o_v112_c11 1
 UP BOUND o_v113_c7 1
 UP BOUND o_v113_c9 1
 UP BOUND o_v113_c11 1
 UP BOUND o_v114_c7 1
 UP BOUND o_v114_c9 1
 UP BOUND o_v114_c11 1
 UP BOUND o_v115_c7 1
 UP BOUND o_v115_c9 1
 UP BOUND o_v115_c11 1
 UP BOUND o_v116_c7 1
 UP BOUND o_v116_c9 1
 UP BOUND o_v116_c11 1
 UP BOUND o_v117_c7 1
 UP BOUND o_v117_c9 1
 UP BOUND o_v117_c11 1
 UP BOUND o_v118_c7 1
 UP BOUND o_v118_c9 1
 UP BOUND o_v118_c11 1
 UP BOUND o_v119_c7 1
 UP BOUND o_v119_c9 1
 UP BOUND o_v119_c11 1
 UP BOUND o_v120_c7 1
 UP BOUND o_v120_c9 1
 UP BOUND o_v120_c11 1
 UP BOUND o_v121_c7 1
 UP BOUND o_v121_c9 1
 UP BOUND o_v121_c11 1
 UP BOUND o_v122_c7 1
 UP BOUND o_v122_c9 1
 UP BOUND o_v122_c11 1
 UP BOUND o_v123_c7 1
 UP BOUND o_v123_c9 1
 UP BOUND o_v123_c11 1
 UP BOUND o_v124_c7 1
 UP BOUND o_v124_c9 1
 UP BOUND o_v124_c11 1
 UP BOUND o_v125_c7 1
 UP BOUND o_v125_c9 1
 UP BOUND o_v125_c11 1
 UP BOUND o_v127_c7 1
 UP BOUND o_v127_c9 1
 UP BOUND o_v127_c11 1
 UP BOUND o_v128_c7 1
 UP BOUND o_v128_c9 1
 UP BOUND o_v128_c11 1
 UP BOUND o_v129_c7 1
 UP BOUND o_v129_c9 1
 UP BOUND o_v129_c11 1
 UP BOUND o_v130_c7 1
 UP BOUND o_v130_c9 1
 UP BOUND o_v130_c11 1
 UP BOUND o_v131_c7 1
 UP BOUND o_v131_c9 1
 UP BOUND o_v131_c11 1
 UP BOUND o_v132_c7 1
 UP BOUND o_v132_c9 1
 UP BOUND o_v132_c11 1
 UP BOUND o_v133_c7 1
 UP BOUND o_v133_c9 1
 UP BOUND o_v133_c11 1
 UP BOUND o_v134_c7 1
 UP BOUND o_v134_c9 1
 UP BOUND o_v134_c11 1
 UP BOUND o_v135_c7 1
 UP BOUND o_v135_c9 1
 UP BOUND o_v135_c11 1
 UP BOUND o_v136_c7 1
 UP BOUND o_v136_c9 1
 UP BOUND o_v136_c11 1
 UP BOUND o_v137_c7 1
 UP BOUND o_v137_c9 1
 UP BOUND o_v137_c11 1
 UP BOUND o_v138_c7 1
 UP BOUND o_v138_c9 1
 UP BOUND o_v138_c11 1
 UP BOUND o_v139_c7 1
 UP BOUND o_v139_c9 1
 UP BOUND o_v139_c11 1
 UP BOUND o_v140_c7 1
 UP BOUND o_v140_c9 1
 UP BOUND o_v140_c11 1
 UP BOUND o_v141_c7 1
 UP BOUND o_v141_c9 1
 UP BOUND o_v141_c11 1
 UP BOUND o_v142_c7 1
 UP BOUND o_v142_c9 1
 UP BOUND o_v142_c11 1
 UP BOUND o_v143_c7 1
 UP BOUND o_v143_c9 1
 UP BOUND o_v143_c11 1
 UP BOUND o_v144_c7 1
 UP BOUND o_v144_c9 1
 UP BOUND o_v144_c11 1
 UP BOUND o_v145_c7 1
 UP BOUND o_v145_c9 1
 UP BOUND o_v145_c11 1
 UP BOUND o_v146_c7 1
 UP BOUND o_v146_c9 1
 UP BOUND o_v146_c11 1
 UP BOUND o_v147_c7 1
 UP BOUND o_v147_c9 1
 UP BOUND o_v147_c11 1
 UP BOUND o_v148_c7 1
 UP BOUND o_v148_c9 1
 UP BOUND o_v148_c11 1
 UP BOUND o_v149_c7 1
 UP BOUND o_v149_c9 1
 UP BOUND o_v149_c11 1
 UP BOUND o_v150_c7 1
 UP BOUND o_v150_c9 1
 UP BOUND o_v150_c11 1
 UP BOUND o_v151_c7 1
 UP BOUND o_v151_c9 1
 UP BOUND o_v151_c11 1
 UP BOUND o_v152_c7 1
 UP BOUND o_v152_c9 1
 UP BOUND o_v152_c11 1
 UP BOUND o_v153_c7 1
 UP BOUND o_v153_c9 1
 UP BOUND o_v153_c11 1
 UP BOUND o_v154_c7 1
 UP BOUND o_v154_c9 1
 UP BOUND o_v154_c11 1
 UP BOUND o_v155_c7 1
 UP BOUND o_v155_c9 1
 UP BOUND o_v155_c11 1
 UP BOUND o_v156_c7 1
 UP BOUND o_v156_c9 1
 UP BOUND o_v156_c11 1
 UP BOUND o_v157_c7 1
 UP BOUND o_v157_c9 1
 UP BOUND o_v157_c11 1
 UP BOUND o_v158_c7 1
 UP BOUND o_v158_c9 1
 UP BOUND o_v158_c11 1
 UP BOUND o_v159_c7 1
 UP BOUND o_v159_c9 1
 UP BOUND o_v159_c11 1
 UP BOUND o_v160_c7 1
 UP BOUND o_v160_c9 1
 UP BOUND o_v160_c11 1
 UP BOUND o_v161_c7 1
 UP BOUND o_v161_c9 1
 UP BOUND o_v161_c11 1
 UP BOUND o_v162_c7 1
 UP BOUND o_v162_c9 1
 UP BOUND o_v162_c11 1
 UP BOUND o_v164_c7 1
 UP BOUND o_v164_c9 1
 UP BOUND o_v164_c11 1
 UP BOUND o_v165_c7 1
 UP BOUND o_v165_c9 1
 UP BOUND o_v165_c11 1
 UP BOUND o_v166_c7 1
 UP BOUND o_v166_c9 1
 UP BOUND o_v166_c11 1
 UP BOUND o_v167_c7 1
 UP BOUND o_v167_c9 1
 UP BOUND o_v167_c11 1
 UP BOUND o_v168_c7 1
 UP BOUND o_v168_c9 1
 UP BOUND o_v168_c11 1
 UP BOUND o_v169_c7 1
 UP BOUND o_v169_c9 1
 UP BOUND o_v169_c11 1
 UP BOUND o_v170_c7 1
 UP BOUND o_v170_c9 1
 UP BOUND o_v170_c11 1
 UP BOUND o_v171_c7 1
 UP BOUND o_v171_c9 1
 UP BOUND o_v171_c11 1
 UP BOUND o_v172_c7 1
 UP BOUND o_v172_c9 1
 UP BOUND o_v172_c11 1
 UP BOUND o_v173_c7 1
 UP BOUND o_v173_c9 1
 UP BOUND o_v173_c11 1
 UP BOUND o_v174_c7 1
 UP BOUND o_v174_c9 1
 UP BOUND o_v174_c11 1
 UP BOUND o_v175_c7 1
 UP BOUND o_v175_c9 1
 UP BOUND o_v175_c11 1
 UP BOUND o_v176_c7 1
 UP BOUND o_v176_c9 1
 UP BOUND o_v176_c11 1
 UP BOUND o_v177_c7 1
 UP BOUND o_v177_c9 1
 UP BOUND o_v177_c11 1
 UP BOUND o_v178_c7 1
 UP BOUND o_v178_c9 1
 UP BOUND o_v178_c11 1
 UP BOUND o_v179_c7 1
 UP BOUND o_v179_c9 1
 UP BOUND o_v179_c11 1
 UP BOUND o_v180_c7 1
 UP BOUND o_v180_c9 1
 UP BOUND o_v180_c11 1
 UP BOUND o_v181_c7 1
 UP BOUND o_v181_c9 1
 UP BOUND o_v181_c11 1
 UP BOUND o_v182_c7 1
 UP BOUND o_v182_c9 1
 UP BOUND o_v182_c11 1
 UP BOUND o_v183_c7 1
 UP BOUND o_v183_c9 1
 UP BOUND o_v183_c11 1
 UP BOUND o_v184_c7 1
 UP BOUND o_v184_c9 1
 UP BOUND o_v184_c11 1
 UP BOUND o_v185_c7 1
 UP BOUND o_v185_c9 1
 UP BOUND o_v185_c11 1
 UP BOUND o_v186_c7 1
 UP BOUND o_v186_c9 1
 UP BOUND o_v186_c11 1
 UP BOUND o_v187_c7 1
 UP BOUND o_v187_c9 1
 UP BOUND o_v187_c11 1
 UP BOUND o_v188_c7 1
 UP BOUND o_v188_c9 1
 UP BOUND o_v188_c11 1
 UP BOUND o_v189_c7 1
 UP BOUND o_v189_c9 1
 UP BOUND o_v189_c11 1
 UP BOUND o_v190_c7 1
 UP BOUND o_v190_c9 1
 UP BOUND o_v190_c11 1
 UP BOUND o_v191_c7 1
 UP BOUND o_v191_c9 1
 UP BOUND o_v191_c11 1
 UP BOUND o_v192_c7 1
 UP BOUND o_v192_c9 1
 UP BOUND o_v192_c11 1
 UP BOUND o_v193_c7 1
 UP BOUND o_v193_c9 1
 UP BOUND o_v193_c11 1
 UP BOUND o_v194_c7 1
 UP BOUND o_v194_c9 1
 UP BOUND o_v194_c11 1
 UP BOUND o_v195_c7 1
 UP BOUND o_v195_c9 1
 UP BOUND o_v195_c11 1
 UP BOUND o_v196_c7 1
 UP BOUND o_v196_c9 1
 UP BOUND o_v196_c11 1
 UP BOUND o_v197_c7 1
 UP BOUND o_v197_c9 1
 UP BOUND o_v197_c11 1
 UP BOUND o_v198_c7 1
 UP BOUND o_v198_c9 1
 UP BOUND o_v198_c11 1
 UP BOUND o_v199_c7 1
 UP BOUND o_v199_c9 1
 UP BOUND o_v199_c11 1
 UP BOUND o_v201_c3 1
 UP BOUND o_v201_c5 1
 UP BOUND o_v201_c7 1
 UP BOUND o_v201_c9 1
 UP BOUND o_v202_c3 1
 UP BOUND o_v202_c5 1
 UP BOUND o_v202_c7 1
 UP BOUND o_v202_c9 1
 UP BOUND o_v204_c3 1
 UP BOUND o_v204_c5 1
 UP BOUND o_v204_c7 1
 UP BOUND o_v204_c9 1
 UP BOUND o_v205_c3 1
 UP BOUND o_v205_c5 1
 UP BOUND o_v205_c7 1
 UP BOUND o_v205_c9 1
 UP BOUND o_v207_c3 1
 UP BOUND o_v207_c5 1
 UP BOUND o_v207_c7 1
 UP BOUND o_v207_c9 1
 UP BOUND o_v208_c3 1
 UP BOUND o_v208_c5 1
 UP BOUND o_v208_c7 1
 UP BOUND o_v208_c9 1
 UP BOUND o_v210_c3 1
 UP BOUND o_v210_c5 1
 UP BOUND o_v210_c7 1
 UP BOUND o_v210_c9 1
 UP BOUND o_v211_c3 1
 UP BOUND o_v211_c5 1
 UP BOUND o_v211_c7 1
 UP BOUND o_v211_c9 1
 UP BOUND o_v213_c3 1
 UP BOUND o_v213_c5 1
 UP BOUND o_v213_c7 1
 UP BOUND o_v213_c9 1
 UP BOUND o_v214_c3 1
 UP BOUND o_v214_c5 1
 UP BOUND o_v214_c7 1
 UP BOUND o_v214_c9 1
 UP BOUND o_v216_c3 1
 UP BOUND o_v216_c5 1
 UP BOUND o_v216_c7 1
 UP BOUND o_v216_c9 1
 UP BOUND o_v217_c3 1
 UP BOUND o_v217_c5 1
 UP BOUND o_v217_c7 1
 UP BOUND o_v217_c9 1
 UP BOUND o_v219_c3 1
 UP BOUND o_v219_c5 1
 UP BOUND o_v219_c7 1
 UP BOUND o_v219_c9 1
 UP BOUND o_v220_c3 1
 UP BOUND o_v220_c5 1
 UP BOUND o_v220_c7 1
 UP BOUND o_v220_c9 1
 UP BOUND o_v222_c3 1
 UP BOUND o_v222_c5 1
 UP BOUND o_v222_c7 1
 UP BOUND o_v222_c9 1
 UP BOUND o_v223_c3 1
 UP BOUND o_v223_c5 1
 UP BOUND o_v223_c7 1
 UP BOUND o_v223_c9 1
 UP BOUND o_v225_c3 1
 UP BOUND o_v225_c5 1
 UP BOUND o_v225_c7 1
 UP BOUND o_v225_c9 1
 UP BOUND o_v226_c3 1
 UP BOUND o_v226_c5 1
 UP BOUND o_v226_c7 1
 UP BOUND o_v226_c9 1
 UP BOUND o_v228_c3 1
 UP BOUND o_v228_c5 1
 UP BOUND o_v228_c7 1
 UP BOUND o_v228_c9 1
 UP BOUND o_v229_c3 1
 UP BOUND o_v229_c5 1
 UP BOUND o_v229_c7 1
 UP BOUND o_v229_c9 1
 UP BOUND o_v231_c3 1
 UP BOUND o_v231_c5 1
 UP BOUND o_v231_c7 1
 UP BOUND o_v231_c9 1
 UP BOUND o_v232_c3 1
 UP BOUND o_v232_c5 1
 UP BOUND o_v232_c7 1
 UP BOUND o_v232_c9 1
 UP BOUND o_v234_c3 1
 UP BOUND o_v234_c5 1
 UP BOUND o_v234_c7 1
 UP BOUND o_v234_c9 1
 UP BOUND o_v235_c3 1
 UP BOUND o_v235_c5 1
 UP BOUND o_v235_c7 1
 UP BOUND o_v235_c9 1
 UP BOUND o_v237_c3 1
 UP BOUND o_v237_c5 1
 UP BOUND o_v237_c7 1
 UP BOUND o_v237_c9 1
 UP BOUND o_v238_c3 1
 UP BOUND o_v238_c5 1
 UP BOUND o_v238_c7 1
 UP BOUND o_v238_c9 1
 UP BOUND o_v240_c3 1
 UP BOUND o_v240_c5 1
 UP BOUND o_v240_c7 1
 UP BOUND o_v240_c9 1
 UP BOUND o_v241_c3 1
 UP BOUND o_v241_c5 1
 UP BOUND o_v241_c7 1
 UP BOUND o_v241_c9 1
 UP BOUND o_v243_c3 1
 UP BOUND o_v243_c5 1
 UP BOUND o_v243_c7 1
 UP BOUND o_v243_c9 1
 UP BOUND o_v244_c3 1
 UP BOUND o_v244_c5 1
 UP BOUND o_v244_c7 1
 UP BOUND o_v244_c9 1
 UP BOUND o_v246_c3 1
 UP BOUND o_v246_c5 1
 UP BOUND o_v246_c7 1
 UP BOUND o_v246_c9 1
 UP BOUND o_v247_c3 1
 UP BOUND o_v247_c5 1
 UP BOUND o_v247_c7 1
 UP BOUND o_v247_c9 1
 UP BOUND o_v249_c3 1
 UP BOUND o_v249_c5 1
 UP BOUND o_v249_c7 1
 UP BOUND o_v249_c9 1
 UP BOUND o_v250_c3 1
 UP BOUND o_v250_c5 1
 UP BOUND o_v250_c7 1
 UP BOUND o_v250_c9 1
 UP BOUND o_v252_c3 1
 UP BOUND o_v252_c5 1
 UP BOUND o_v252_c7 1
 UP BOUND o_v252_c9 1
 UP BOUND o_v253_c3 1
 UP BOUND o_v253_c5 1
 UP BOUND o_v253_c7 1
 UP BOUND o_v253_c9 1
 UP BOUND o_v255_c3 1
 UP BOUND o_v255_c5 1
 UP BOUND o_v255_c7 1
 UP BOUND o_v255_c9 1
 UP BOUND o_v256_c3 1
 UP BOUND o_v256_c5 1
 UP BOUND o_v256_c7 1
 UP BOUND o_v256_c9 1
 UP BOUND o_v258_c3 1
 UP BOUND o_v258_c5 1
 UP BOUND o_v258_c7 1
 UP BOUND o_v258_c9 1
 UP BOUND o_v259_c3 1
 UP BOUND o_v259_c5 1
 UP BOUND o_v259_c7 1
 UP BOUND o_v259_c9 1
 UP BOUND o_v261_c3 1
 UP BOUND o_v261_c5 1
 UP BOUND o_v261_c7 1
 UP BOUND o_v261_c9 1
 UP BOUND o_v262_c3 1
 UP BOUND o_v262_c5 1
 UP BOUND o_v262_c7 1
 UP BOUND o_v262_c9 1
 UP BOUND o_v264_c3 1
 UP BOUND o_v264_c5 1
 UP BOUND o_v264_c7 1
 UP BOUND o_v264_c9 1
 UP BOUND o_v265_c3 1
 UP BOUND o_v265_c5 1
 UP BOUND o_v265_c7 1
 UP BOUND o_v265_c9 1
 UP BOUND o_v267_c3 1
 UP BOUND o_v267_c5 1
 UP BOUND o_v267_c7 1
 UP BOUND o_v267_c9 1
 UP BOUND o_v268_c3 1
 UP BOUND o_v268_c5 1
 UP BOUND o_v268_c7 1
 UP BOUND o_v268_c9 1
 UP BOUND o_v270_c3 1
 UP BOUND o_v270_c5 1
 UP BOUND o_v270_c7 1
 UP BOUND o_v270_c9 1
 UP BOUND o_v271_c3 1
 UP BOUND o_v271_c5 1
 UP BOUND o_v271_c7 1
 UP BOUND o_v271_c9 1
 UP BOUND o_v273_c3 1
 UP BOUND o_v273_c5 1
 UP BOUND o_v273_c7 1
 UP BOUND o_v273_c9 1
 UP BOUND o_v274_c3 1
 UP BOUND o_v274_c5 1
 UP BOUND o_v274_c7 1
 UP BOUND o_v274_c9 1
 UP BOUND o_v276_c3 1
 UP BOUND o_v276_c5 1
 UP BOUND o_v276_c7 1
 UP BOUND o_v276_c9 1
 UP BOUND o_v277_c3 1
 UP BOUND o_v277_c5 1
 UP BOUND o_v277_c7 1
 UP BOUND o_v277_c9 1
 UP BOUND o_v279_c3 1
 UP BOUND o_v279_c5 1
 UP BOUND o_v279_c7 1
 UP BOUND o_v279_c9 1
 UP BOUND o_v280_c3 1
 UP BOUND o_v280_c5 1
 UP BOUND o_v280_c7 1
 UP BOUND o_v280_c9 1
 UP BOUND o_v282_c3 1
 UP BOUND o_v282_c5 1
 UP BOUND o_v282_c7 1
 UP BOUND o_v282_c9 1
 UP BOUND o_v283_c3 1
 UP BOUND o_v283_c5 1
 UP BOUND o_v283_c7 1
 UP BOUND o_v283_c9 1
 UP BOUND o_v285_c3 1
 UP BOUND o_v285_c5 1
 UP BOUND o_v285_c7 1
 UP BOUND o_v285_c9 1
 UP BOUND o_v286_c3 1
 UP BOUND o_v286_c5 1
 UP BOUND o_v286_c7 1
 UP BOUND o_v286_c9 1
 UP BOUND o_v288_c3 1
 UP BOUND o_v288_c5 1
 UP BOUND o_v288_c7 1
 UP BOUND o_v288_c9 1
 UP BOUND o_v289_c3 1
 UP BOUND o_v289_c5 1
 UP BOUND o_v289_c7 1
 UP BOUND o_v289_c9 1
 UP BOUND o_v291_c3 1
 UP BOUND o_v291_c5 1
 UP BOUND o_v291_c7 1
 UP BOUND o_v291_c9 1
 UP BOUND o_v292_c3 1
 UP BOUND o_v292_c5 1
 UP BOUND o_v292_c7 1
 UP BOUND o_v292_c9 1
 UP BOUND o_v294_c3 1
 UP BOUND o_v294_c5 1
 UP BOUND o_v294_c7 1
 UP BOUND o_v294_c9 1
 UP BOUND o_v295_c3 1
 UP BOUND o_v295_c5 1
 UP BOUND o_v295_c7 1
 UP BOUND o_v295_c9 1
ENDATA
