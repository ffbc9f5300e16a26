(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_46 () Int)
(declare-fun phase_73 () Int)
(declare-fun phase_74 () Int)
(declare-fun phase_77 () Int)
(declare-fun phase_78 () Int)
(declare-fun phase_109 () Int)
(declare-fun phase_110 () Int)
(declare-fun phase_113 () Int)
(declare-fun phase_114 () Int)
(declare-fun phase_169 () Int)
(declare-fun phase_170 () Int)
(declare-fun phase_783 () Int)
(declare-fun phase_790 () Int)
(declare-fun phase_796 () Int)
(declare-fun phase_818 () Int)
(declare-fun phase_819 () Int)
(declare-fun phase_820 () Int)
(declare-fun phase_821 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_46 12))
(assert
 (= phase_73 14))
(assert
 (= phase_74 14))
(assert
 (= phase_77 18))
(assert
 (= phase_78 18))
(assert
 (= phase_109 14))
(assert
 (= phase_110 14))
(assert
 (= phase_113 18))
(assert
 (= phase_114 18))
(assert
 (= phase_169 14))
(assert
 (= phase_170 14))
(assert
 (= phase_783 16))
(assert
 (= phase_790 16))
(assert
 (= phase_796 16))
(assert
 (= phase_818 14))
(assert
 (= phase_819 14))
(assert
 (= phase_820 14))
(assert
 (= phase_821 14))
(assert
 (= phase_824 18))
(assert
 (= phase_825 18))
(assert
 (= phase_826 18))
(assert
 (= phase_827 18))
(assert
 (= phase_828 18))
(assert
 (= phase_829 18))
(assert
 (= phase_830 18))
(assert
 (= phase_831 18))
(assert
 (let ((?x13329 (+ phase_46 1)))
 (let (($x10238 (> ?x13329 (- 1))))
 (let ((?x10231 (ite $x10238 ?x13329 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 11)) (< 11 ?x10231)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x54576 (not (and (and true (> boundary 11)) (<= boundary 17)))))
 (let (($x56033 (or $x54576 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x209899 (and (and (= read_index 253) (not false)) (= boundary (- phase_831 1)))))
 (let (($x88610 (and $x209899 $x23999)))
 (let (($x194968 (and (and (= read_index 252) (not false)) (= boundary (- phase_830 1)))))
 (let (($x192213 (and $x194968 $x23999)))
 (let (($x155283 (and (and (= read_index 251) (not false)) (= boundary (- phase_829 1)))))
 (let (($x189457 (and $x155283 $x23999)))
 (let (($x150876 (and (and (= read_index 250) (not false)) (= boundary (- phase_828 1)))))
 (let (($x13547 (and $x150876 $x23999)))
 (let (($x95064 (and (and (= read_index 249) (not false)) (= boundary (- phase_827 1)))))
 (let (($x27041 (and $x95064 $x23999)))
 (let (($x128802 (and (and (= read_index 248) (not false)) (= boundary (- phase_826 1)))))
 (let (($x209662 (and $x128802 $x23999)))
 (let (($x159757 (and (and (= read_index 247) (not false)) (= boundary (- phase_825 1)))))
 (let (($x200430 (and $x159757 $x23999)))
 (let (($x169439 (and (and (= read_index 246) (not false)) (= boundary (- phase_824 1)))))
 (let (($x127321 (and $x169439 $x23999)))
 (let (($x209723 (and (and (= read_index 245) (not false)) (= boundary (- phase_821 1)))))
 (let (($x83064 (and $x209723 $x23999)))
 (let (($x169542 (and (and (= read_index 244) (not false)) (= boundary (- phase_820 1)))))
 (let (($x169406 (and $x169542 $x23999)))
 (let (($x113364 (and (and (= read_index 243) (not false)) (= boundary (- phase_819 1)))))
 (let (($x196148 (and $x113364 $x23999)))
 (let (($x23671 (and (and (= read_index 242) (not false)) (= boundary (- phase_818 1)))))
 (let (($x200756 (and $x23671 $x23999)))
 (let (($x62903 (and (and (= read_index 221) (not false)) (= boundary (- phase_796 1)))))
 (let (($x133236 (and $x62903 $x23999)))
 (let (($x155306 (and (and (= read_index 215) (not false)) (= boundary (- phase_790 1)))))
 (let (($x84638 (and $x155306 $x23999)))
 (let (($x209242 (and (and (= read_index 208) (not false)) (= boundary (- phase_783 1)))))
 (let (($x14502 (and $x209242 $x23999)))
 (let (($x16646 (and (and (= read_index 95) (not false)) (= boundary (- phase_170 1)))))
 (let (($x25711 (and $x16646 $x23999)))
 (let (($x78801 (and (and (= read_index 94) (not false)) (= boundary (- phase_169 1)))))
 (let (($x149266 (and $x78801 $x23999)))
 (let (($x123481 (and (and (= read_index 59) (not false)) (= boundary (- phase_114 1)))))
 (let (($x148885 (and $x123481 $x23999)))
 (let (($x127077 (and (and (= read_index 58) (not false)) (= boundary (- phase_113 1)))))
 (let (($x193579 (and $x127077 $x23999)))
 (let (($x196190 (and (and (= read_index 57) (not false)) (= boundary (- phase_110 1)))))
 (let (($x9269 (and $x196190 $x23999)))
 (let (($x124110 (and (and (= read_index 56) (not false)) (= boundary (- phase_109 1)))))
 (let (($x157229 (and $x124110 $x23999)))
 (let (($x63514 (and (and (= read_index 41) (not false)) (= boundary (- phase_78 1)))))
 (let (($x155308 (and $x63514 $x23999)))
 (let (($x177386 (and (and (= read_index 40) (not false)) (= boundary (- phase_77 1)))))
 (let (($x178932 (and $x177386 $x23999)))
 (let (($x140595 (and (and (= read_index 39) (not false)) (= boundary (- phase_74 1)))))
 (let (($x153290 (and $x140595 $x23999)))
 (let (($x53844 (and (and (= read_index 38) (not false)) (= boundary (- phase_73 1)))))
 (let (($x72607 (and $x53844 $x23999)))
 (let (($x58826 (or $x72607 $x153290 $x178932 $x155308 $x157229 $x9269 $x193579 $x148885 $x149266 $x25711 $x14502 $x84638 $x133236 $x200756 $x196148 $x169406 $x83064 $x127321 $x200430 $x209662 $x27041 $x13547 $x189457 $x192213 $x88610)))
 (and $x58826 $x56033)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
