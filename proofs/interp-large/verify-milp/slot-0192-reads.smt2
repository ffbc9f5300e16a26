(set-logic QF_LIRA)
; 
(set-info :status unknown)
(declare-fun phase_789 () Int)
(declare-fun phase_791 () Int)
(declare-fun phase_824 () Int)
(declare-fun phase_825 () Int)
(declare-fun phase_826 () Int)
(declare-fun phase_827 () Int)
(declare-fun phase_828 () Int)
(declare-fun phase_829 () Int)
(declare-fun phase_830 () Int)
(declare-fun phase_831 () Int)
(declare-fun phase_833 () Int)
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
(declare-fun phase_865 () Int)
(declare-fun phase_996 () Int)
(declare-fun phase_1009 () Int)
(declare-fun read_value () Real)
(declare-fun x_1390 () Real)
(declare-fun boundary () Int)
(declare-fun x_1160 () Real)
(declare-fun x_1156 () Real)
(declare-fun read_index () Int)
(assert
 (= phase_789 12))
(assert
 (= phase_791 20))
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
 (= phase_833 19))
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
 (= phase_865 27))
(assert
 (= phase_996 30))
(assert
 (= phase_1009 51))
(assert
 (let ((?x98485 (* (- 1.0) x_1390)))
 (let (($x306816 (>= boundary 51)))
 (let ((?x99608 (ite $x306816 ?x98485 0.0)))
 (let (($x164108 (>= boundary 31)))
 (let ((?x93034 (ite $x164108 (* 1.0 x_1390) 0.0)))
 (let ((?x41579 (* (- 1.0) x_1160)))
 (let (($x41424 (>= boundary 27)))
 (let ((?x46292 (ite $x41424 ?x41579 0.0)))
 (let (($x136366 (>= boundary 21)))
 (let ((?x37605 (ite $x136366 (* 1.0 x_1160) 0.0)))
 (let ((?x26629 (* (- 1.0) x_1156)))
 (let (($x102267 (>= boundary 19)))
 (let ((?x32247 (ite $x102267 ?x26629 0.0)))
 (let (($x101887 (>= boundary 13)))
 (let ((?x24496 (ite $x101887 (* 1.0 x_1156) 0.0)))
 (let ((?x100302 (+ ?x24496 ?x32247 ?x37605 ?x46292 ?x93034 ?x99608)))
 (let (($x171644 (= read_value x_1390)))
 (let (($x205339 (= read_index 26)))
 (let (($x138246 (and (and $x205339 (not (= phase_996 (- phase_1009 1)))) (= boundary (- phase_1009 2)))))
 (let (($x200912 (= read_value x_1160)))
 (let (($x170883 (= read_index 25)))
 (let (($x138865 (and (and $x170883 (not (= phase_791 (- phase_865 1)))) (= boundary (- phase_865 2)))))
 (let (($x36605 (and (and (= read_index 24) (not false)) (= boundary (- phase_863 1)))))
 (let (($x160058 (and (and (= read_index 23) (not false)) (= boundary (- phase_862 1)))))
 (let (($x165482 (and (and (= read_index 22) (not false)) (= boundary (- phase_861 1)))))
 (let (($x74620 (and (and (= read_index 21) (not false)) (= boundary (- phase_860 1)))))
 (let (($x17735 (and (and (= read_index 20) (not false)) (= boundary (- phase_859 1)))))
 (let (($x220003 (and (and (= read_index 19) (not false)) (= boundary (- phase_858 1)))))
 (let (($x138289 (and (and (= read_index 18) (not false)) (= boundary (- phase_857 1)))))
 (let (($x83916 (and (and (= read_index 17) (not false)) (= boundary (- phase_856 1)))))
 (let (($x153744 (and (and (= read_index 16) (not false)) (= boundary (- phase_855 1)))))
 (let (($x81015 (and (and (= read_index 15) (not false)) (= boundary (- phase_854 1)))))
 (let (($x148602 (and (and (= read_index 14) (not false)) (= boundary (- phase_853 1)))))
 (let (($x107746 (and (and (= read_index 13) (not false)) (= boundary (- phase_852 1)))))
 (let (($x134980 (and (and (= read_index 12) (not false)) (= boundary (- phase_851 1)))))
 (let (($x13756 (and (and (= read_index 11) (not false)) (= boundary (- phase_850 1)))))
 (let (($x110936 (and (and (= read_index 10) (not false)) (= boundary (- phase_849 1)))))
 (let (($x120891 (and (and (= read_index 9) (not false)) (= boundary (- phase_848 1)))))
 (let (($x38726 (= read_value x_1156)))
 (let (($x188886 (= read_index 8)))
 (let (($x127159 (and (and $x188886 (not (= phase_789 (- phase_833 1)))) (= boundary (- phase_833 2)))))
 (let (($x3977 (and (and (= read_index 7) (not false)) (= boundary (- phase_831 1)))))
 (let (($x81055 (and (and (= read_index 6) (not false)) (= boundary (- phase_830 1)))))
 (let (($x174261 (and (and (= read_index 5) (not false)) (= boundary (- phase_829 1)))))
 (let (($x145078 (and (and (= read_index 4) (not false)) (= boundary (- phase_828 1)))))
 (let (($x110518 (and (and (= read_index 3) (not false)) (= boundary (- phase_827 1)))))
 (let (($x85888 (and (and (= read_index 2) (not false)) (= boundary (- phase_826 1)))))
 (let (($x73866 (and (and (= read_index 1) (not false)) (= boundary (- phase_825 1)))))
 (let (($x25853 (and (and (= read_index 0) (not false)) (= boundary (- phase_824 1)))))
 (let (($x95695 (or (and $x25853 $x38726) (and $x73866 $x38726) (and $x85888 $x38726) (and $x110518 $x38726) (and $x145078 $x38726) (and $x174261 $x38726) (and $x81055 $x38726) (and $x3977 $x38726) (and $x127159 $x38726) (and $x120891 $x200912) (and $x110936 $x200912) (and $x13756 $x200912) (and $x134980 $x200912) (and $x107746 $x200912) (and $x148602 $x200912) (and $x81015 $x200912) (and $x153744 $x200912) (and $x83916 $x200912) (and $x138289 $x200912) (and $x220003 $x200912) (and $x17735 $x200912) (and $x74620 $x200912) (and $x165482 $x200912) (and $x160058 $x200912) (and $x36605 $x200912) (and $x138865 $x200912) (and $x138246 $x171644))))
 (and $x95695 (and (distinct ?x100302 read_value) true)))))))))))))))))))))))))))))))))))))))))))))))))))))
(check-sat)
