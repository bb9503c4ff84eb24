"""holdout437: ten blind, ordinary draft contracts (5 zh, 5 en) with labels.
Writes the .txt/.md files directly, the .docx/.pdf through ../word_pdf.py, then reads every file back, measures its
length, scans it (and every source) for threshold figures, writes the .json labels and checks that the expected rules
(derived from the labels by my own reading of policy.md section 3) match the design and cover all 20 CR rules.
Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent
H437Z01 = """T:体育场馆预约管理平台采购合同
P:合同编号：LZTY-ZFCG-2026-017    采购方式：公开招标（政府采购）
P:甲方（采购人）：临洲市体育局    地址：临洲市滨江路88号
P:乙方（供应商）：杭州跃动数智科技有限公司    地址：杭州市西湖区文三路456号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》以及临洲市体育场馆预约管理平台项目（招标编号LZCG-2026-0315）的招标文件和乙方的投标文件，甲乙双方经平等协商，订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供体育场馆预约管理平台软件的永久使用许可，并完成定制开发、部署实施和培训，实现全市45个公共体育场馆的在线预约、入场核验、支付对账和运营监管。
P:1.2 定制开发内容包括：场馆资源接入与排期管理、门禁闸机及人脸核验设备对接、市民卡与“临洲通”实名认证对接、体育局监管驾驶舱及统计报表。详细需求以招标文件第三章及双方确认的需求规格说明书为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币壹佰肆拾万元整（¥1,400,000），为含税固定总价，包括软件许可、定制开发、部署实施、培训、税费以及质保期内的全部服务费用，甲方不再另行支付其他费用。
TB:序号|项目|金额（元）
TB:1|场馆预约平台标准版软件许可（永久）|486,000
TB:2|移动端小程序模块许可|128,000
TB:3|支付对账模块许可|96,000
TB:|软件许可小计|710,000
TB:4|定制开发（场馆接入、闸机对接、实名认证、监管驾驶舱）|548,000
TB:5|部署实施及历史预约数据迁移|112,000
TB:6|培训（管理员及场馆操作人员）|30,000
TB:|合计|1,400,000
H:第三条 付款方式
P:3.1 合同签订后15个工作日内，甲方支付合同总价的20%作为预付款，即¥280,000。
P:3.2 系统部署完成并通过初步验收后15个工作日内，甲方支付合同总价的45%，即¥630,000。
P:3.3 系统通过最终验收后15个工作日内，甲方支付合同总价的35%，即¥490,000。
P:3.4 乙方每次请款前应向甲方开具合法有效的等额增值税发票。甲方按财政国库集中支付的规定付款。
H:第四条 交付与进度
P:4.1 乙方应于合同签订后90日内完成部署和定制开发，并向甲方提交初步验收申请；初步验收通过后，系统进入为期60日的试运行。
P:4.2 乙方应按甲方确认的实施计划推进项目，每两周向甲方提交一次书面进度报告，并指定一名项目经理常驻临洲，未经甲方同意不得更换。
P:4.3 乙方应为甲方管理员和各场馆操作人员分批组织现场培训，内容包括场馆排期、预约审核、入场核验、退款处理和统计报表，并提供培训教材和操作视频。
H:第五条 验收
P:5.1 初步验收标准：（1）需求规格说明书所列功能全部实现；（2）45个场馆全部接入并完成排期配置；（3）在1,000个并发用户下，预约提交平均响应时间不超过2秒；（4）闸机及人脸核验设备对接经现场逐台抽测通过，且无一级、二级缺陷遗留。
P:5.2 最终验收标准：试运行期间连续10日支付对账无差错，未发生一级故障；系统通过网络安全等级保护二级测评；乙方交付全部源代码、数据库设计文档、操作手册和运维手册。
P:5.3 验收由甲方组织，可邀请专家参加，验收结果以双方签字确认的验收报告为准。系统上线运行、甲方使用系统或支付款项，均不视为验收合格。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级、技术咨询和现场服务。
P:6.2 质保期满后，甲方如需继续购买维护服务，年度维护费不超过软件许可小计的8%（即每年不超过¥56,800），且质保期满后三个年度内不得上调。维护服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 质保期内平台月可用率不低于99.95%（提前3日通知的计划内维护时间除外）。
P:7.2 故障分为三级。一级故障（平台整体无法预约或支付）：乙方30分钟内响应，2小时内到场，8小时内恢复；二级故障（部分场馆或部分功能不可用）：1小时内响应，24小时内解决；三级故障：1个工作日内响应。
P:7.3 乙方未按时响应或恢复的，每超过1小时向甲方支付¥1,000；月可用率每低于承诺值0.01个百分点，乙方向甲方支付¥2,000。上述款项甲方可从应付款中直接扣除。
H:第八条 数据安全
P:8.1 平台产生和存储的全部数据，包括市民预约信息、实名信息、支付流水和场馆运营数据，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得用于其他目的，不得向任何第三方提供。
P:8.2 平台部署于临洲市政务云，乙方远程运维须经甲方审批并通过堡垒机进行，操作全程留痕。乙方应采取加密存储、访问控制、日志审计等措施，遵守《数据安全法》《个人信息保护法》的规定。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任和相应的法律责任。
H:第九条 保密
P:9.1 双方对履行本合同过程中知悉的对方未公开信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。
H:第十条 知识产权
P:10.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 定制开发成果（含源代码、接口程序、报表模板及相关文档）的知识产权归甲方所有，甲方可自行或委托第三方修改、使用并许可他人使用。
P:10.3 乙方保证其提供的软件不侵犯第三方的合法权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 甲方无正当理由逾期付款的，按逾期金额每日万分之二向乙方支付违约金。
P:11.3 乙方提供的软件或服务不符合合同约定的，应负责修复或更换，并赔偿甲方因此遭受的损失。
H:第十二条 分包
P:12.1 乙方不得将本合同项下的任何工作分包或转包给第三方，也不得以劳务派遣等方式变相分包。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.0 乙方应遵守政府采购的有关规定，不得向甲方工作人员提供任何不正当利益；因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，履行期限相应顺延，双方均不承担违约责任。
P:15.1 本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。招标文件、投标文件和中标通知书为本合同的组成部分。
P:甲方（盖章）：临洲市体育局    乙方（盖章）：杭州跃动数智科技有限公司
P:代表人签字：__________    代表人签字：__________
P:签订日期：2026年3月18日
"""

H437Z02 = """T:胶印机控制系统改造及维保合同
P:合同编号：HY-SB-2026-042
P:甲方（买方）：江门华印彩色印刷有限公司
P:乙方（卖方）：佛山精控自动化技术有限公司
P:鉴于甲方现有两台四色单张纸胶印机的原控制系统已停产，备件难以采购，甲方决定对其进行控制系统改造。乙方具备相应的技术能力。双方经协商，就改造及维保事宜达成如下协议。
H:第一条 改造范围
P:1.1 乙方负责两台四色胶印机（设备编号HY-P03、HY-P04）控制系统的改造，包括：更换PLC控制器及I/O模块、更换各色组伺服驱动器及电机、更换操作台触摸屏，安装墨量预置及色彩闭环控制软件，拆除旧系统并重新布设控制线缆。
P:1.2 改造完成后，胶印机的最高印刷速度、套准精度和自动化功能不低于原设备出厂指标，并增加墨量预置数据与甲方印前系统的对接功能。
H:第二条 合同价格
P:2.1 本合同总价为人民币捌拾陆万元整（¥860,000），含税，明细如下：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|2套|186,000
TB:2|伺服驱动器及电机（含四个色组）|2套|312,000
TB:3|操作台触摸屏|2台|48,000
TB:4|墨量预置及色彩控制软件许可|2套|126,000
TB:|软硬件小计||672,000
TB:5|改造安装及调试|1项|138,000
TB:6|旧系统拆除及线缆敷设|1项|34,000
TB:7|操作及维修人员培训|1项|16,000
TB:|合计||860,000
H:第三条 付款
P:3.1 合同签订后10个工作日内，甲方支付合同总价的20%，即¥172,000，作为预付款。
P:3.2 设备及软件到货并经甲方清点签收后10个工作日内，甲方支付合同总价的45%，即¥387,000。
P:3.3 改造调试完成、胶印机恢复生产后10个工作日内，甲方支付合同总价的35%，即¥301,000。
P:3.4 乙方应在每笔付款前开具等额增值税专用发票。
H:第四条 交货与施工
P:4.1 乙方应于合同签订后45日内将全部设备和软件运至甲方厂区，并在甲方指定的停机窗口内完成改造，每台胶印机停机时间不超过12日。
P:4.2 施工期间乙方应遵守甲方的安全生产制度，自行负责其人员的安全。因乙方原因损坏甲方设备或其他财产的，乙方负责修复或赔偿。
H:第五条 验收
P:5.1 设备安装调试完成，胶印机恢复印刷生产后，即视为甲方验收合格。
P:5.2 乙方应在调试完成时向甲方移交设备清单、电气图纸和操作说明书。
H:第六条 质量保证
P:6.1 质保期为二十四个月，自调试完成之日起计算。质保期内，因产品质量问题造成的故障，乙方免费维修或更换零部件。
P:6.2 质保期内，乙方每季度上门巡检一次，并提供全天候电话技术支持。
H:第七条 维保服务
P:7.1 质保期满后，乙方按年度提供维保服务，维保年费为软件许可和硬件小计的9%，即每年¥60,480，质保期满后的三个年度内不得上调。维保服务内容包括定期巡检、故障维修、备件供应和软件升级。
P:7.2 维保服务期满前，双方另行协商续签，不自动续期。
H:第八条 故障响应
P:8.1 故障分级及响应要求如下：
TB:故障级别|定义|响应时间|到场时间
TB:一级|胶印机停机，无法生产|1小时内远程响应|8小时内
TB:二级|部分功能失效，可降速生产|2小时内|24小时内
TB:三级|不影响生产的一般问题|1个工作日内|双方约定
P:8.2 乙方未按上表时间响应或到场的，每超过1小时向甲方支付¥500，甲方可从应付款项中扣除。
H:第九条 违约责任
P:9.1 乙方逾期交货或逾期完成改造的，每逾期一日按合同总价的千分之一向甲方支付违约金。
P:9.2 甲方逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
P:9.3 改造后设备性能达不到第1.2款要求的，乙方应在15日内整改；整改后仍达不到的，乙方应减收合同价款并赔偿甲方损失。
H:第十条 数据与保密
P:10.1 甲方的印刷作业文件、客户稿件、墨量数据及生产记录均属于甲方所有，乙方仅可为改造和维保目的使用，不得复制或外传。乙方远程维护须经甲方逐次授权，并对接入过程采取加密和日志记录措施；发生数据泄露的，乙方应在2小时内通知甲方，因乙方原因造成的损失由乙方承担。
P:10.2 双方对在合作中知悉的对方技术信息和经营信息负有保密义务，未经对方书面同意不得披露。
H:第十一条 知识产权
P:11.1 乙方为甲方设备专门编制的PLC控制程序、触摸屏界面程序和印前对接程序，其知识产权归甲方所有，乙方应交付源程序。墨量预置软件的著作权归原权利人，甲方享有永久使用权。
H:第十二条 分包
P:12.1 乙方如需将线缆敷设等辅助工作分包，须事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:第十三条 合同的解除
P:13.1 本合同生效后，除因不可抗力致使合同目的不能实现外，任何一方不得解除本合同。乙方违约的，甲方可要求乙方继续履行、采取补救措施并支付违约金，但不得以此为由解除合同。
H:第十四条 技术要求与培训
P:14.1 改造采用的PLC、伺服驱动器和触摸屏应为原厂正品，型号与乙方报价文件一致，并随货提供合格证、出厂检验报告和原厂质保凭证。乙方不得以翻新件或拆机件替代。
P:14.2 改造后的控制系统应保留原设备的安全联锁功能，包括护罩开启停机、急停按钮和双手操作保护，并符合印刷机械相关安全标准。
P:14.3 乙方应对甲方的机长、电工和设备管理人员进行不少于5个工作日的培训，内容包括操作台使用、墨量预置、色彩控制、常见故障判断和日常保养，培训结束后提供培训记录和教材。
P:14.4 改造期间乙方应做好现场防护，不得损坏胶印机的机械部件、印刷滚筒和输纸系统。拆除的旧控制柜、旧电机和电路板归甲方所有，由乙方清点后移交甲方仓库，不得自行处置。
P:14.5 改造完成后乙方应提交改造后的电气原理图、接线图、PLC程序清单、参数备份和备件清单各一份，纸质版与电子版各一套。乙方应承诺改造所用主要部件在质保期满后继续供应不少于七年，停产前应提前通知甲方并提供替代方案。
P:14.6 甲方应按双方确认的停机计划安排生产，提供施工所需的电源、照明和临时存放场地，并指派设备主管全程配合。乙方施工人员进入车间应穿戴劳保用品，遵守防火和油墨溶剂管理规定，每日施工结束后清理现场。因甲方未按计划停机导致工期延误的，乙方的完工期限相应顺延，但乙方应及时书面提出。
H:第十五条 不可抗力
P:15.1 因地震、台风、洪水等不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明。不可抗力影响期间，相关履行期限相应顺延，双方均不承担违约责任。
H:第十六条 通知
P:16.1 本合同项下的通知应以书面形式送达合同首部所列地址，或发送至双方项目负责人的电子邮箱。一方变更联系方式的，应在3日内书面通知对方。
H:第十七条 争议解决
P:17.1 因本合同引起的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。
P:17.2 本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方：江门华印彩色印刷有限公司（盖章）    乙方：佛山精控自动化技术有限公司（盖章）
P:授权代表：__________    授权代表：__________
P:日期：2026年4月8日
"""

H437Z03 = """茶饮门店点单及会员系统服务合同

合同编号：CY-IT-2026-0611

甲方（客户）：成都蜀茶坊餐饮管理有限公司
地址：成都市锦江区红星路二段127号

乙方（服务商）：杭州云点信息技术有限公司
地址：杭州市滨江区江南大道3588号

甲方经营“蜀茶坊”茶饮连锁品牌，现有直营门店48家。为统一门店点单、收银和会员管理，甲方向乙方订购云端点单及会员系统服务（以下简称“本服务”），并委托乙方完成实施上线。双方经协商一致，订立本合同。

一、服务内容
（一）乙方通过其云平台向甲方48家门店提供点单收银、小程序及外卖平台订单聚合、会员积分与储值、营销券管理和经营报表服务。
（二）乙方负责实施上线，包括门店收银设备与小票打印机对接、原会员系统数据迁移、菜单及价格配置、总部与店长培训。
（三）甲方新增门店的，按本合同单价另行计费；门店关闭的，自次季度起相应减少服务费。

二、服务期限
（一）服务期为两个服务年度，自2026年7月1日起至2028年6月30日止。
（二）服务期满，甲方未在期满前30日书面通知不再续订的，本合同自动续订一个服务年度，可多次续订。续订期间的服务费由乙方按其届时公布的价格标准确定，甲方应按调整后的价格支付。

三、服务费用
（一）本合同总价为人民币肆拾捌万元整（¥480,000），明细如下：
1．门店点单收银服务：48家 × ¥3,600/店/服务年度 × 2个服务年度 = ¥345,600；
2．会员营销模块：¥36,000/服务年度 × 2个服务年度 = ¥72,000；
3．实施上线费（一次性）：¥62,400。
（二）外卖平台接口调用费按实际发生计收，不包含在合同总价内。

四、付款方式
（一）实施上线费在上线验收合格后15个工作日内一次性支付。
（二）服务费按季度支付，每季度¥52,200，甲方在每个季度结束后10个工作日内支付上一季度的服务费。
（三）乙方应在收款前开具增值税专用发票。

五、实施与验收
（一）乙方应在2026年6月20日前完成全部48家门店的部署和数据迁移。
（二）上线验收标准：1．48家门店全部可正常点单、收银和打印小票；2．连续7日门店订单与支付渠道对账一致；3．小程序下单平均响应时间不超过2秒；4．原会员系统的会员、积分和储值余额迁移后逐项核对无差错。
（三）甲方应在收到乙方验收申请后5个工作日内组织验收，并出具书面验收意见。门店试营业期间的使用不视为验收合格。

六、服务水平
（一）本服务月可用率不低于99.95%。
（二）故障响应：一级故障（全部或多家门店无法点单收银）15分钟内响应，2小时内恢复；二级故障（单店或单项功能异常）30分钟内响应，8小时内恢复；三级故障1个工作日内处理。
（三）月可用率低于承诺值的，乙方按当月服务费的5%向甲方提供服务抵扣；低于99.5%的，抵扣当月服务费的10%。一级故障未按时恢复的，每超过1小时抵扣当月服务费的2%。

七、数据安全
（一）甲方的会员信息、订单数据和经营数据属于甲方所有，乙方仅为提供本服务而处理上述数据，不得用于其他用途。
（二）乙方的云平台应通过网络安全等级保护三级测评，数据加密存储和传输，员工访问实行最小权限并记录日志；会员个人信息的处理应符合《个人信息保护法》。
（三）发生数据泄露、丢失或被篡改的，乙方应在24小时内通知甲方，采取补救措施并配合调查；因乙方原因造成的，乙方承担甲方由此产生的全部损失。
（四）服务终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并在甲方确认后删除。

八、知识产权
（一）云平台及其软件的知识产权归乙方所有。
（二）乙方为甲方专门配置的会员等级规则、积分方案、门店报表模板及相关文档归甲方所有，甲方可自行修改并交由其他服务商使用。

九、违约责任
（一）乙方未按第五条约定时间完成上线的，每逾期一日向甲方支付违约金¥500。
（二）甲方逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
（三）乙方在本合同项下的累计赔偿责任以本合同总价的两倍为限，但因乙方故意或重大过失造成的损失除外。

十、第三方服务
乙方可将门店现场部署、收银设备安装和上门维修等工作委托第三方服务商完成，但应提前书面告知甲方，并对第三方的工作负责。

十一、合同解除
（一）一方严重违约，经对方书面通知后15日内未纠正的，守约方有权解除本合同。
（二）因乙方原因连续两个月月可用率低于99.5%的，甲方有权解除本合同，并按实际服务期间结算费用。

十二、甲方的义务
（一）甲方应按时支付服务费，指定总部项目负责人，并在实施期间提供门店清单、菜单价格、原会员数据和收银设备信息。
（二）甲方应妥善保管各门店的登录账号和密码，因甲方员工泄露账号造成的损失由甲方自行承担。
（三）甲方门店应使用乙方认可型号的收银设备和打印机；使用其他设备的，乙方应配合测试，但不保证兼容。

十三、服务变更
（一）甲方新开门店的，应提前10日通知乙方，乙方应在门店开业前完成部署；新增门店的服务费按本合同单价自开通当月起按月计算。
（二）乙方对系统功能进行重大调整的，应提前30日通知甲方，且不得降低本合同约定的功能和服务水平。
（三）乙方系统版本升级应安排在门店营业时间以外进行，每次升级前应在测试环境验证。

十四、培训与服务支持
（一）乙方应在上线前为甲方总部运营人员和48家门店店长分批组织培训，培训内容包括点单收银、会员开卡、储值退款、营销券发放、交班对账和经营报表查看，并提供操作手册和视频教程。
（二）服务期内，乙方为甲方指定一名客户成功经理，每月与甲方召开一次服务回顾会，通报系统运行情况、故障处理记录和优化建议。
（三）乙方提供每日8:00至24:00的在线客服和电话支持，门店营业高峰期间应保证客服接通时间不超过1分钟。
（四）甲方新员工入职的，乙方可提供远程培训，不另收费用。
（五）乙方应在每个服务年度结束前提交年度服务报告，内容包括系统可用率统计、故障清单、门店使用情况和会员运营数据分析，供甲方评估服务质量。报告中引用的数据仅限甲方内部使用，乙方不得对外发布或用于宣传推广。

十五、不可抗力
因不可抗力导致本服务中断的，受影响一方应及时通知对方并尽力减少损失；不可抗力持续超过30日的，任何一方可书面通知解除本合同，双方按实际服务期间结算费用。

十六、通知
本合同项下的通知以书面形式发送至合同首部地址或双方指定的电子邮箱，电子邮件发出即视为送达。

十七、适用法律与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

十八、其他
本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：成都蜀茶坊餐饮管理有限公司
授权代表：__________
日期：2026年5月26日

乙方（盖章）：杭州云点信息技术有限公司
授权代表：__________
日期：2026年5月26日
"""

H437Z04 = """临江市公证处公证业务系统运维服务合同

项目编号：LJGZ-CS-2026-003（竞争性磋商）
合同编号：LJGZ-YW-2026-01

采购人（甲方）：临江市公证处
地址：临江市人民中路206号

供应商（乙方）：临江恒信信息技术服务有限公司
地址：临江市高新区科创大道18号

根据临江市公证处公证业务系统运维服务项目竞争性磋商文件、乙方的响应文件及成交通知书，甲乙双方就公证业务系统的运维服务订立本合同。

1. 服务范围
1.1 乙方负责甲方公证业务系统（含受理、审批、出证、电子卷宗、收费和档案子系统）、数据库、中间件、服务器、存储及与省公证信息平台接口的日常运行维护。
1.2 服务内容包括：派驻一名运维工程师驻场值守；远程技术支持和每月巡检；数据库及中间件的性能优化与备份检查；每半年一次的应急演练；年度安全加固及漏洞修复。
1.3 服务期限：2026年1月1日起至2026年12月31日止。服务期满本合同终止，下一期运维服务由甲方依法重新采购，本合同不自动续期。

2. 服务费用
2.1 本合同总价为人民币肆拾壹万捌仟元整（¥418,000），包含服务期内全部人工、工具、交通及税费。明细：驻场运维¥216,000；远程技术支持及巡检¥86,000；数据库及中间件维护¥72,000；应急演练及安全加固¥44,000。
2.2 本合同不设预付款。服务费按季度支付，每季度¥104,500，由甲方在当季服务考核合格后15个工作日内支付。

3. 服务要求
3.1 驻场工程师工作时间为工作日8:30至17:30，须具备数据库和操作系统运维经验，未经甲方同意不得更换。
3.2 乙方应每月提交运维报告，内容包括系统运行情况、故障处理记录、备份检查结果和改进建议。
3.3 乙方应于2026年3月31日前完成年度安全加固，并提交加固报告和漏洞复测报告。

4. 服务水平
4.1 公证业务系统月可用率不低于99.5%（经甲方批准的计划内维护时间除外）。
4.2 故障分级及处理时限：
（1）一级故障：系统整体中断或无法出证，乙方15分钟内响应，2小时内恢复；
（2）二级故障：部分子系统或省平台接口异常，30分钟内响应，8小时内恢复；
（3）三级故障：单个用户或一般功能问题，2小时内响应，2个工作日内解决。
4.3 月可用率每低于承诺值0.1个百分点，扣减当季服务费的2%；一级、二级故障每超时1小时，扣减¥800。上述扣款在当季服务费中直接扣除。

5. 考核与验收
5.1 甲方按季度对乙方服务进行考核，考核内容为：服务水平指标达成情况、运维报告的完整性、备份检查记录、驻场出勤记录和甲方业务部门满意度评价。考核得分80分以上为合格。
5.2 服务期满后，甲方依据四个季度的考核结果和年度安全加固报告组织年度验收，出具书面验收意见。考核不合格的，乙方应在10日内整改。

6. 数据安全
6.1 公证业务数据、电子卷宗、当事人个人信息及系统日志均属于甲方所有。乙方仅可在履行运维职责所必需的范围内接触上述数据，不得查询与运维无关的数据，不得复制、留存或对外提供。
6.2 乙方人员应使用甲方分配的账号，通过堡垒机进行操作，全部操作记录留存备查；禁止使用个人移动存储介质。
6.3 乙方应建立数据安全管理制度，签署人员安全责任书。发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，并配合处置；因乙方原因造成的，乙方承担全部赔偿责任，并承担相应的法律责任。

7. 保密
7.1 乙方对履约中接触的公证事项、当事人信息及甲方内部资料负有保密义务，不得向任何第三方泄露。乙方驻场人员应签署保密承诺书。
7.2 保密义务不因本合同终止而解除。

8. 知识产权
8.1 乙方在服务期内编写的运维文档、巡检脚本、应急预案及加固方案归甲方所有，甲方可自由使用、修改。
8.2 乙方保证其使用的工具软件具有合法授权。

9. 违约责任
9.1 乙方未按第3.3款约定期限完成年度安全加固的，每逾期一日按合同总价的千分之一向甲方支付违约金。
9.2 乙方驻场工程师无故缺勤的，每人每日扣减¥600。
9.3 乙方在本合同项下的累计赔偿责任以本合同总价的50%为限，但乙方违反第6条、第7条造成的损失不受此限。

10. 分包
10.1 乙方不得将本合同项下的服务分包或转包。

11. 合同解除
11.1 乙方连续两个季度考核不合格，或严重违反第6条、第7条的，甲方有权书面通知解除本合同，并按实际服务期间结算费用。
11.2 一方违约经书面催告后10日内未改正的，守约方有权解除本合同。

12. 驻场人员与备份管理
12.1 乙方驻场工程师应遵守甲方的考勤、门禁和机房管理制度，进入机房须登记。乙方更换驻场人员的，应提前10日书面申请，并完成工作交接。
12.2 乙方应每日检查数据库和电子卷宗的备份任务执行情况，每月进行一次备份恢复抽测，并将结果写入运维报告。发现备份失败的，应在当日完成补备并报告甲方。
12.3 乙方应配合甲方迎接上级主管部门和网络安全检查，提供所需的运维记录和技术说明。
12.4 服务期满或合同解除时，乙方应在10日内完成工作交接，移交全部账号、密码、运维文档和脚本，并协助下一期运维服务供应商熟悉系统。

12.5 乙方应建立运维工作台账，记录每次变更、补丁安装和配置调整的时间、内容、操作人和审批人。涉及生产环境的变更，乙方应提前提交变更方案和回退方案，经甲方信息化负责人批准后在非办公时间实施。
12.6 乙方应在每次应急演练前10日提交演练方案，演练结束后5日内提交总结报告，对发现的问题提出整改措施并跟踪落实。
12.7 乙方应为驻场工程师配备必要的备用人员。驻场工程师休假或生病的，乙方应在1个工作日内安排具备同等能力的人员顶岗，并事先报甲方备案。
12.8 甲方应为乙方驻场人员提供办公场所、必要的办公设备和系统访问权限，及时提供运维所需的技术资料，并指定一名联系人负责日常对接和考核。
12.9 公证业务系统如需与法院、不动产登记、婚姻登记等外部系统新增接口，不属于本合同的运维范围，由双方另行协商；但乙方应配合接口调试，提供系统现状说明和测试环境。乙方发现系统存在影响公证业务连续性的隐患的，应及时书面报告甲方并提出处理建议，经甲方同意后组织实施，实施结果应写入当月运维报告。

13. 不可抗力
13.1 因不可抗力导致不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明。不可抗力期间乙方应尽力保障系统核心业务运行。

14. 适用法律与争议解决
14.1 本合同适用中华人民共和国法律。发生争议协商不成的，向临江市人民法院提起诉讼。

15. 其他
15.1 磋商文件、响应文件和成交通知书为本合同组成部分。本合同一式四份，甲方三份，乙方一份，自双方签章之日起生效。

甲方（盖章）：临江市公证处    代表人：__________
乙方（盖章）：临江恒信信息技术服务有限公司    代表人：__________
签订日期：2025年12月22日
"""

H437Z05 = """# 智溯食品生产追溯系统软件许可及开发合同

> 长沙智溯信息科技有限公司 标准合同文本 ZS-HT-V4.0

合同编号：ZS-2026-WH-019

甲方（用户）：武汉楚香食品有限公司
地址：武汉市东西湖区食品工业园楚香路9号

乙方（开发方）：长沙智溯信息科技有限公司
地址：长沙市岳麓区麓谷大道627号

甲方主营卤制鸭脖、鸭翅等熟食产品的生产与销售。为实现原料、卤制、包装、冷链各环节的批次追溯，甲方向乙方采购智溯食品生产追溯系统的软件许可，并委托乙方进行定制开发。双方依据《中华人民共和国民法典》，订立本合同。

## 第一条 合同标的

（1）乙方向甲方提供智溯食品生产追溯系统（以下简称“追溯系统”）的永久使用许可，部署于甲方工厂机房。

（2）乙方按甲方需求进行定制开发，包括：卤制线和包装线称重设备及PLC数据对接；与甲方金蝶ERP的原料采购和成品出库接口；冷库及冷链车温度数据接入；面向经销商和消费者的扫码追溯页面。

（3）乙方负责系统部署、初始化配置和操作培训。

## 第二条 合同价款

本合同总价为人民币玖拾玖万元整（¥990,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 追溯平台基础版软件许可（永久） | 420,000 |
| 2 | 批次赋码模块许可 | 180,000 |
| 3 | 冷链温控模块许可 | 120,000 |
|  | 软件许可小计 | 720,000 |
| 4 | 定制开发（设备对接、ERP接口、冷链接入、扫码页面） | 210,000 |
| 5 | 部署实施及培训 | 60,000 |
|  | 合计 | 990,000 |

## 第三条 付款方式

（1）合同签订后7个工作日内，甲方支付合同总价的50%，即¥495,000。乙方收到该笔款项后开始开发工作。

（2）系统上线试运行后7个工作日内，甲方支付合同总价的45%，即¥445,500。

（3）系统验收合格后7个工作日内，甲方支付合同总价的5%，即¥49,500。

（4）甲方逾期付款的，乙方有权暂停开发和服务，交付期限相应顺延。

## 第四条 交付

乙方应在收到首付款后120日内完成系统部署和定制开发，并通知甲方上线试运行。因甲方未及时提供需求资料、场地或设备接口条件造成的延误，交付期限相应顺延。

## 第五条 验收

（1）验收标准为本合同附件一《功能清单》及附件二《接口清单》所列功能和接口全部实现，试运行期间批次追溯链条完整、称重数据与ERP出库数据核对一致。

（2）试运行期为30日。试运行结束后，乙方提交验收申请，甲方应在10个工作日内组织验收并签署验收报告。

## 第六条 免费维护

（1）系统验收合格后，乙方提供六个月的免费维护，内容包括缺陷修复、远程技术支持和小版本升级。

（2）免费维护期内，乙方按以下时限响应故障：一级故障（系统无法使用或追溯数据无法采集）8小时内响应，二级故障1个工作日内响应，三级故障3个工作日内响应。

（3）乙方将尽力在上述时限内响应和处理，但对于故障处理时间，乙方不承担扣款、赔偿或违约金责任。

## 第七条 有偿维护

（1）免费维护期满后，甲方应按年度向乙方购买维护服务，年度维护费为软件许可小计的25%，即每年¥180,000，于每个维护年度开始前支付。

（2）有偿维护期间的服务内容和响应时限与第六条相同。

## 第八条 知识产权

（1）追溯系统的著作权及相关知识产权归乙方所有。

（2）乙方为甲方定制开发的程序、接口、扫码页面及相关源代码、文档，其知识产权均归乙方所有。甲方在本合同约定范围内享有非独占的使用权，未经乙方书面许可，不得修改、复制或提供给第三方使用。

## 第九条 数据

（1）甲方在追溯系统中产生的生产数据、批次数据和经销商信息归甲方所有。

（2）乙方应采取访问控制、数据备份和操作日志等安全措施保护甲方数据；乙方远程维护须经甲方同意。因乙方原因导致甲方数据泄露或丢失的，乙方应及时通知甲方并承担相应的赔偿责任。

（3）甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方产品改进、行业分析报告及为其他客户提供的服务。

## 第十条 保密

双方对在履行本合同过程中获知的对方商业秘密和技术资料负有保密义务，未经对方书面同意，不得向第三方披露。本条在合同终止后三年内有效。

## 第十一条 违约责任

（1）乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

（2）甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金。

（3）无论基于何种原因，乙方在本合同项下承担的全部赔偿责任（含违约金）累计不超过合同总价的20%，且乙方不承担任何间接损失或利润损失。

## 第十二条 合同解除

一方严重违约，经守约方书面催告后15日内仍未纠正的，守约方有权解除本合同。

## 第十三条 甲方责任

（1）甲方应指定项目联系人，及时提供生产工艺流程、批次编码规则、原料和成品清单等资料，并对乙方提交的需求确认书在5个工作日内予以确认。

（2）甲方应提供系统运行所需的服务器、网络环境和称重设备通讯接口，并协调设备厂家配合对接。

（3）甲方应安排操作人员参加培训，按照操作手册规范使用系统，不得自行修改系统程序或数据库结构。

## 第十四条 系统环境与数据迁移

（1）追溯系统的运行环境为Linux操作系统和MySQL数据库，服务器配置以乙方提供的部署方案为准。甲方自行采购的服务器和网络设备不在本合同范围内。

（2）甲方原有的纸质批次记录和电子表格，如需导入系统，由甲方按乙方提供的模板整理，乙方负责导入和核对，导入数量以附件一为准。

（3）系统上线前，乙方应协助甲方完成赋码设备、扫码枪和标签打印机的安装调试，并对甲方现场人员进行操作演示。赋码设备、扫码枪和标签打印机由甲方按乙方推荐的型号自行采购，其质量问题由设备供应商负责；乙方负责这些设备与追溯系统的通讯对接，对接完成后应出具测试记录，记录每台设备的型号、编号和测试结果，由双方现场人员签字确认，并在设备更换型号时提供必要的适配服务，适配工作按乙方当时的人天单价另行收费。

## 第十五条 培训

乙方为甲方提供系统管理员培训和车间操作人员培训各一期，培训地点在甲方工厂。培训内容包括批次赋码、扫码追溯、冷链温度查看、报表导出和日常维护。培训结束后，乙方提供培训教材和操作手册电子版。

## 第十六条 不可抗力

因不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。

## 第十七条 争议解决

因本合同产生的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院起诉。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件与本合同具有同等效力。

甲方（盖章）：武汉楚香食品有限公司　　授权代表：__________

乙方（盖章）：长沙智溯信息科技有限公司　　授权代表：__________

日期：2026年5月12日
"""

H437E01 = """T:Software Licence and Services Agreement
P:Agreement No. SLA-2026-CN-031
P:This Software Licence and Services Agreement (the "Agreement") is made on 14 April 2026 between:
P:(1) Murtal Softworks GmbH, a company registered in Austria with its office at Annenstrasse 42, 8020 Graz, Austria (the "Licensor"); and
P:(2) Jiangyin Hengtai Auto Parts Co., Ltd., a company established in the People's Republic of China with its office at 18 Chengjiang Road, Jiangyin, Jiangsu Province (the "Customer").
P:Background: The Customer makes brake and steering components for vehicle manufacturers and wishes to replace its paper-based quality records with a computer-aided quality (CAQ) system. The Licensor develops and licenses the MURTAL CAQ software. At the Customer's request, all prices in this Agreement are stated and paid in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the MURTAL CAQ server, client and SPC modules listed in Annex A, in object code, with their documentation.
P:1.2 "Custom Deliverables" means the reports, interfaces and configuration scripts written by the Licensor specifically for the Customer under Annex B, including their source code.
P:1.3 "Go-Live" means the first day on which the Software is used for production inspections on the Customer's lines after the Licensor has completed installation and data migration.
P:1.4 "Final Acceptance" means the Customer's written acceptance certificate issued under Article 5.
H:Article 2 Licence
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at its plants in Jiangyin and Wuxi for the number of named users set out in Annex A.
P:2.2 The Customer may make copies of the Software for backup and testing. Additional users may be purchased at the unit price in Annex A for the duration of the warranty period.
H:Article 3 Price
P:3.1 The total price of this Agreement is CNY 1,280,000 (the "Contract Price"), inclusive of all taxes, duties and travel costs, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|CAQ server licence (perpetual)|380,000
TB:2|Named user licences, 60 users at CNY 6,500|390,000
TB:3|SPC and gauge management module|140,000
TB:|Licence subtotal|910,000
TB:4|Implementation, data migration and interfaces|326,000
TB:5|Training of key users and administrators|44,000
TB:|Total Contract Price|1,280,000
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Contract Price (CNY 128,000) within 20 days after signature of this Agreement, against the Licensor's invoice.
P:4.2 The Customer shall pay 55% of the Contract Price (CNY 704,000) within 20 days after Go-Live.
P:4.3 The Customer shall pay the remaining 35% of the Contract Price (CNY 448,000) within 20 days after Final Acceptance.
P:4.4 The Licensor shall issue a valid invoice for each instalment. Bank charges outside China are borne by the Licensor.
H:Article 5 Delivery and Acceptance
P:5.1 The Licensor shall achieve Go-Live within 100 days after signature, according to the project plan in Annex B.
P:5.2 After Go-Live the parties shall carry out the acceptance tests in Annex C. Final Acceptance requires that: (a) every function in the specification has been demonstrated; (b) inspection records, control charts and gauge records migrated from the old system reconcile with the source files; (c) the interfaces with the Customer's ERP and measuring machines have run for 20 consecutive working days without a Severity 1 fault; and (d) all documentation and the source code of the Custom Deliverables have been handed over.
P:5.3 The Customer shall issue the Final Acceptance certificate within 10 working days after the tests are passed, or list the defects in writing. Go-Live, production use or any payment does not constitute Final Acceptance.
H:Article 6 Warranty
P:6.1 The Licensor warrants that the Software and the Custom Deliverables will conform to the specification for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Licensor shall correct defects, supply updates and new versions, and provide remote and on-site support free of charge.
P:6.2 The warranty does not cover defects caused by modifications made by the Customer without the Licensor's advice, or by hardware not meeting the published requirements.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The Annual Support Fee is 14% of the Licence subtotal, that is CNY 127,400 for each support year. The fee is fixed for the first three support years and shall not exceed 14% of the Licence subtotal afterwards.
P:7.2 Support is ordered by a purchase order for each support year and does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any support year, the Licensor shall respond to faults as follows: Severity 1 (the Software cannot be used for production inspections) within 1 hour, with a workaround within 8 hours; Severity 2 (a function is impaired) within 2 hours; Severity 3 within 2 working days. The Licensor's hotline in Suzhou is staffed in the Customer's working hours, and Severity 1 faults may be reported at any time.
P:8.2 For each full hour by which a Severity 1 response or workaround is late, the Licensor shall pay the Customer CNY 1,000, which the Customer may set off against any amount due.
H:Article 9 Customer Data and Data Security
P:9.1 All data entered into or generated by the Software, including inspection results, measurement data and supplier quality data, is Customer Data and belongs to the Customer. The Licensor may use Customer Data only to perform this Agreement.
P:9.2 The Software is installed on the Customer's servers. The Licensor shall access the Customer's systems only through the remote access channel approved by the Customer for each session, shall not copy Customer Data out of the Customer's systems, and shall comply with the Customer's security policies and with the PRC Data Security Law and Personal Information Protection Law.
P:9.3 The Licensor shall notify the Customer within 24 hours of any actual or suspected unauthorised access to Customer Data caused by the Licensor or its personnel, shall take all necessary remedial steps, and shall compensate the Customer for the losses arising from it.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information received from the other party, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Intellectual Property
P:11.1 The Licensor retains all rights in the Software.
P:11.2 The Custom Deliverables belong to the Customer on delivery. The Customer may use, modify and license them freely, also through third parties.
P:11.3 The Licensor shall indemnify the Customer against third-party claims that the Software or the Custom Deliverables infringe intellectual property rights.
H:Article 12 Delay and Liability
P:12.1 If the Licensor fails to achieve Go-Live by the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:12.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. This limit does not apply to breaches of Articles 9 and 10, to wilful misconduct or to personal injury.
H:Article 13 Subcontracting
P:13.1 The Licensor shall not subcontract any part of the services without the Customer's prior written consent and remains responsible for its subcontractors.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving notice.
P:14.2 The Customer may also terminate if the delay damages under Article 12.1 reach their maximum. On termination the Licensor shall refund the amounts paid for services not performed.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of Austria, excluding the UN Convention on Contracts for the International Sale of Goods.
P:15.2 Any dispute arising out of this Agreement shall be finally settled under the Vienna Rules of the Vienna International Arbitral Centre by three arbitrators. The seat of arbitration is Vienna, and the language is English.
H:Article 16 Customer Obligations and Force Majeure
P:16.1 The Customer shall provide the servers, operating system and database licences described in Annex B, give the Licensor's consultants access to its plants during working hours, and make its quality engineers available for workshops and tests.
P:16.2 If a party is prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic measures, war or government action, it shall notify the other party promptly, give evidence of the event and do what it reasonably can to limit its effects. Performance periods are extended by the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice, and fees are settled for the services actually performed.
H:Article 17 General
P:17.1 This Agreement, with Annex A (licence list), Annex B (project plan and custom scope) and Annex C (acceptance tests), is the entire agreement between the parties. Amendments must be in writing and signed by both parties.
P:17.2 Notices shall be in writing and sent to the addresses above. This Agreement is made in two English originals, one for each party.
P:For Murtal Softworks GmbH: ____________________  Name: Katharina Pichler, Managing Director
P:For Jiangyin Hengtai Auto Parts Co., Ltd.: ____________________  Name: Zhou Wenbin, General Manager
"""

H437E02 = """# ORDER FORM — Katalogo PIM Cloud

**Order Form No.** KT-OF-2026-0388
**Supplier:** Katalogo s.r.o., Purkyňova 99, 612 00 Brno, Czech Republic ("Katalogo")
**Customer:** Ningbo Haiyue Cross-border Trading Co., Ltd., 55 Zhongxing Road, Yinzhou District, Ningbo, Zhejiang, China ("Customer")

This Order Form is entered into under, and incorporates, the Katalogo General Terms for Cloud Services set out below (the "General Terms"). If the Order Form and the General Terms conflict, the Order Form prevails. At the Customer's request, all fees are stated and invoiced in Chinese yuan (CNY).

## Part A — Order Details

### Section A.1 Services

Katalogo will provide its product information management platform "Katalogo PIM Cloud" to the Customer, to manage product data, images and translations for the Customer's catalogue of household goods and to publish listings to the marketplaces named in Annex 1. Katalogo will also perform the onboarding services described in Section A.4.

### Section A.2 Subscription Term

The Subscription Term starts on 1 July 2026 (the "Subscription Start Date") and consists of two Subscription Years, ending on 30 June 2028, unless renewed under Section B.3.

### Section A.3 Fees

| Item | Quantity | Unit price (CNY) | Per Subscription Year (CNY) | Subscription Term (CNY) |
|---|---|---|---|---|
| PIM Cloud platform, Business edition | 1 | 186,000 | 186,000 | 372,000 |
| Named user seats | 35 | 2,400 | 84,000 | 168,000 |
| Onboarding services (one-time) | 1 | 46,000 | — | 46,000 |
| **Total fees** | | | | **586,000** |

Marketplace publishing above 400,000 listing updates per month is charged at CNY 0.02 per update and is not included in the total fees.

### Section A.4 Onboarding

A.4.1 Onboarding covers: import of the Customer's existing product data (about 18,000 SKUs) from spreadsheets and the Customer's ERP; set-up of attribute models, workflows and user roles; connection of the marketplace channels in Annex 1; and training of up to 10 administrators.

A.4.2 Katalogo shall complete onboarding by 15 August 2026. The Customer shall test the onboarding against the acceptance checklist in Annex 2, which requires: all SKUs imported with their attributes and images; a sample of 300 SKUs checked field by field without error; successful publication of test listings to each marketplace channel; and working single sign-on. When every item on the checklist has passed, the Customer signs an Onboarding Acceptance Certificate. Use of the platform before signature is not acceptance.

A.4.3 If onboarding is not accepted by 15 August 2026 for reasons attributable to Katalogo, Katalogo shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

### Section A.5 Payment

A.5.1 Subscription fees are invoiced quarterly in arrears, CNY 67,500 per quarter, payable within 30 days of the invoice.

A.5.2 The onboarding fee is invoiced after the Onboarding Acceptance Certificate is signed and is payable within 30 days.

A.5.3 No amount is payable before the Subscription Start Date.

### Section A.6 Contacts

Katalogo account manager: Tomáš Novák, tomas.novak@katalogo.cz. Customer project lead: Chen Lijuan, IT Department.

Signed for Katalogo s.r.o.: ____________________ Name: Petra Dvořáková, Managing Director. Date: 2 June 2026

Signed for Ningbo Haiyue Cross-border Trading Co., Ltd.: ____________________ Name: Wang Haoyu, General Manager. Date: 2 June 2026

## Part B — Katalogo General Terms for Cloud Services

### Section B.1 Use of the Services

B.1.1 Katalogo grants the Customer a non-exclusive, non-transferable right to use the Services during the Subscription Term for its internal business and for its affiliates in China, within the number of seats ordered.

B.1.2 The Customer is responsible for its users' conduct and for keeping its login credentials secure.

### Section B.2 Service Levels

B.2.1 Katalogo will make the platform available 99.95% of each calendar month, excluding planned maintenance announced at least 48 hours in advance and carried out between 22:00 and 04:00 China time.

B.2.2 Katalogo will respond to support requests as follows: Severity 1 (platform unavailable or publishing to all channels stopped) within 30 minutes, at any time; Severity 2 (a major function impaired) within 2 hours; Severity 3 within 1 business day.

B.2.3 If availability in a month falls below the commitment in B.2.1, the Customer receives a service credit of 5% of that month's subscription fees for each full 0.1 percentage point of shortfall, up to 50%. A late Severity 1 response earns a credit of CNY 1,000 per hour. Credits are deducted from the next invoice.

### Section B.3 Renewal and Price Changes

B.3.1 After the Subscription Term, the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the then-current term.

B.3.2 Katalogo may increase the subscription fees for any renewal Subscription Year by up to 8% by giving the Customer notice at least 90 days before the renewal date.

### Section B.4 Customer Data

B.4.1 Customer Data means all product data, images, texts and other content uploaded by or for the Customer. As between the parties, the Customer owns the Customer Data.

B.4.2 The Customer grants Katalogo a licence to host, copy and process Customer Data to provide the Services.

B.4.3 Katalogo may collect usage information and may compile aggregated and anonymised data derived from Customer Data, and may use such data, during and after the Subscription Term, to improve its products, to train its attribute-suggestion models and to publish industry benchmarks.

### Section B.5 Data Security

B.5.1 The platform is hosted for the Customer in Alibaba Cloud's Hangzhou region. Katalogo holds an ISO 27001 certificate, encrypts Customer Data in transit and at rest, applies role-based access with multi-factor authentication, and keeps access logs for at least 180 days.

B.5.2 Katalogo shall notify the Customer within 24 hours after becoming aware of a security incident affecting Customer Data, shall investigate and contain it, and shall bear the costs and losses arising from incidents caused by its breach of this Section.

B.5.3 On expiry or termination Katalogo shall make the Customer Data available for export for 30 days and then delete it.

### Section B.6 Intellectual Property

B.6.1 Katalogo owns the platform and all improvements to it.

B.6.2 The attribute models, workflows, channel mappings and export templates configured specifically for the Customer during onboarding ("Customer Configurations") belong to the Customer, who may use, modify and hand them over to any third party.

### Section B.7 Confidentiality

Each party shall keep the other party's confidential information secret, use it only for the purposes of this agreement and disclose it only to employees and advisers who need to know it. This obligation survives for three years after termination.

### Section B.8 Subcontracting

Katalogo may use the hosting provider named in B.5.1. Any other subcontractor or sub-processor requires the Customer's prior written consent, and Katalogo remains responsible for it.

### Section B.9 Liability

B.9.1 Neither party is liable for indirect or consequential loss or lost profits.

B.9.2 Katalogo's total aggregate liability arising out of or in connection with this agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

### Section B.10 Term and Termination

B.10.1 Either party may terminate this agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

B.10.2 On termination for Katalogo's breach, Katalogo shall refund any fees paid for the period after termination.

### Section B.11 Governing Law and Disputes

This agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

### Section B.12 Customer Responsibilities

B.12.1 The Customer shall provide product data in the templates supplied by Katalogo, name a project lead with authority to take decisions during onboarding, and make its marketplace account administrators available to connect the channels.

B.12.2 The Customer shall review the results of each onboarding stage within five business days and report any errors in writing, so that Katalogo can correct them before the acceptance test.

B.12.3 The Customer shall not use the platform to store data that it has no right to publish, and is responsible for the accuracy of the product information it publishes.

### Section B.13 Force Majeure

If a party is prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic measures, war or government action, it shall notify the other party promptly, give evidence of the event and do what it reasonably can to limit its effects. Performance periods are extended by the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice, and fees are settled for the services actually performed.

### Section B.14 General

Notices must be in writing and sent by e-mail with a copy by courier. Neither party may assign this agreement without the other party's consent. This agreement is the entire agreement between the parties on its subject matter.
"""

H437E03 = """T:Supply Contract for Grain Temperature and Humidity Monitoring Equipment
P:Contract No. ZKGR-EQ-2026-09
P:Buyer: Zhoukou Central Grain Reserve Depot Co., Ltd., 66 Wenchang Avenue, Chuanhui District, Zhoukou, Henan Province, China (the "Buyer")
P:Supplier: Povazie Sensorics s.r.o., Framborska 12, 010 01 Zilina, Slovak Republic (the "Supplier")
P:The Buyer stores wheat and maize in 24 flat warehouses and 6 silos and must monitor grain temperature and humidity under the national grain storage rules. After comparing offers, the Buyer has chosen the Supplier to supply, install and commission a cable-based monitoring system. The parties therefore agree as follows. All prices are in Chinese yuan (CNY).
H:1. Definitions
P:1.1 "Equipment" means the sensor cables, humidity sensors, gateways and accessories listed in Clause 3.
P:1.2 "Software" means the Supplier's GrainWatch monitoring software, licensed under Clause 2.3, and its documentation.
P:1.3 "Installation Certificate" means the Buyer's signed record that the Equipment has been installed in all warehouses and silos. It is not acceptance.
P:1.4 "Final Acceptance" means the Buyer's signed certificate under Clause 6.3.
H:2. Scope of Supply
P:2.1 The Supplier shall supply the Equipment, install it in the Buyer's warehouses and silos at the depot, connect it to the Buyer's on-site server, configure the Software and train the Buyer's staff.
P:2.2 The Equipment shall be new, of the models specified in the Supplier's tender, and suitable for continuous use between -30 °C and +50 °C in a dusty environment.
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the depot for any number of users.
H:3. Contract Price
P:3.1 The Contract Price is CNY 1,300,000, inclusive of taxes, duties, transport, insurance and all installation costs. It is fixed for the whole Contract.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Grain temperature cable, 7 sensing points|96|6,500|624,000
TB:2|Humidity and headspace sensor|24|3,250|78,000
TB:3|Wireless gateway with UPS|12|14,500|174,000
TB:4|GrainWatch software licence (perpetual, site)|1|250,000|250,000
TB:|Hardware and Licence Subtotal|||1,126,000
TB:5|Installation, cabling and commissioning|1|148,000|148,000
TB:6|Training of storekeepers and IT staff|1|26,000|26,000
TB:|Contract Price|||1,300,000
H:4. Payment
P:4.1 Advance payment: 20% of the Contract Price (CNY 260,000) within 15 working days after signature, against the Supplier's invoice and a bank guarantee for the same amount issued by a bank in China.
P:4.2 Installation payment: 45% of the Contract Price (CNY 585,000) within 15 working days after the Installation Certificate.
P:4.3 Final payment: 35% of the Contract Price (CNY 455,000) within 15 working days after Final Acceptance.
P:4.4 Each payment is made by bank transfer against a valid invoice.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the depot within 60 days after signature and complete installation within 30 days after delivery. Installation inside warehouses shall be carried out only when the Buyer's storekeepers are present and shall follow the Buyer's safety rules for work on grain piles.
P:5.2 If delivery or completion of installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to 10% of the Contract Price. If the delay exceeds 45 days the Buyer may terminate under Clause 13.
H:6. Testing and Acceptance
P:6.1 After installation the Supplier shall calibrate every sensing point against a reference thermometer. No point may deviate by more than 0.5 °C.
P:6.2 The system shall then run for 14 consecutive days. During that period: every sensor shall report at every scheduled reading with no more than 2 missing readings per sensor; alarms for temperature rise and high humidity shall be tested in at least two warehouses and one silo; and reports required by the grain storage rules shall be produced by the Software.
P:6.3 When all tests in Clauses 6.1 and 6.2 have been passed and the Supplier has delivered the as-built drawings, manuals and test records, the Buyer shall issue the Final Acceptance certificate within 7 working days. Installation, use of the system or payment does not amount to acceptance.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour and travel.
P:7.2 The Supplier shall keep spare sensor cables and gateways in stock with its service partner in Zhengzhou, so that a faulty cable or gateway can be replaced without waiting for a shipment from Europe. Replaced parts become the Supplier's property once the Buyer has confirmed that no data remains on them.
H:8. Support after Warranty
P:8.1 After the warranty period, the Buyer may buy annual support at 7% of the Hardware and Licence Subtotal per year (CNY 78,820). This fee is fixed for the first two years after the warranty period and may afterwards be changed only by written agreement.
P:8.2 Support after the warranty is ordered year by year and does not renew automatically.
H:9. Service Levels
TB:Fault level|Description|Response|On-site or fix
TB:Critical|Monitoring lost for a whole warehouse or silo, or the server does not collect data|1 hour by telephone or remote|Within 24 hours
TB:Major|Several cables or one gateway faulty|2 hours|Within 48 hours
TB:Minor|A single sensing point or a report issue|1 working day|Next visit
P:9.1 The levels in the table apply during the warranty period and any support year.
P:9.2 For each hour by which a Critical response or on-site time is exceeded, the Supplier shall pay CNY 800. The Buyer may deduct these amounts from any payment or from the bank guarantee.
H:10. Buyer Data
P:10.1 All readings, alarm records, reports and depot data collected by the system belong to the Buyer and are stored on the Buyer's server. The Supplier may use them only to perform this Contract and shall not copy them or transfer them outside the depot.
P:10.2 Remote access by the Supplier requires the Buyer's approval for each session, uses the Buyer's VPN, and is logged. The Supplier shall comply with the Buyer's information security rules and the PRC Data Security Law.
P:10.3 The Supplier shall report any security incident affecting Buyer data within 12 hours, take remedial measures at its own cost, and is liable for the losses caused by its breach of this Clause.
H:11. Confidentiality and Intellectual Property
P:11.1 Each party shall keep confidential the other party's non-public information, including the Buyer's storage quantities and depot layout, and shall not disclose it without prior written consent. This duty continues for three years after the end of the Contract.
P:11.2 The Software remains the Supplier's property. Drawings, configurations, alarm rules and report templates prepared specifically for the Buyer belong to the Buyer, who may use and modify them and give them to another contractor.
H:12. Liability and Subcontracting
P:12.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Clause 10, which are not limited.
P:12.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The Buyer approves the Supplier's service partner in Zhengzhou named in the tender for on-site installation work. The Supplier is responsible for all subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay under Clause 5.2 exceeds 45 days.
H:14. Buyer's Obligations and Force Majeure
P:14.1 The Buyer shall provide power at each warehouse, space for the gateways, a server room for the on-site server, and escorted access to the warehouses and silos when the Supplier's installers need it.
P:14.2 The Buyer shall name a storekeeper for each warehouse to witness installation and tests and to sign the test records.
P:14.3 If a party is prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic measures, war or government action, it shall notify the other party promptly, give evidence of the event and do what it reasonably can to limit its effects. Performance periods are extended by the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice, and fees are settled for the services actually performed.
H:15. Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Zhengzhou Arbitration Commission for arbitration in Zhengzhou.
P:15.2 This Contract is made in four English and Chinese originals, two for each party. Both language versions have equal force.
P:For the Buyer: ____________________ Name: Liu Jianguo, General Manager
P:For the Supplier: ____________________ Name: Marek Kovac, Managing Director
P:Date: 21 May 2026
"""

H437E04 = """# Managed Application Services Agreement

**Agreement reference:** TDO-MAS-2026-114

**Between**

**Tisza Digital Operations Kft.**, a company registered in Hungary, Kárász utca 11, 6720 Szeged, Hungary ("Provider"); and

**Foshan Linde Furniture Manufacturing Co., Ltd.**, a company incorporated in China, 8 Longjiang Industrial Avenue, Shunde District, Foshan, Guangdong ("Customer").

**Background**

(A) Customer runs an ERP system for production planning, purchasing, warehousing and export shipping at its two factories in Shunde. The ERP is hosted in Customer's own data room.

(B) Customer wishes to outsource the day-to-day support, monitoring and minor enhancement of the ERP to Provider, which operates a support centre with Chinese- and English-speaking consultants.

(C) At Customer's request all charges under this Agreement are stated and paid in Chinese yuan (CNY).

## 1. Definitions

1.1 **"Services"** means the transition services and the managed application services described in Schedule 1.

1.2 **"Service Commencement Date"** means the date on which Customer signs the Transition Acceptance Certificate under clause 4.

1.3 **"Initial Term"** means the period starting on 1 May 2026 and ending on 30 April 2028.

1.4 **"Incident"** means an unplanned interruption to, or reduction in the quality of, the ERP.

1.5 **"Customer Data"** means all data of Customer or its customers and suppliers that Provider can access when performing the Services.

## 2. Services

2.1 Provider shall perform the Services with due skill and care, in accordance with this Agreement, the service levels in Schedule 2 and Customer's reasonable instructions.

2.2 Provider shall name a service delivery manager who attends a monthly service review with Customer at the Shunde site or by video call and who submits a written service report before each review.

2.3 Minor enhancements of up to 45 consultant days per contract year are included in the Monthly Service Charge. Further work is ordered by separate change requests at the day rate in Schedule 3.

## 3. Term

3.1 This Agreement starts on signature and continues until the end of the Initial Term.

3.2 The parties may extend this Agreement by a written amendment signed by both of them. It does not renew automatically.

## 4. Transition and Acceptance

4.1 Provider shall complete transition by 30 June 2026. Transition comprises knowledge transfer from Customer's current team, documentation of all interfaces and batch jobs, preparation of runbooks, set-up of monitoring and a shadow period of 10 working days during which Provider handles Incidents under supervision.

4.2 Transition is accepted when: (a) runbooks for all interfaces and batch jobs listed in Schedule 1 are delivered and approved by Customer's IT manager; (b) monitoring alerts are tested for each critical batch job; (c) during the shadow period Provider resolves at least 20 Incidents within the Schedule 2 targets; and (d) Provider's consultants pass Customer's walkthrough of the month-end closing process. Customer then signs the Transition Acceptance Certificate. Provider's presence on site or its handling of Incidents does not by itself mean acceptance.

4.3 If transition is not accepted by 30 June 2026 for reasons attributable to Provider, Provider shall pay Customer CNY 900 for each day of delay, up to CNY 45,000.

## 5. Charges and Payment

5.1 The charges are set out in Schedule 3. The Transition Fee is invoiced after the Transition Acceptance Certificate is signed. The Monthly Service Charge is invoiced monthly in arrears from the Service Commencement Date.

5.2 Customer shall pay each correct invoice within 30 days of receipt. No charge is payable in advance.

5.3 The charges are fixed for the Initial Term.

## 6. Service Levels and Service Credits

6.1 Provider shall meet the response and resolution times in Schedule 2. Service levels are measured monthly and reported in the service report.

6.2 If a service level is missed, Customer is entitled to the service credits in Schedule 2, which are deducted from the next invoice. Service credits do not prevent Customer from claiming damages for serious or repeated failures.

## 7. Customer Data

7.1 Customer Data belongs to Customer.

7.2 Provider shall use Customer Data only to perform the Services and shall not sell, disclose or otherwise exploit it.

## 8. Confidentiality

8.1 Each party shall keep confidential any information of the other party that is marked confidential or that should reasonably be understood to be confidential, including Customer's prices, customer lists and product designs. It shall use such information only for this Agreement and disclose it only to its employees and subcontractors who need to know it and are bound by similar duties.

8.2 This clause continues for three years after termination.

## 9. Intellectual Property

9.1 Runbooks, scripts, reports and enhancements written by Provider for Customer under this Agreement belong to Customer on creation, and Customer may use, modify and hand them to any other service provider.

9.2 Provider keeps its general tools, templates and know-how, and grants Customer a free licence to use any of them that are embedded in the deliverables.

## 10. Subcontracting

10.1 Provider may subcontract any part of the Services to its affiliates or to third-party contractors by giving Customer written notice at least 10 days before the subcontractor starts work.

10.2 Provider remains responsible for the acts and omissions of its subcontractors.

## 11. Liability

11.1 Neither party is liable for loss of profit or indirect loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the total charges payable for the Initial Term. This limit does not apply to breach of clause 8, to wilful misconduct, or to personal injury.

## 12. Termination

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.

12.2 Customer may terminate by written notice if Provider misses the Priority 1 resolution target in three consecutive months.

12.3 On expiry or termination, Provider shall give reasonable exit assistance for up to 60 days at the day rate in Schedule 3, return all Customer documents, and hand over the runbooks and scripts.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai in accordance with its rules in force at the time.

## 14. Force Majeure

If a party is prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic measures, war or government action, it shall notify the other party promptly, give evidence of the event and do what it reasonably can to limit its effects. Performance periods are extended by the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice, and fees are settled for the services actually performed.

## 15. General

15.1 Notices shall be in writing and delivered by courier or e-mail to the addresses above.

15.2 This Agreement, with its Schedules, is the entire agreement of the parties on its subject. Any change must be in writing and signed by both parties.

Signed for Tisza Digital Operations Kft.: ____________________ Name: Gábor Szabó, Chief Executive. Date: 20 April 2026

Signed for Foshan Linde Furniture Manufacturing Co., Ltd.: ____________________ Name: Liang Zhiqiang, Deputy General Manager. Date: 20 April 2026

## Schedule 1 — Scope of Services

| Service | Description |
|---|---|
| Service desk | Chinese and English support from 08:00 to 20:00 China time on working days; Priority 1 on call at all times |
| Application support | Incident and problem management for the ERP modules, interfaces and batch jobs |
| Monitoring | Monitoring of interfaces, batch jobs and database jobs with automatic alerts |
| Month-end support | Support of month-end and year-end closing on site in Shunde |
| Minor enhancements | Reports, forms and workflow changes, up to 45 consultant days per contract year |

## Schedule 2 — Service Levels and Credits

| Priority | Definition | Response | Resolution or workaround | Credit if missed |
|---|---|---|---|---|
| Priority 1 | ERP down, or shipping or production blocked | 30 minutes | 6 hours | 5% of the Monthly Service Charge per Incident |
| Priority 2 | Important function impaired, workaround available | 1 hour | 1 working day | 2% of the Monthly Service Charge per Incident |
| Priority 3 | Minor issue or question | 8 working hours | 5 working days | none |

The total credits in any month are limited to 20% of that month's Monthly Service Charge.

## Schedule 3 — Charges

| Charge | Amount (CNY) |
|---|---|
| Transition Fee (one-time) | 58,000 |
| Monthly Service Charge, 24 months × CNY 42,500 | 1,020,000 |
| Total charges for the Initial Term | 1,078,000 |
| Day rate for additional work | 4,800 per consultant day |
"""

H437E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. WDS-API-2026-207

THIS AGREEMENT is made on 9 June 2026

BETWEEN

WISLA DATA SERVICES SP. Z O.O., a limited liability company registered in Poland, with its registered office at ul. Wielopole 17, 31-072 Krakow, Poland ("Provider"); and

YIWU HONGDA IMPORT & EXPORT CO., LTD., a company established in the People's Republic of China, with its office at 388 Chouzhou North Road, Yiwu, Zhejiang Province ("Customer").

BACKGROUND

Customer exports small commodities to wholesalers and retailers in the European Union and sells on credit to many of them. Provider operates the "EuroFirm API", which gives access to company register data, financial statements, payment behaviour scores and insolvency notices for companies in the European Union. Customer wishes to connect the EuroFirm API to its order and credit control system so that its sales staff can check a buyer before an order is released. At Customer's request, all fees are stated and paid in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "API" means the EuroFirm application programming interface, its endpoints and the data returned by it, as described in the API documentation published by Provider.

1.2 "Provider Data" means the company data, scores and notices delivered to Customer through the API.

1.3 "Query Data" means the company names, registration numbers, order values and other information that Customer sends to the API, together with the logs of Customer's queries.

1.4 "Subscription Year" means each of the two consecutive periods starting on the Start Date and on its first anniversary.

1.5 "Start Date" means the date on which Customer signs the Access Acceptance Note under clause 4.

2. SUBSCRIPTION AND LICENCE

2.1 Provider grants Customer, for the Subscription Term, a non-exclusive, non-transferable licence to access the API with the keys issued to it and to use the Provider Data for its own credit decisions, sales checks and internal reporting.

2.2 Customer may store Provider Data in its own systems for as long as needed for its credit files, but may not resell Provider Data or publish it.

2.3 The subscription includes up to 60,000 API calls per Subscription Year across all endpoints. Calls above that volume are charged at CNY 1.20 per call.

3. TERM

3.1 The Subscription Term starts on the Start Date and lasts for two Subscription Years.

3.2 The subscription does not renew automatically. The parties may agree a further term in writing before the end of the Subscription Term.

4. ONBOARDING AND ACCESS ACCEPTANCE

4.1 Within 20 days after signature Provider shall issue test and production API keys, provide a sandbox with sample data, and deliver the field mapping and the integration scripts written for Customer's order and credit control system (the "Integration Package").

4.2 Customer shall test the production access within 10 business days after receiving it. The access is accepted when: (a) 200 test queries on a list of companies chosen by Customer from at least eight Member States return correct register data; (b) financial statements and scores are returned for all test companies for which they are published; (c) the Integration Package writes the results into Customer's credit control system without manual correction; and (d) average response time for single company queries is below 3 seconds during the test. Customer then signs the Access Acceptance Note. Use of the sandbox is not acceptance.

4.3 If a test fails, Provider shall correct the problem and Customer shall repeat the test.

5. FEES AND PAYMENT

5.1 The subscription fee is CNY 168,000 per Subscription Year, CNY 336,000 for the Subscription Term.

5.2 The subscription fee is invoiced quarterly at the beginning of each quarter of the Subscription Term, in eight instalments of CNY 42,000, payable within 30 days after the invoice date. The first invoice is issued on the Start Date.

5.3 Overage calls are invoiced quarterly in arrears.

5.4 The fees are fixed for the Subscription Term and include all taxes. Provider shall issue invoices that Customer can use for its foreign exchange payment.

5.5 The Integration Package is included in the subscription fee.

6. AVAILABILITY AND SUPPORT

6.1 The API is provided on an "as is" and "as available" basis. Provider will use reasonable efforts to keep the API available and to restore it after an interruption, but gives no commitment on availability, response times or resolution times.

6.2 Support is provided by e-mail in English during Provider's business hours in Poland.

6.3 Provider may change the API, its endpoints and its data fields, giving at least 30 days' notice of changes that are not backward compatible.

7. QUERY DATA AND DATA SECURITY

7.1 Query Data belongs to Customer. Provider shall use Query Data only to answer Customer's queries and to invoice the service, and shall not use it to build profiles, to train models or for any other purpose.

7.2 Provider shall protect Query Data with encryption in transit and at rest, access controls limited to its support staff, and logging of all access, and shall delete Query Data older than 90 days unless Customer asks otherwise.

7.3 Provider shall notify Customer within 48 hours after it becomes aware of any unauthorised access to Query Data, shall take steps to contain it, and shall compensate Customer for the losses caused by a breach of this clause.

7.4 Each party shall comply with the data protection laws that apply to it, including the PRC Personal Information Protection Law for data relating to persons in China.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party, including the API keys and Customer's list of buyers, and shall not disclose it to any third party without prior written consent.

8.2 This obligation continues for three years after the end of this Agreement.

9. INTELLECTUAL PROPERTY

9.1 Provider and its data sources keep all rights in the API and the Provider Data, subject to the licence in clause 2.

9.2 The Integration Package, including the field mapping and the source code of the integration scripts, belongs to Customer on delivery. Customer may use, modify and let third parties maintain it.

9.3 Provider shall defend Customer against any claim that Customer's permitted use of the API or the Provider Data infringes a third party's rights.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or the support without Customer's prior written consent, except for the hosting provider named in the API documentation.

11. LIABILITY

11.1 Neither party is liable for indirect or consequential loss.

11.2 Provider's total liability under this Agreement is limited to 150% of the total subscription fees for the Subscription Term, except in case of wilful misconduct or breach of clause 7 or clause 8.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice of the breach.

12.2 If Customer terminates under clause 12.1, Provider shall refund the fees paid for the period after termination.

12.3 On termination or expiry Customer may keep Provider Data already stored under clause 2.2.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing. The arbitration shall be conducted in English.

14. CUSTOMER OBLIGATIONS

14.1 Customer shall keep its API keys secret, use them only in its own systems, and inform Provider without delay if it suspects that a key has been misused. Provider may then block the key and issue a new one.

14.2 Customer shall use Provider Data in line with the laws on credit information and personal data that apply to it, and shall not use it to make decisions about individuals as consumers.

14.3 Customer shall name a technical contact for the integration and for notices of changes under clause 6.3.

15. FORCE MAJEURE

If a party is prevented from performing by an event beyond its reasonable control, such as natural disaster, epidemic measures, war or government action, it shall notify the other party promptly, give evidence of the event and do what it reasonably can to limit its effects. Performance periods are extended by the duration of the event. If the event lasts more than 60 days, either party may terminate by written notice, and fees are settled for the services actually performed.

16. GENERAL

16.1 Notices must be in writing and sent by e-mail with confirmation of receipt.

16.2 Neither party may assign this Agreement without the other party's written consent.

16.3 This Agreement is the entire agreement between the parties about its subject matter and may be changed only in writing signed by both parties.

SIGNED for WISLA DATA SERVICES SP. Z O.O.: ____________________
Name: Agnieszka Nowak, Management Board Member

SIGNED for YIWU HONGDA IMPORT & EXPORT CO., LTD.: ____________________
Name: Lou Jianhua, General Manager
"""

FILES = {
    "h437z01": ("h437z01_sports_bureau_venue_booking_platform.pdf", "zh", "pdf"),
    "h437z02": ("h437z02_print_plant_offset_press_control_retrofit.docx", "zh", "docx"),
    "h437z03": ("h437z03_tea_chain_ordering_membership_saas.txt", "zh", "txt"),
    "h437z04": ("h437z04_notary_office_system_annual_om.txt", "zh", "txt"),
    "h437z05": ("h437z05_duck_neck_plant_traceability_supplier_template.md", "zh", "md"),
    "h437e01": ("h437e01_austrian_caq_software_licence.pdf", "en", "pdf"),
    "h437e02": ("h437e02_czech_pim_saas_order_form.md", "en", "md"),
    "h437e03": ("h437e03_slovak_grain_depot_sensors.docx", "en", "docx"),
    "h437e04": ("h437e04_hungarian_managed_erp_support.md", "en", "md"),
    "h437e05": ("h437e05_polish_company_data_api_subscription.txt", "en", "txt"),
}
SOURCES = {k: globals()[k.upper()] for k in FILES}

KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
G, S = "goods_or_licence", "service"
# (category, terms in KEYS order, extra, design: fee base for TCO, forum outside mainland, designed rules)
LABELS = {
    "h437z01": ("software", [99.95, 0.5, True, "buyer", True, True, True, 0.1, None, 20, True, True, 36, 8, False, True,
                             False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1400000), dict(base=710000, forum_out=False, rules=[])),
    "h437z02": ("hardware", [None, 1, True, "buyer", True, True, True, 0.1, None, 20, False, False, 24, 9, False, False,
                             False, None, G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=860000), dict(base=672000, forum_out=False, rules=["CR-ACCEPTANCE", "CR-TERMINATION"])),
    "h437z03": ("cloud", [99.95, 0.25, True, "buyer", True, True, False, 500 / 480000 * 100, 200, None, True, None, None,
                          None, True, True, True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=480000),
                dict(base=None, forum_out=False, rules=["CR-AUTO-RENEWAL", "CR-CONFIDENTIALITY", "CR-SUBCONTRACT"])),
    "h437z04": ("services", [99.5, 0.25, True, "buyer", True, True, True, 0.1, 50, None, True, None, None, None, False,
                             True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=418000),
                dict(base=None, forum_out=False, rules=["CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"])),
    "h437z05": ("software", [None, 8, False, "supplier", True, False, True, 0.02, 20, 50, True, True, 6, 25, False, True,
                             None, None, G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=990000),
                dict(base=720000, forum_out=False, rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
                     "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                     "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"])),
    "h437e01": ("software", [None, 1, True, "buyer", True, True, True, 0.1, 150, 10, True, True, 24, 14, False, True,
                             False, "Austria", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1280000), dict(base=910000, forum_out=True, rules=["CR-GOVERNING-LAW"])),
    "h437e02": ("cloud", [99.95, 0.5, True, "buyer", True, False, True, 400 / 586000 * 100, 6 / 24 * 100, None, True,
                          None, None, None, True, True, False, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=586000),
                dict(base=None, forum_out=False, rules=["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-LIABILITY-CAP"])),
    "h437e03": ("hardware", [None, 1, True, "buyer", True, True, True, 0.08, 200, 20, True, True, 36, 7, False, True,
                             False, "PRC", G],
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1300000), dict(base=1126000, forum_out=False, rules=[])),
    "h437e04": ("services", [None, 0.5, True, "buyer", False, True, True, 900 / 1078000 * 100, 150, None, True, None,
                             None, None, False, True, True, "PRC", S],
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1078000),
                dict(base=None, forum_out=False, rules=["CR-DATA-SECURITY", "CR-SUBCONTRACT"])),
    "h437e05": ("cloud", [None, None, False, "buyer", True, True, True, None, 150, None, True, None, None, None, False,
                          True, False, "PRC", S],
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=336000),
                dict(base=None, forum_out=False, rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"])),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEV = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
       "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(t, x, d):
    """policy section 4: horizon 5 years from acceptance, post-warranty years pro rata, fee base = itemised subtotal."""
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or not x.get("post_warranty_fee_capped"):
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * d["base"]
    return fees / (x["contract_value"] + fees) * 100


def derive_rules(t, x, d):
    """My own reading of policy.md section 3 (not project code)."""
    r = []
    if not x["sla_clause"]:
        r.append("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.append("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.append("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.append("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.append("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.append("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.append("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.append("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.append("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.append("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.append("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.append("CR-PREPAYMENT")
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.append("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.append("CR-POST-WARRANTY-FEE")
        share = tco_share(t, x, d)
        if share is not None and share > 40:
            r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or d["forum_out"]:
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEV.get(r, "medium") for r in rules]
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# threshold figures (policy section 3) in digits, Chinese numerals or words; \s* so whitespace-free text is caught too
THRESH = [r"99\.9(?!\d)0*\s*%", r"九十九点九(?![一二三四五六七八九])",
          r"(?<!\d)4\s*(?:个)?小时", r"(?<![十\d])四\s*(?:个)?小时", r"four[\s-]*hours?", r"(?<!\d)4[\s-]*hours?",
          r"(?<!\d)240\s*(?:分钟|minutes?)",
          r"(?<![\d.])0?\.05(?!\d)\s*%", r"万分之五(?![十百千])", r"千分之零点五",
          r"(?<![\d.])100(?:\.0+)?\s*%", r"百分之一?百", r"(?<![\d.])100\s*per\s*cent", r"hundred\s*per\s*cent",
          r"(?<![\d.])30(?:\.0+)?\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"thirty\s*per\s*cent",
          r"(?<!\d)12\s*个月", r"十二\s*个月", r"twelve[\s-]*months?", r"(?<!\d)12[\s-]*months?", r"一年",
          r"(?<![a-z])one[\s-]*years?", r"(?<![\d.])1[\s-]*years?(?![a-z])",
          r"(?<![\d.])15(?:\.0+)?\s*%", r"百分之十五(?![一二三四五六七八九])", r"fifteen\s*per\s*cent",
          r"(?<![\d.])40(?:\.0+)?\s*%", r"四成", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
          r"(?<![\d.])5\s*(?:个)?年(?!度)", r"五\s*(?:个)?年(?!度)", r"five[\s-]*years?", r"(?<![\d.])5[\s-]*years?",
          r"(?<!\d)60\s*个月", r"(?<!\d)60[\s-]*months?", r"sixty[\s-]*months?"]
THRESH_RE = [re.compile(p, re.I) for p in THRESH]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "4-hour", "240分钟", "0.05%",
            "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "15 %", "40%", "四成", "百分之四十", "5年", "五年", "five years", "60 months",
            "60个月"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "130%", "140%", "0.5%", "2026年12月31日", "1.5%", "14 months", "2 years",
             "百分之三十五", "十四小时", "25%", "20%", "Subscription Years"]


def hits(text):
    out = []
    for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
        for rx in THRESH_RE:
            out += [m.group(0) for m in rx.finditer(variant)]
    return out


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for t in doc.tables:
            parts += ["\t".join(c.text for c in row.cells) for row in t.rows]
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() for p in PdfReader(path).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for s in MUST_HIT:
        assert hits(s), s
    for s in MUST_MISS:
        assert not hits(s), (s, hits(s))
    built = {k: v for k, v in FILES.items() if v[2] in ("docx", "pdf")}
    write({k: SOURCES[k] for k in built}, {k: (v[0], v[2]) for k, v in built.items()}, OUT, wrap_words=True)
    for k, (name, lang, kind) in FILES.items():
        if kind in ("txt", "md"):
            (OUT / name).write_text(SOURCES[k], encoding="utf-8")
    problems, covered, report = [], set(), []
    for k, (name, lang, kind) in FILES.items():
        text = read_back(OUT / name)
        n, raw = length(text, lang), len(text)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append(f"{k}: length {n} outside {lo}-{hi}")
        if lang == "zh" and not lo <= raw <= hi + 150:
            problems.append(f"{k}: raw length {raw}")
        for h in hits(text) + hits(SOURCES[k]):
            problems.append(f"{k}: threshold figure {h!r}")
        cat, vals, extra, design = LABELS[k]
        terms = dict(zip(KEYS, vals))
        assert len(vals) == len(KEYS)
        for key, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                         ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                         ("post_warranty_fee_pct", 15)):
            if terms[key] is not None and abs(terms[key] - thr) < 1e-9:
                problems.append(f"{k}: {key} on threshold")
        share = tco_share(terms, extra, design)
        if share is not None and abs(share - 40) <= 2:
            problems.append(f"{k}: TCO share {share} within 2 points of 40")
        rules = derive_rules(terms, extra, design)
        if rules != sorted(design["rules"]):
            problems.append(f"{k}: derived {rules} != design {design['rules']}")
        covered |= set(rules)
        label = {"file": name, "language": lang, "category": cat, "expected_terms": terms, "expected_extra": extra,
                 "expected_rules": rules}
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1), encoding="utf-8")
        report.append(f"{name}\t{lang}\t{n}{' chars (raw %d)' % raw if lang == 'zh' else ' words'}\t{risk(rules)}\t"
                      f"{', '.join(rules) or '(none)'}" + (f"\tTCO share {share:.1f}%" if share is not None else ""))
    missing = set(ALL_RULES) - covered
    if missing:
        problems.append(f"rules not covered: {sorted(missing)}")
    print("\n".join(report))
    if problems:
        print("\n".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
