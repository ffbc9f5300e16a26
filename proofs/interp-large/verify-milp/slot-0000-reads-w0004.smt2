(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_81 () Int)
(declare-fun phase_85 () Int)
(declare-fun phase_86 () Int)
(declare-fun phase_121 () Int)
(declare-fun phase_122 () Int)
(declare-fun phase_785 () Int)
(declare-fun phase_792 () Int)
(declare-fun phase_798 () Int)
(declare-fun phase_803 () Int)
(declare-fun phase_807 () Int)
(declare-fun phase_848 () Int)
(declare-fun phase_849 () Int)
(declare-fun phase_850 () Int)
(declare-fun phase_851 () Int)
(declare-fun phase_852 () Int)
(declare-fun phase_853 () Int)
(declare-fun phase_854 () Int)
(declare-fun phase_855 () Int)
(declare-fun phase_856 () Int)
(declare-fun phase_857 () Int)
(declare-fun phase_858 () Int)
(declare-fun phase_859 () Int)
(declare-fun phase_860 () Int)
(declare-fun phase_861 () Int)
(declare-fun phase_862 () Int)
(declare-fun phase_863 () Int)
(declare-fun x_0 () Real)
(declare-fun window_start_contents () Real)
(declare-fun read_value () Real)
(declare-fun boundary () Int)
(declare-fun read_index () Int)
(assert
 (= phase_81 22))
(assert
 (= phase_85 26))
(assert
 (= phase_86 26))
(assert
 (= phase_121 26))
(assert
 (= phase_122 26))
(assert
 (= phase_785 24))
(assert
 (= phase_792 24))
(assert
 (= phase_798 24))
(assert
 (= phase_803 24))
(assert
 (= phase_807 24))
(assert
 (= phase_848 26))
(assert
 (= phase_849 26))
(assert
 (= phase_850 26))
(assert
 (= phase_851 26))
(assert
 (= phase_852 26))
(assert
 (= phase_853 26))
(assert
 (= phase_854 26))
(assert
 (= phase_855 26))
(assert
 (= phase_856 26))
(assert
 (= phase_857 26))
(assert
 (= phase_858 26))
(assert
 (= phase_859 26))
(assert
 (= phase_860 26))
(assert
 (= phase_861 26))
(assert
 (= phase_862 26))
(assert
 (= phase_863 26))
(assert
 (let ((?x4854 (+ phase_81 1)))
 (let (($x190547 (> ?x4854 (- 1))))
 (let ((?x209085 (ite $x190547 ?x4854 (- 1))))
 (= window_start_contents (ite (and (and true (<= (- 1) 21)) (< 21 ?x209085)) x_0 0.0))))))
(assert
 (let (($x155831 (and (distinct window_start_contents read_value) true)))
 (let (($x27600 (not (and (and true (> boundary 21)) (<= boundary 25)))))
 (let (($x88812 (or $x27600 $x155831)))
 (let (($x23999 (= read_value x_0)))
 (let (($x37749 (and (and (= read_index 281) (not false)) (= boundary (- phase_863 1)))))
 (let (($x147195 (and $x37749 $x23999)))
 (let (($x175082 (and (and (= read_index 280) (not false)) (= boundary (- phase_862 1)))))
 (let (($x193440 (and $x175082 $x23999)))
 (let (($x162870 (and (and (= read_index 279) (not false)) (= boundary (- phase_861 1)))))
 (let (($x191862 (and $x162870 $x23999)))
 (let (($x56131 (and (and (= read_index 278) (not false)) (= boundary (- phase_860 1)))))
 (let (($x168187 (and $x56131 $x23999)))
 (let (($x28516 (and (and (= read_index 277) (not false)) (= boundary (- phase_859 1)))))
 (let (($x151290 (and $x28516 $x23999)))
 (let (($x195184 (and (and (= read_index 276) (not false)) (= boundary (- phase_858 1)))))
 (let (($x147204 (and $x195184 $x23999)))
 (let (($x206869 (and (and (= read_index 275) (not false)) (= boundary (- phase_857 1)))))
 (let (($x161690 (and $x206869 $x23999)))
 (let (($x73703 (and (and (= read_index 274) (not false)) (= boundary (- phase_856 1)))))
 (let (($x188669 (and $x73703 $x23999)))
 (let (($x193508 (and (and (= read_index 273) (not false)) (= boundary (- phase_855 1)))))
 (let (($x47144 (and $x193508 $x23999)))
 (let (($x127758 (and (and (= read_index 272) (not false)) (= boundary (- phase_854 1)))))
 (let (($x130546 (and $x127758 $x23999)))
 (let (($x168201 (and (and (= read_index 271) (not false)) (= boundary (- phase_853 1)))))
 (let (($x30706 (and $x168201 $x23999)))
 (let (($x34738 (and (and (= read_index 270) (not false)) (= boundary (- phase_852 1)))))
 (let (($x195170 (and $x34738 $x23999)))
 (let (($x82480 (and (and (= read_index 269) (not false)) (= boundary (- phase_851 1)))))
 (let (($x12031 (and $x82480 $x23999)))
 (let (($x140234 (and (and (= read_index 268) (not false)) (= boundary (- phase_850 1)))))
 (let (($x151570 (and $x140234 $x23999)))
 (let (($x74845 (and (and (= read_index 267) (not false)) (= boundary (- phase_849 1)))))
 (let (($x79884 (and $x74845 $x23999)))
 (let (($x169292 (and (and (= read_index 266) (not false)) (= boundary (- phase_848 1)))))
 (let (($x189556 (and $x169292 $x23999)))
 (let (($x12717 (and (and (= read_index 232) (not false)) (= boundary (- phase_807 1)))))
 (let (($x127108 (and $x12717 $x23999)))
 (let (($x142130 (and (and (= read_index 228) (not false)) (= boundary (- phase_803 1)))))
 (let (($x109944 (and $x142130 $x23999)))
 (let (($x81105 (and (and (= read_index 223) (not false)) (= boundary (- phase_798 1)))))
 (let (($x90348 (and $x81105 $x23999)))
 (let (($x83201 (and (and (= read_index 217) (not false)) (= boundary (- phase_792 1)))))
 (let (($x151558 (and $x83201 $x23999)))
 (let (($x133881 (and (and (= read_index 210) (not false)) (= boundary (- phase_785 1)))))
 (let (($x101239 (and $x133881 $x23999)))
 (let (($x109984 (and (and (= read_index 63) (not false)) (= boundary (- phase_122 1)))))
 (let (($x145632 (and $x109984 $x23999)))
 (let (($x151883 (and (and (= read_index 62) (not false)) (= boundary (- phase_121 1)))))
 (let (($x178505 (and $x151883 $x23999)))
 (let (($x94336 (and (and (= read_index 45) (not false)) (= boundary (- phase_86 1)))))
 (let (($x111153 (and $x94336 $x23999)))
 (let (($x35245 (and (and (= read_index 44) (not false)) (= boundary (- phase_85 1)))))
 (let (($x52915 (and $x35245 $x23999)))
 (let (($x194843 (or $x52915 $x111153 $x178505 $x145632 $x101239 $x151558 $x90348 $x109944 $x127108 $x189556 $x79884 $x151570 $x12031 $x195170 $x30706 $x130546 $x47144 $x188669 $x161690 $x147204 $x151290 $x168187 $x191862 $x193440 $x147195)))
 (and $x194843 $x88812)))))))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
