"""holdout467: builds ten ORDINARY draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Uses ../word_pdf.py for .docx/.pdf only."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:数字城管平台建设项目合同
P:合同编号：QZCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：清州市城市管理局　　地址：清州市府前路88号
P:乙方（供应商）：杭州云衢信息技术有限公司　　地址：杭州市西湖区文三路219号
P:甲方通过政府采购公开招标确定乙方为数字城管平台建设项目的中标供应商。双方依据《中华人民共和国民法典》《中华人民共和国政府采购法》及招标文件、投标文件，签订本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字城管平台软件许可（永久许可，含监督受理、协同工作、综合评价、地理编码、移动采集五个子系统，不限用户数），并按甲方需求完成定制开发、部署实施及培训。
P:1.2 定制开发内容：案件智能派遣规则、视频AI识别事件接入（占道经营、暴露垃圾、违规广告等十二类事件）、市民随手拍小程序、与市12345热线平台及住建部门平台的数据对接。
P:1.3 部署地点为甲方政务云，乙方不得将系统或数据部署于其他场所。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰壹拾万捌仟元整（¥2,108,000），为固定总价，含税费、运输、部署、培训及质保期内全部服务费用。分项如下：
P:平台软件许可（五个子系统）：¥1,180,000
P:定制开发（智能派遣、视频AI接入、小程序、数据对接）：¥764,000
P:部署实施及联调：¥128,000
P:培训（管理员及坐席人员）：¥36,000
P:2.2 除本合同约定外，甲方不再承担其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款保函后十个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 系统初验合格后，甲方支付合同总价的45%。
P:3.3 系统最终验收合格后，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政支付流程付款。
H:第四条 实施进度
P:4.1 乙方应于合同签订后90日内完成部署及定制开发并申请初验；初验合格后进入试运行，试运行期为60日。
P:4.2 乙方应提交实施方案、需求规格说明书、测试报告、用户手册及源代码，由甲方确认。
H:第五条 验收
P:5.1 初验标准：五个子系统功能符合招标文件技术要求；视频AI识别准确率在甲方抽取的500个样本上不低于90%；平台在500个并发用户下页面响应不超过3秒；与12345平台、住建平台的对接数据一致。
P:5.2 最终验收标准：试运行期间无一级故障；第三方等保三级测评通过；全部文档及源代码移交完毕。甲方组织专家按上述标准验收并出具书面验收报告。
P:5.3 系统上线运行、甲方使用或付款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新申请验收。
H:第六条 质量保证与维护
P:6.1 质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过平台软件许可费的9%（即每年不超过¥106,200），质保期满后三个服务年度内不得上调。
P:6.3 服务水平：平台月度可用率不低于99.95%；一级故障（平台整体不可用或案件无法流转）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障2小时内响应，次日内解决。
P:6.4 乙方未达到6.3约定的，每超时1小时扣减履约保证金¥1,000；月度可用率每低于约定0.01个百分点扣减¥2,000。
H:第七条 知识产权
P:7.1 平台软件的著作权属于乙方，乙方授予甲方永久、不可撤销的使用许可。
P:7.2 本项目定制开发的程序、源代码、数据接口、文档等成果的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第八条 数据安全
P:8.1 平台内的案件、视频、地理信息、市民信息等全部数据归甲方所有，乙方仅为履行本合同使用，不得复制、留存、向第三方提供或用于其他目的。
P:8.2 乙方应按等保三级要求落实访问控制、加密存储、操作审计，远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生数据泄露或安全事件的，乙方应在1小时内报告甲方并采取处置措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密和未公开信息负有保密义务，未经甲方书面同意不得披露，本义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期完成部署或逾期申请验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:10.2 乙方交付成果不符合约定、经两次整改仍不合格的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十一条 分包
P:本项目不得分包或转包。
H:第十二条 合同解除
P:乙方严重违约且在甲方书面通知后15日内未纠正的，甲方有权书面通知解除本合同。
H:第十三条 适用法律及争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 履约保证金
P:15.1 乙方应在合同签订后七个工作日内向甲方提交合同总价5%的履约保证金，可采用银行保函形式。
P:15.2 履约保证金在质保期满且乙方无未履行义务后十五个工作日内无息退还；乙方违约的，甲方可从中扣除违约金及赔偿款。
H:第十六条 项目人员
P:16.1 乙方应指派具有同类项目经验的项目经理及不少于八名开发实施人员，其中驻场人员不少于四名，名单作为本合同附件。
P:16.2 未经甲方同意，乙方不得更换项目经理；甲方认为乙方人员不能胜任的，有权要求更换，乙方应在五个工作日内完成。
P:16.3 乙方人员应遵守甲方办公及政务云机房管理制度，签署安全承诺书。
H:第十七条 培训与文档
P:17.1 乙方应对甲方系统管理员进行不少于五天的集中培训，对坐席人员及网格监督员分批进行操作培训，并提供培训教材及视频。
P:17.2 乙方应交付需求规格说明书、概要设计、数据库设计、接口说明、测试报告、部署手册、运维手册及用户手册，文档应为中文并与交付系统版本一致。
H:第十八条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在十五日内提供证明；双方根据不可抗力的影响协商延期履行、部分履行或解除合同，互不承担违约责任。
H:第十九条 通知
P:本合同项下的通知以书面形式送达合同首部所列地址，或发送至双方指定的电子邮箱，送达后即生效。一方地址变更应及时书面通知对方。
H:第二十条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。招标文件、投标文件为本合同组成部分。
P:甲方（盖章）：清州市城市管理局　　　　乙方（盖章）：杭州云衢信息技术有限公司
P:代表签字：__________　　　　代表签字：__________
P:日期：2026年3月　日
"""

Z02 = """T:碎浆机控制系统改造及维保合同
P:合同编号：HX-ZJ-2026-0412
P:甲方：江西华溪纸业有限公司　　地址：江西省吉安市新干县工业园纬二路6号
P:乙方：南昌恒控自动化工程有限公司　　地址：南昌市高新区艾溪湖北路577号
P:甲方三号纸机制浆车间两台立式水力碎浆机原有继电器控制系统老化，故障频繁。经甲方比选，委托乙方实施控制系统改造并提供维保服务。双方经协商一致，签订本合同。
H:一、改造内容
P:（一）拆除原控制柜，新建PLC控制系统两套，新增变频器三台，更换浓度、液位、流量等现场仪表，新建中控操作站并接入车间DCS。
P:（二）编写碎浆工艺控制程序（投料联锁、浓度自动调节、转子过载保护、一键启停），完成单机调试及带料联调。
P:（三）对甲方电气及操作人员进行培训，提交竣工图纸、程序备份及操作维护手册。
H:二、合同价款
P:（一）合同总价为人民币壹佰伍拾玖万元整（¥1,590,000），为固定总价，含设备、软件、运输、安装、调试、培训及税费。明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制系统（含控制柜、I/O模块）|2套|486,000
TB:2|变频器（315kW）|3台|312,000
TB:3|现场仪表（浓度计、液位计、电磁流量计）|1批|218,000
TB:4|中控操作站及数据服务器|1套|96,000
TB:5|组态及HMI软件许可（永久）|1套|148,000
TB:|软硬件小计||1,260,000
TB:6|安装调试（含电缆敷设、桥架）|1项|176,000
TB:7|工艺控制程序开发|1项|138,000
TB:8|培训|1项|16,000
TB:|合同总价||1,590,000
H:三、付款方式
P:（一）合同签订后十个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的35%。到货签收仅确认数量与外观，不视为验收。
P:（三）系统最终验收合格后，甲方支付合同总价的45%。
H:四、工期
P:（一）乙方应于合同签订后75日内完成设备到货，并利用甲方计划停机检修窗口（每次不超过72小时）完成切换。
P:（二）因乙方原因未能在检修窗口内完成切换，造成甲方延长停机的，乙方应赔偿甲方由此产生的直接损失。
H:五、验收
P:（一）验收标准：碎浆机在设计负荷下连续带料运行168小时无停机故障；浓度控制偏差不超过±0.3%；联锁保护逐项测试动作正确；中控画面与现场数据一致；竣工资料齐全。
P:（二）甲方组织生产、设备、电气部门按上述标准验收，出具书面验收报告。设备安装完毕或投入使用，均不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内设备及软件出现故障，乙方免费维修或更换。
P:（二）质保期满后，乙方按年度提供维保服务，年度维保费为软硬件小计的8%（每年¥100,800），质保期满后三个服务年度内固定不变，含定期巡检及备件更换人工。
P:（三）一级故障（碎浆机停机或联锁失效）乙方应在30分钟内远程响应，6小时内到达现场，12小时内恢复生产；二级故障2小时内响应，48小时内处理完毕。
P:（四）乙方响应或到场超时的，每超时1小时向甲方支付¥800。
H:七、知识产权
P:（一）组态软件及HMI软件的著作权属于原厂商，甲方获得永久使用许可。
P:（二）乙方为本项目编写的工艺控制程序及源程序、组态画面归甲方所有，甲方可自行修改、复制或交由其他单位维护。
H:八、数据安全
P:（一）控制系统内的生产工艺参数、运行记录等数据属于甲方，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方远程维护须经甲方批准，通过甲方指定的加密通道进行，使用后立即关闭；乙方不得在控制系统中安装与本项目无关的软件。
P:（三）因乙方原因发生数据泄露、病毒感染或控制系统被非法侵入的，乙方应在2小时内报告甲方，并承担由此造成的全部损失。
H:九、保密
P:乙方对甲方的工艺配方、生产数据、图纸及商业信息负有保密义务，未经甲方书面同意不得向第三方披露。合同终止后保密义务继续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（三）设备或系统经两次验收仍不合格的，甲方有权退货并解除合同，乙方退还已收全部款项。
H:十一、分包
P:乙方可将电缆敷设、桥架安装等辅助施工分包给具有相应资质的施工单位，但应提前三个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担责任。
H:十二、安全生产
P:乙方人员进入甲方厂区应遵守甲方安全管理制度，动火、登高、带电作业须办理作业票。因乙方原因发生安全事故的，由乙方承担责任。
H:十三、合同解除
P:乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
H:十四、适用法律与争议解决
P:本合同适用中华人民共和国法律。发生争议，双方协商解决；协商不成的，提交吉安仲裁委员会仲裁。
H:十五、技术资料与培训
P:（一）乙方应在设备到货时随货提供出厂合格证、检验报告、说明书，并在验收前提交电气原理图、接线图、I/O清单、程序注释版备份及操作维护手册（纸质两套、电子版一套）。
P:（二）乙方应对甲方电气及仪表人员进行不少于三天的现场培训，内容包括PLC程序结构、变频器参数、常见故障判断及处理，使甲方人员能够独立完成日常维护。
H:十六、备品备件
P:（一）乙方应随设备免费提供易损件及常用备件一批（清单作为附件），包括I/O模块、电源模块及仪表探头。
P:（二）质保期满后，乙方应保证常用备件供应，备件价格不高于同期市场价格。
H:十七、不可抗力
P:因不可抗力导致合同不能按期履行的，受影响一方应及时通知对方并提供证明，双方协商延期或解除合同，互不承担违约责任。
H:十八、通知与联系人
P:双方应指定项目联系人，涉及工期、验收、变更及违约的通知应以书面形式送达对方联系人。甲方联系人为设备动力部负责人，乙方联系人为项目经理。
H:十九、现场服务
P:（一）乙方在切换期间应安排不少于两名工程师现场值守，切换完成后连续七日跟班运行，协助甲方操作人员处理开停机及工艺参数调整。
P:（二）乙方应在每季度对控制系统进行一次巡检，检查控制柜温度、接线紧固、程序备份及仪表标定情况，并提交巡检报告。
P:（三）乙方现场人员应服从甲方车间调度，不得擅自操作与本项目无关的设备；在生产运行中修改程序或参数，须经甲方车间主任签字同意并做好记录，修改后更新程序备份交甲方保存。
H:二十、其他
P:本合同一式四份，双方各执两份，经双方签字盖章后生效。
P:甲方（盖章）：江西华溪纸业有限公司　　乙方（盖章）：南昌恒控自动化工程有限公司
P:授权代表：__________　　授权代表：__________
"""

Z03 = """洁立方洗衣门店工单及会员管理系统SaaS服务合同

合同编号：JLF-IT-2026-006
甲方：成都洁立方洗涤服务连锁有限公司（地址：成都市武侯区武兴二路15号）
乙方：重庆店云科技有限公司（地址：重庆市渝北区金开大道68号）

鉴于甲方在成都、绵阳、德阳共经营40家洗衣门店及一座中央洗涤工厂，需要统一的收衣开单、工厂流转、取衣核销及会员储值系统；乙方提供"店云洗护"SaaS服务。双方经协商一致，签订本合同。

1. 服务内容
1.1 乙方向甲方40家门店及中央工厂提供"店云洗护"SaaS服务，包括收衣开单、衣物条码及拍照、工厂分拣流转、取衣核销、会员储值及积分、营销券、经营报表。
1.2 乙方负责实施服务：将甲方原系统约9.6万名会员及储值余额迁移至新系统，对接门店收银设备及微信小程序，完成全部门店人员培训。
1.3 服务期为三个服务年度，自2026年5月1日起至2029年4月30日止。

2. 服务费用
2.1 订阅费按门店计收，每家门店每月380元，40家门店每服务年度订阅费合计¥182,400。三个服务年度订阅费合计¥547,200。
2.2 实施费（数据迁移、设备对接、培训）为一次性费用¥68,000。
2.3 本合同总价为¥615,200。增加门店的，按每家门店每月380元另行计费。

3. 付款
3.1 实施费在上线验收合格后十个工作日内支付。
3.2 订阅费自服务开始之日起按季度结算，乙方于每季度首月开具发票，甲方在收到发票后十五个工作日内支付当季订阅费。
3.3 甲方无需在服务开始前支付任何费用。

4. 实施与上线验收
4.1 乙方应于2026年4月20日前完成数据迁移、设备对接及培训，具备全部门店上线条件。
4.2 上线验收标准：会员数量、储值余额与原系统逐户核对一致；随机抽取的200张工单从开单到取衣全流程无差错；门店开单操作响应不超过2秒；全部门店连续7日正常营业。
4.3 甲方按上述标准验收并书面确认。系统上线或门店开始使用，不视为验收合格。

5. 服务水平
5.1 乙方保证系统月度可用率不低于99.5%（计划维护除外，计划维护应安排在每日0:00至6:00并提前三日通知）。
5.2 一级故障（全部或多家门店无法开单、收款）乙方应在30分钟内响应，3小时内恢复；二级故障（单店或单一功能异常）2小时内响应，当日内解决。
5.3 月度可用率低于99.5%的，按当月订阅费的5%抵扣；低于99%的，按当月订阅费的10%抵扣。一级故障响应每超时1小时，抵扣¥300。

6. 数据安全与数据归属
6.1 会员信息、储值记录、工单、衣物照片等甲方数据归甲方所有，乙方仅为向甲方提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
6.2 乙方应将甲方数据存储于中国境内机房，系统须通过等保三级测评，采取传输及存储加密、权限分级、操作日志留存等措施。
6.3 发生数据泄露或安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成甲方或会员损失的，乙方承担全部赔偿责任。
6.4 合同终止后30日内，乙方应按甲方要求以通用格式导出全部数据交付甲方，之后彻底删除并出具删除证明。

7. 知识产权
7.1 "店云洗护"平台的知识产权属于乙方。
7.2 乙方为甲方定制的报表、小程序页面及收银设备接口程序归甲方所有，甲方可自由使用、修改及许可他人使用。

8. 保密
双方对履约中知悉的对方商业信息负有保密义务，未经对方书面同意不得披露。本条在合同终止后三个服务年度内继续有效。

9. 违约责任
9.1 乙方未按4.1约定的日期具备上线条件的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
9.2 乙方在本合同项下的累计赔偿责任以合同总价的150%为限，但数据安全责任不受此限。

10. 续期
10.1 服务期届满前30日内任何一方未书面提出不续期的，本合同自动续期一个服务年度，此后亦同。
10.2 每次续期时，乙方有权上调订阅费单价，上调幅度不超过上一期单价的8%，以乙方书面通知为准。

11. 分包
乙方不得将本合同服务分包给第三方，确需分包的，须事先取得甲方书面同意。

12. 合同解除
乙方违反本合同约定，经甲方书面通知后15日内未纠正的，甲方有权解除合同，并要求乙方退还已付未使用期间的订阅费。

13. 法律适用与争议
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 培训与客户支持
14.1 乙方应在上线前分片区组织门店店长及收衣员培训，每家门店至少培训两人，并提供操作视频及图文手册；中央工厂分拣、质检人员单独培训。
14.2 乙方应开通服务热线及企业微信服务群，每日8:00至22:00有人值守，门店营业时间内的一般操作问题应在15分钟内答复。
14.3 乙方每季度向甲方提交服务报告，内容包括可用率、故障记录、工单处理情况及优化建议，并参加甲方的季度服务评审。

15. 系统变更与新增门店
15.1 乙方对系统功能进行重大调整前，应提前15日通知甲方，不得降低甲方已使用的功能。
15.2 甲方新开门店的，乙方应在接到书面通知后五个工作日内完成开通、设备对接及人员培训，费用按2.3条计收。
15.3 甲方关闭门店的，自次月起相应减少订阅费。

16. 不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，双方协商处理，互不承担违约责任。因乙方自身机房、网络或软件原因导致的服务中断不属于不可抗力。

17. 门店设备与网络
17.1 门店收银设备、扫码枪、标签打印机及网络由甲方自备，乙方应提供设备兼容清单，并协助甲方完成设备调试。
17.2 门店网络中断时，系统应支持离线开单，网络恢复后自动同步，不得丢失工单及收款记录。
17.3 乙方应保证系统兼容主流安卓及iOS手机的微信小程序版本，小程序上线及版本更新的审核由乙方负责办理。

18. 甲方义务
18.1 甲方应指定项目负责人，及时提供门店清单、会员数据及储值余额明细，并组织门店人员参加培训。
18.2 甲方应按约定支付服务费用，妥善保管管理员账号及密码。

18.3 甲方发现会员投诉涉及系统问题的，应及时转交乙方，乙方应在两个工作日内给出处理意见，并协助甲方向会员解释。

19. 其他
本合同自双方签字盖章之日起生效，一式两份，双方各执一份。

甲方（盖章）：成都洁立方洗涤服务连锁有限公司        乙方（盖章）：重庆店云科技有限公司
授权代表：________                                  授权代表：________
签订日期：2026年3月　日
"""

Z04 = """科技项目管理系统2026年度运维服务合同

项目编号：LXKJ-CS-2026-03（竞争性磋商）
甲方（采购人）：临溪市科学技术局
乙方（成交供应商）：临溪汇智软件有限公司

根据临溪市科学技术局科技项目管理系统年度运维服务项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就该系统运维服务事宜，签订本合同。

（1）服务对象与期限
1）服务对象为甲方科技项目管理系统，含项目申报、专家评审、立项管理、中期检查、结题验收、经费管理六个模块，以及门户网站和移动端。
2）服务期自2026年1月1日起至2026年12月31日止。服务期满合同自然终止，不自动续期。

（2）服务内容
1）日常运维：系统监控、数据库维护、每日数据备份及每月恢复演练、安全补丁更新。
2）申报保障：在年度项目集中申报期（约每年3月、9月）安排两名工程师驻场，保障高并发申报。
3）问题处理：处理用户咨询与系统故障，每月提交运维报告。
4）小型优化：全年不超过60人日的功能优化及报表调整，由甲方书面下达任务单。
5）配合甲方完成等保测评、密码应用安全性评估及网络安全检查整改。

（3）服务费用
1）本合同总价为人民币肆拾捌万陆仟元整（¥486,000），包括人员、驻场、工具、差旅及税费等全部费用。
2）分项：日常运维¥252,000；申报期驻场保障¥96,000；小型优化（60人日）¥108,000；安全测评配合及整改¥30,000。

（4）付款方式
1）服务费按季度支付。每季度结束后，经甲方按第（6）项考核合格，乙方开具发票，甲方在十五个工作日内支付当季服务费¥121,500。
2）本合同不设预付款。

（5）服务要求
1）一级故障（系统整体无法访问或申报功能中断）：乙方应在30分钟内响应，2小时内到场，6小时内恢复。
2）二级故障（单一模块异常）：2小时内响应，24小时内解决。
3）三级问题（咨询、操作类）：当日答复。
4）乙方应保持服务热线工作日8:30至18:00有人值守，集中申报期延长至22:00。

（6）考核与验收
1）季度考核：甲方按以下标准考核——故障响应与处理时限达标情况、备份及恢复演练记录完整、运维报告按时提交、用户满意度调查不低于85分。考核合格后支付当季费用，不合格的，乙方应在10日内整改并重新考核。
2）年度验收：服务期满后，甲方对全年服务按服务内容、考核结果及交付文档（运维报告、优化任务单完成记录、系统文档更新）进行验收，出具书面验收意见。

（7）数据安全
1）系统内的项目申报材料、专家信息、经费数据等全部数据归甲方所有。乙方仅为履行本合同运维服务访问数据，不得复制、留存或用于其他任何目的，不得向任何第三方提供。
2）乙方运维须在甲方机房或经甲方批准的堡垒机上进行，全部操作留存日志；乙方人员须经甲方登记，离岗时交回账号。
3）发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任及相应法律责任。

（8）知识产权
运维期间乙方完成的功能优化程序、脚本及文档，知识产权归甲方所有，乙方应同时交付源代码。

（9）违约责任
1）乙方未按时提交月度运维报告，或未按任务单约定日期完成小型优化的，每逾期一日，按合同总价的千分之一支付违约金。
2）乙方连续两个季度考核不合格的，甲方有权解除合同。

（10）分包
乙方不得将本合同服务分包或转包。

（11）合同解除
乙方严重违反本合同约定，经甲方书面通知后10日内未改正的，甲方有权解除合同，并按实际服务期间结算费用。

（12）争议解决
履行本合同发生争议的，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

（13）人员要求
1）乙方应指派项目负责人一名、运维工程师三名，其中至少两人具备数据库或系统集成相关认证，人员名单报甲方备案。
2）乙方更换项目负责人或驻场工程师，应提前十日书面报甲方同意，替换人员的资历不得低于原人员。
3）乙方人员在甲方工作期间应遵守甲方考勤及办公管理规定，服从甲方信息中心的工作安排。

（14）运维文档与交接
1）乙方应建立运维台账，记录系统变更、故障处理、备份恢复演练及账号开通情况，每月随运维报告提交。
2）乙方对系统进行任何配置变更或程序更新，均须提前提交变更方案，经甲方审批后在非工作时间实施，并做好回退准备。
3）服务期满或合同解除时，乙方应向甲方或甲方指定的新服务单位完成交接，交付全部运维文档、账号清单、源代码及数据库说明，并配合过渡期不少于十五日。

（15）不可抗力
因不可抗力致使本合同不能履行的，受影响一方应及时通知对方，双方协商延期履行或解除合同，互不承担违约责任。

（16）通知
双方往来通知以书面形式送达，或通过甲方指定的政务邮箱发送。甲方联系人为科技局信息中心负责人，乙方联系人为项目负责人。

（17）甲方义务
1）甲方应为乙方驻场人员提供必要的办公场所、网络及机房出入条件。
2）甲方应指定信息中心专人负责与乙方对接，及时审批变更方案和优化任务单，组织季度考核和年度验收。
3）甲方应及时将系统使用中发现的问题通过服务热线或运维平台报告乙方。

（18）服务质量改进
1）乙方每季度应对故障进行分析，提出系统优化及安全加固建议，报甲方审定后实施。
2）在集中申报期前，乙方应完成性能压力测试，确保系统支持不少于3,000名用户同时在线申报，页面响应不超过3秒；测试报告提交甲方备案。
3）乙方应配合甲方完成年度网络安全检查和数据备份核查，发现的问题应在甲方规定的期限内整改完毕。
4）乙方应每半年组织一次应急演练，演练方案和总结报告报甲方备案。

（19）费用调整
1）服务期内合同总价固定，不因人员工资、物价变动调整。
2）小型优化未使用完的人日，年度结算时按每人日1,800元从最后一期费用中扣减；超出60人日的优化需求，由双方另行协商。
3）乙方驻场期间的交通、食宿费用已包含在合同总价内，甲方不另行支付。

（20）廉洁条款
乙方不得向甲方工作人员赠送礼金、礼品或提供其他不正当利益，不得以任何形式影响本合同的考核和验收。乙方违反本项的，甲方有权解除合同。

（21）档案与资料
乙方在服务期内形成的运维报告、考核记录、变更方案、演练记录等资料，应按甲方档案管理要求整理归档，服务期满时一并移交甲方信息中心。

（22）其他
1）磋商文件、响应文件、成交通知书为本合同的组成部分。
2）本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。

甲方（盖章）：临溪市科学技术局            乙方（盖章）：临溪汇智软件有限公司
代表：__________                        代表：__________
日期：2025年12月　日
"""

Z05 = """# 软件许可及定制开发合同（标准文本）

**椒源智造 标准合同文本 V3.0**

合同编号：JYZZ-XS-2026-031

甲方（需方）：贵州黔辣坊食品有限公司　　地址：贵州省遵义市汇川区高新大道9号

乙方（供方）：长沙椒源智造软件有限公司　　地址：长沙市岳麓区麓谷大道658号

甲方为提升辣椒酱生产及成品仓储的信息化水平，向乙方采购"椒源MES生产管理系统"及"椒源WMS仓储管理系统"软件许可并委托乙方进行定制开发。双方协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供椒源MES生产管理模块及椒源WMS仓储管理模块的永久使用许可，部署于甲方工厂服务器。

1.2 乙方按甲方需求进行定制开发：辣椒酱配方及投料管理、炒制工序参数记录、批次追溯（原料批次至成品批次）、扫码出入库及库位管理、与甲方财务软件的接口。

1.3 乙方负责系统部署实施及用户培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | MES生产管理模块许可（永久） | 342,000 |
| 2 | WMS仓储管理模块许可（永久） | 226,000 |
| | 软件许可小计 | 568,000 |
| 3 | 定制开发（配方、追溯、扫码出入库、财务接口） | 368,000 |
| 4 | 部署实施及培训 | 60,000 |
| | 合同总价 | 996,000 |

合同总价为人民币玖拾玖万陆仟元整，含税。

## 第三条 付款方式

3.1 本合同签订后五个工作日内，甲方支付合同总价的65%（¥647,400）作为预付款，乙方收款后启动项目。

3.2 系统安装上线后五个工作日内，甲方支付合同总价的35%（¥348,600）。

## 第四条 交付与验收

4.1 乙方在收到预付款后90日内完成系统安装部署及定制功能上线。因甲方需求变更、现场条件或配合原因导致的延误，工期相应顺延。

4.2 系统在甲方服务器安装完毕并上线运行后，即视为甲方验收合格。甲方在上线后提出的问题，乙方在维护服务中处理。

## 第五条 免费维护与后续服务

5.1 乙方提供六个月免费维护，自系统上线之日起计算，内容为软件缺陷修复及远程技术支持。

5.2 技术支持方式为电话、微信及远程桌面，服务时间为工作日9:00至17:30。乙方将尽力尽快处理甲方提出的问题。

5.3 免费维护期满后，甲方应向乙方购买年度维护服务，年度维护费为软件许可费的32%，即每年¥181,760，按年预付。

## 第六条 知识产权

6.1 椒源MES、椒源WMS软件及其全部文档的知识产权归乙方所有。

6.2 乙方为甲方定制开发的功能模块、源代码、接口程序及相关文档，其知识产权同样归乙方所有。甲方在本合同约定的范围内享有非独占的使用权，不得修改、反编译或提供给第三方。乙方有权将定制功能纳入其标准产品向其他客户提供。

## 第七条 数据

7.1 甲方的生产、配方、库存等业务数据归甲方所有。

7.2 乙方应采取访问控制、账号权限管理和数据备份等必要措施保护甲方数据安全；乙方远程维护应经甲方同意。因乙方过错造成甲方数据泄露或丢失的，乙方应及时通知甲方，并依法承担赔偿责任。

7.3 甲方同意乙方可将经脱敏处理的生产工艺数据和运行数据用于乙方产品改进、行业分析及其他客户的实施参考。

## 第八条 保密

双方对在合作中获得的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后两个服务年度内继续有效。

## 第九条 责任限制

9.1 乙方不对项目延期承担违约金或赔偿责任，但应积极采取补救措施推进项目。

9.2 乙方在本合同项下的累计赔偿责任，以合同总价的20%为限。乙方不承担间接损失、利润损失及生产停顿损失。

## 第十条 合同解除

任何一方严重违约，经守约方书面通知后30日内未纠正的，守约方有权书面通知解除本合同。已支付的许可费不予退还。

## 第十一条 争议解决

因本合同发生的争议，双方友好协商解决；协商不成的，任何一方均可向乙方所在地人民法院提起诉讼。

## 第十二条 甲方义务

12.1 甲方应指定项目联系人，及时提供配方、工艺、库位及物料编码等基础资料，并对资料的准确性负责。

12.2 甲方应自行准备符合乙方要求的服务器、网络及扫码终端，并保证部署环境在乙方进场前就绪。

12.3 甲方应在乙方提交需求说明书后五个工作日内予以确认；逾期未确认的，视为确认。

## 第十三条 需求变更

13.1 需求说明书确认后，甲方提出新增或变更功能的，乙方评估工作量后另行报价，双方签订补充协议后实施，工期相应顺延。

13.2 变更工作量按每人日2,800元计算。

## 第十四条 培训

乙方在系统上线前为甲方提供两天的集中培训，培训对象为甲方生产、仓储及信息管理人员，人数不超过二十人。超出部分另行收费。

## 第十五条 不可抗力

因不可抗力导致一方不能履行本合同的，该方不承担责任，但应及时通知对方。

## 第十六条 部署与实施

16.1 乙方进场后进行现场调研，编制需求说明书及实施计划，经甲方确认后开始定制开发。

16.2 乙方负责系统安装、基础数据导入模板的提供、系统参数配置及扫码终端的联调。甲方负责按模板整理并导入物料、配方、库位、客户及供应商等基础数据。

16.3 系统上线后，乙方安排实施人员现场支持五个工作日，之后转为远程支持。

## 第十七条 通知

双方的通知以书面或电子邮件方式发送至本合同首部所列地址或双方确认的邮箱。乙方通过邮件发送的版本更新说明、服务变更通知，自发送之日起视为送达。

## 第十八条 合同份数及附件

本合同附件包括：报价单、功能清单、需求说明书（确认后补充）。附件与本合同具有同等效力。

## 第十九条 软件升级

19.1 免费维护期内，乙方提供所购模块的小版本升级。大版本升级及新增模块，甲方需另行购买。

19.2 甲方未购买年度维护服务的，乙方不再提供升级、缺陷修复及远程支持；甲方再次购买维护服务时，应补缴中断期间的维护费。

19.3 乙方发布的升级版本，由乙方远程安装；甲方应配合安排停机时间。

## 第二十条 其他

20.1 本合同经双方签字盖章后生效，一式两份，双方各执一份。

20.2 本文本为乙方标准合同文本，双方另有书面约定的，以书面约定为准。

甲方（盖章）：贵州黔辣坊食品有限公司　　　　乙方（盖章）：长沙椒源智造软件有限公司

授权代表：__________　　　　授权代表：__________

日期：2026年4月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. HM-IT-2026-019
P:This Software Licence and Services Agreement (the "Agreement") is made between Jiaxing Hengmu Furniture Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 1688 Changsheng Road, Jiaxing, Zhejiang (the "Customer"), and Tessaro Sistemi S.r.l., a company incorporated in Italy with its registered office at Via Venezia 41, 35131 Padova, Italy (the "Supplier").
P:Recitals. (A) The Customer manufactures panel and upholstered furniture at two plants in Jiaxing and wishes to replace its spreadsheet-based production planning with an advanced planning and scheduling system. (B) The Supplier develops and licenses the Tessaro APS software and provides implementation services for furniture and woodworking manufacturers. (C) After a comparison of three offers, the Customer has selected the Supplier on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Tessaro APS modules listed in Annex 1, in object code, with their documentation and all updates provided under this Agreement.
P:1.2 "Customisations" means the interfaces, reports, scheduling rules, screens and scripts developed by the Supplier specifically for the Customer under Annex 2.
P:1.3 "Customer Data" means all data entered into, processed by or generated by the Software for the Customer, including orders, bills of materials, routings, machine calendars and production records.
P:1.4 "Final Acceptance" means the written confirmation by the Customer under Article 6.3.
H:Article 2 Licence
P:2.1 The Supplier grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in the People's Republic of China, for 60 named planners and unlimited shop-floor viewers.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery. The licence survives any termination of this Agreement except termination for the Customer's unpaid licence fees.
H:Article 3 Services
P:3.1 The Supplier shall install the Software on the Customer's servers in Jiaxing, configure it, develop the Customisations described in Annex 2 (ERP interface for sales orders and inventory, CNC nesting interface, capacity and material-shortage reports, panel-saw sequencing rules), migrate open orders and master data, and train the Customer's planners and key users.
P:3.2 The Supplier shall assign a project manager who speaks Chinese or English and shall perform the on-site work in Jiaxing. Remote work shall follow Article 9.
H:Article 4 Price
P:4.1 At the Customer's request all prices are stated and paid in Chinese Renminbi (CNY). The total Contract Price is CNY 1,708,000, fixed, including all taxes, travel and expenses:
P:(a) Software licence fees (APS Core, Finite Scheduler, Material Planner, Shop-Floor Viewer): CNY 1,240,000;
P:(b) Implementation and Customisations: CNY 420,000;
P:(c) Training: CNY 48,000.
P:4.2 No other fees are payable for the scope described in this Agreement and its Annexes.
H:Article 5 Payment
P:5.1 The Customer shall pay 10% of the Contract Price within 20 days after signature, against an advance payment guarantee issued by a bank acceptable to the Customer.
P:5.2 The Customer shall pay 55% of the Contract Price within 20 days after Go-Live, meaning the first week in which production at both plants is scheduled in the Software. Go-Live is not acceptance.
P:5.3 The Customer shall pay the remaining 35% of the Contract Price within 20 days after Final Acceptance.
P:5.4 Each payment is due against a valid invoice. Payments are made by bank transfer from the Customer's account in Jiaxing.
H:Article 6 Acceptance
P:6.1 The Supplier shall deliver the Software, complete the Customisations and request Go-Live no later than 16 weeks after signature.
P:6.2 Acceptance tests shall show that (a) a full weekly schedule for both plants is calculated in less than 10 minutes; (b) the ERP interface transfers orders and inventory without loss or duplication on 20 consecutive working days; (c) the capacity and shortage reports match the agreed test cases in Annex 3; and (d) no Severity 1 or Severity 2 defect is open.
P:6.3 After a productive run of 30 consecutive days meeting Article 6.2, the Customer shall issue a written Final Acceptance certificate or list the failures. Installation, use of the Software in production or any payment does not constitute acceptance.
H:Article 7 Warranty and Support
P:7.1 The Supplier warrants that the Software and the Customisations will perform materially in accordance with their documentation for 24 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall correct defects and provide updates and support free of charge.
P:7.2 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the software licence fees in Article 4.1(a), namely CNY 136,400 per support year, and shall not be increased during the first three support years. Any later change must be agreed in writing.
P:7.3 Severity levels and times: Severity 1 (planning impossible for a plant) response within 1 hour and a workaround within 8 hours; Severity 2 (a major function impaired) response within 8 business hours; Severity 3 (minor issue) response within 2 business days.
P:7.4 For each full hour by which a Severity 1 response or workaround is late, the Supplier shall credit CNY 1,000 against the next support invoice or pay it to the Customer during the Warranty Period.
H:Article 8 Intellectual Property
P:8.1 The Software remains the property of the Supplier and its licensors.
P:8.2 All rights in the Customisations, including source code and documentation, vest in the Customer upon creation. The Supplier shall deliver their source code at Final Acceptance. The Customer may use, modify, copy and license the Customisations freely, also through other service providers.
H:Article 9 Data Protection and Security
P:9.1 Customer Data belongs to the Customer. The Supplier may access and process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:9.2 The Software and Customer Data are hosted on the Customer's servers. Remote access by the Supplier requires the Customer's approval of each session, takes place through the Customer's VPN with multi-factor authentication and is logged. The Supplier shall not copy Customer Data out of the Customer's systems; test data shall be provided by the Customer in anonymised form.
P:9.3 The Supplier shall comply with the Data Security Law and the Personal Information Protection Law of the People's Republic of China, notify the Customer of any security incident involving Customer Data within 24 hours, cooperate in its investigation, and indemnify the Customer for losses caused by its breach of this Article.
H:Article 10 Confidentiality
P:Each party shall keep confidential all non-public information of the other party received under this Agreement, use it only for this Agreement and disclose it only to employees and advisers who need it and are bound by equal obligations. This Article survives for three years after termination.
H:Article 11 Delay and Liability
P:11.1 If the Supplier fails to request Go-Live by the date in Article 6.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:11.2 The Supplier's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to breach of Articles 9 and 10, infringement of third-party rights, wilful misconduct or personal injury.
H:Article 12 Subcontracting
P:The Supplier shall not subcontract any part of the Services without the Customer's prior written consent. The Supplier remains fully responsible for the work of any approved subcontractor.
H:Article 13 Termination
P:13.1 The Customer may terminate this Agreement by written notice if the Supplier commits a material breach and does not remedy it within 20 days after written notice, or if the liquidated damages under Article 11.1 reach their maximum.
P:13.2 On termination for the Supplier's breach the Supplier shall refund the amounts paid for Services not accepted, and the Customer keeps its licence to the Software delivered.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of the People's Republic of China.
P:14.2 Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission (CIETAC) Shanghai Sub-Commission for arbitration in Shanghai in accordance with its rules. The arbitration shall be conducted in Chinese and English. The award is final and binding.
H:Article 14A Force Majeure
P:Neither party is liable for a delay caused by events beyond its reasonable control, such as natural disasters, epidemics or acts of government, provided that it notifies the other party promptly and uses its best efforts to limit the delay. If such an event lasts more than 60 days, either party may terminate the unperformed part of this Agreement by written notice.
H:Article 15 General
P:15.1 This Agreement, with Annex 1 (Software and licence metrics), Annex 2 (Customisation specification) and Annex 3 (Acceptance test cases), is the entire agreement of the parties on its subject matter.
P:15.2 Amendments must be in writing and signed by both parties. This Agreement is made in Chinese and English; both versions are equally authentic.
P:Signed on behalf of Jiaxing Hengmu Furniture Co., Ltd.: ____________________ Date: __________
P:Signed on behalf of Tessaro Sistemi S.r.l.: ____________________ Date: __________
"""

E02 = """# ORDER FORM No. LGV-CN-2026-044

**Supplier:** Lingvana d.o.o., Dunajska cesta 156, 1000 Ljubljana, Slovenia ("Lingvana")

**Customer:** Ningbo Qianhai Pump Manufacturing Co., Ltd., 88 Binhai Road, Beilun District, Ningbo, Zhejiang, China ("Customer")

This Order Form is placed under and incorporates the Lingvana General Terms set out below (together, the "Agreement"). Customer exports centrifugal and submersible pumps to distributors in more than forty countries and will use the Service to manage the translation of manuals, data sheets, catalogues and its web shop into eleven languages.

## Order details

| Item | Details |
|---|---|
| Service | Lingvana TMS, Business edition: translation memory, terminology base, workflow, machine-translation connector, web shop connector |
| Users | 25 named users (Customer staff) and unlimited external translator accounts |
| Storage | Up to 2 million translation units |
| Subscription Term | 24 months from the Subscription Start Date, 1 June 2026 |
| Subscription Fee | CNY 19,800 per month; CNY 475,200 for the Subscription Term |
| Onboarding Fee | CNY 36,000, one-time (set-up, import of legacy translation memories, web shop connector, two training days) |
| Total Order Value | CNY 511,200 |
| Currency | At the Customer's request all fees are stated, invoiced and paid in CNY |
| Billing | Subscription Fee invoiced quarterly in arrears; Onboarding Fee invoiced on Onboarding Acceptance |
| Hosting | Alibaba Cloud, Shanghai region |

**Onboarding.** Lingvana shall complete onboarding by 29 May 2026. Onboarding Acceptance takes place when (a) the legacy translation memories of Customer (about 1.4 million units) are imported with a verified match rate of at least 98% on a sample of 2,000 segments; (b) the web shop connector has transferred all product pages of the test catalogue in both directions without loss of formatting; (c) the terminology base is loaded and enforced in the workflow; and (d) all named users have completed training. Customer shall confirm Onboarding Acceptance in writing or list the deficiencies within 10 business days. Use of the Service before that confirmation is not acceptance.

**Late onboarding.** If onboarding is not completed by 29 May 2026 for reasons attributable to Lingvana, Lingvana shall pay Customer CNY 500 for each day of delay, up to CNY 25,000.

Signed for Lingvana d.o.o.: ____________________  Signed for Ningbo Qianhai Pump Manufacturing Co., Ltd.: ____________________

# LINGVANA GENERAL TERMS (China edition, 2026)

## Section 1 Service

1.1 Lingvana shall provide the Service described in the Order Form to Customer and its authorised users during the Subscription Term, in accordance with the documentation published by Lingvana.

1.2 Lingvana may improve or change the Service from time to time, provided that the functions ordered by Customer are not materially reduced.

1.3 Customer is responsible for the accuracy of the content it uploads and for the acts of its users and external translators.

## Section 2 Service Levels

2.1 Lingvana shall make the Service available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 22:00 and 06:00 China Standard Time.

2.2 Priority 1 incidents (the Service is unavailable or no user can save work) shall receive a first response within 1 hour, at any time. Priority 2 incidents (a major function impaired) shall receive a first response within 8 business hours, and Priority 3 incidents within 2 business days.

2.3 If availability in a month falls below 99.95%, Customer receives a service credit of 5% of the monthly Subscription Fee for each started 0.1 percentage point of shortfall, up to 50% of that fee. If a Priority 1 response is late, Customer receives a credit of CNY 500 for each hour of delay. Credits are deducted from the next invoice.

## Section 3 Fees and Payment

3.1 Fees are set out in the Order Form. Invoices are payable within 30 days of receipt.

3.2 Fees exclude machine-translation volumes above the included 20 million characters per Subscription Year, which are invoiced monthly at the rate on the Order Form.

## Section 4 Customer Data

4.1 All content, translation memories, terminology, files and other data uploaded to or generated in the Service for Customer ("Customer Data") belong to Customer. Lingvana processes Customer Data only to provide the Service to Customer and does not use it to train machine-translation engines or for any other purpose.

4.2 Lingvana shall protect Customer Data with encryption in transit and at rest, role-based access control, logging of administrative access and daily backups kept in the Shanghai region. Lingvana maintains an ISO 27001 certified information security management system and complies with the applicable laws of the People's Republic of China on data and personal information.

4.3 Lingvana shall notify Customer of any security incident affecting Customer Data within 24 hours of becoming aware of it, take all reasonable steps to contain it, and is responsible for the losses of Customer caused by a breach of this Section 4.

4.4 On expiry or termination Lingvana shall make Customer Data available for export in TMX, TBX and XLIFF format for 30 days and then delete it.

## Section 5 Intellectual Property

5.1 Lingvana owns the Service and its software.

5.2 Customer owns its Customer Data and any workflow templates, connector configurations and style rules created for Customer, and may use, modify and disclose them freely, also to another provider.

## Section 6 Confidentiality

Each party shall keep confidential the non-public information of the other party, use it only for the purposes of the Agreement and not disclose it to third parties except to its staff and advisers who need to know it. This obligation continues for three years after the end of the Agreement.

## Section 7 Subcontractors

7.1 Lingvana may engage subcontractors and sub-processors, including hosting providers and support partners, to perform the Service. Lingvana shall inform Customer of any new subcontractor or sub-processor by e-mail at least 14 days before it starts processing Customer Data.

7.2 Lingvana remains responsible for the performance of its subcontractors and sub-processors.

## Section 8 Term and Renewal

8.1 The Agreement starts on signature and continues for the Subscription Term.

8.2 At the end of the Subscription Term the subscription renews automatically for successive renewal periods of one Subscription Year each, unless either party gives written notice of non-renewal at least 60 days before the end of the current period.

8.3 Lingvana may increase the Subscription Fee for any renewal period by up to 7% by notice given at least 90 days before the renewal.

## Section 9 Termination

9.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not cure it within 30 days after receiving written notice describing the breach.

9.2 If Customer terminates under Section 9.1, Lingvana shall refund any fees paid for the period after termination.

## Section 10 Liability

10.1 Neither party is liable for indirect or consequential loss or loss of profit, except in case of wilful misconduct.

10.2 The total liability of Lingvana arising out of or in connection with the Agreement is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

## Section 11 Governing Law and Disputes

11.1 The Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be finally resolved by arbitration administered by the Shanghai International Arbitration Center in Shanghai. The language of the arbitration is English.

## Section 11A Customer Responsibilities

11A.1 Customer shall appoint a project contact for onboarding, provide its legacy translation memories and terminology in exportable formats, and give Lingvana timely access to a test instance of its web shop.

11A.2 Customer shall keep its user credentials secure, enable single sign-on or multi-factor authentication for its users, and inform Lingvana without delay of any suspected unauthorised use of its accounts.

11A.3 Customer shall not upload content that infringes third-party rights or violates applicable law.

## Section 11B Support and Training

11B.1 Lingvana provides support in English and Chinese through its help centre, by e-mail and by phone on business days from 08:00 to 18:00 China Standard Time, and around the clock for Priority 1 incidents.

11B.2 Lingvana shall hold a quarterly service review with Customer, covering availability, incidents, usage of machine-translation volumes and planned changes to the Service. Additional training days beyond the two included in the Onboarding Fee are charged at CNY 4,800 per day if ordered in writing.

11B.3 Lingvana shall keep the web shop connector compatible with the web shop platform versions used by Customer and shall adapt it free of charge when that platform releases a new major version during the Subscription Term.

11B.4 Each quarterly service review shall be documented in minutes approved by both parties, listing agreed actions, owners and due dates.

## Section 12 General

12.1 Notices shall be in writing and sent to the addresses in the Order Form.

12.2 Neither party may assign the Agreement without the other party's written consent.

12.3 If a provision is invalid, the remaining provisions stay in force.
"""

E03 = """T:PURCHASE CONTRACT FOR WAREHOUSE TEMPERATURE AND HUMIDITY MONITORING EQUIPMENT
P:Contract No. QDLL-PUR-2026-0087
P:Buyer: Qingdao Lanling Cold Chain Logistics Co., Ltd., 26 Haixi Road, Huangdao District, Qingdao, Shandong, China (the "Buyer").
P:Supplier: Adriatek Senzori d.o.o., Put Brodarice 6, 21000 Split, Croatia (the "Supplier").
P:Background: The Buyer operates four cold-storage warehouses and a chilled cross-docking hall in Qingdao for frozen seafood, meat and pharmaceuticals. To meet GSP requirements and its customers' audits, the Buyer is replacing manual temperature logging with a wireless monitoring system. Following a request for quotation, the Buyer has selected the Supplier. This Contract is on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, server and accessories listed in the Price Schedule.
P:1.2 "Software" means the Adriatek Monitor software, licensed perpetually for the Buyer's sites, and the dashboards and alarm rules configured for the Buyer.
P:1.3 "Sites" means the Buyer's warehouses A, B, C and D and the cross-docking hall at the address above.
H:2. Scope of Supply
P:2.1 The Supplier shall supply, install, calibrate and commission the Equipment and the Software at the Sites, configure alarm rules (SMS, phone call and WeChat notification), create dashboards for each cold room, and train the Buyer's warehouse and quality staff.
P:2.2 Sensors shall have a measuring range of -40 °C to +60 °C, accuracy of ±0.3 °C and ±2 % RH, a battery life of at least three years at a two-minute logging interval, and calibration certificates traceable to national standards.
H:3. Price Schedule
P:3.1 At the Buyer's request all prices are in Chinese Renminbi (CNY), fixed, including delivery DDP Qingdao, import duties, taxes and all costs of the Supplier. The prices are:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor ATS-220|420|1,180|495,600
TB:2|LoRa gateway with 4G backup ATG-8|24|6,400|153,600
TB:3|Adriatek Monitor software licence, perpetual, five sites|1|186,000|186,000
TB:4|Monitoring server with UPS|1|58,000|58,000
TB:|Equipment and software subtotal|||893,200
TB:5|Installation and commissioning|1|96,800|96,800
TB:6|On-site calibration and mapping study|1|34,000|34,000
TB:7|Training|1|12,000|12,000
TB:|Contract Price|||1,036,000
H:4. Payment
P:4.1 20% of the Contract Price within 15 days after signature, against the Supplier's invoice and an advance payment guarantee.
P:4.2 45% of the Contract Price within 15 days after delivery of all Equipment to the Sites and the Buyer's signed delivery note. The delivery note confirms quantities only and is not acceptance.
P:4.3 35% of the Contract Price within 15 days after Final Acceptance under Clause 6.
H:5. Delivery and Installation
P:5.1 The Supplier shall deliver all Equipment to the Sites within 10 weeks after signature and complete installation and commissioning within 4 weeks after delivery.
P:5.2 Installation work in cold rooms shall be planned with the Buyer so that stored goods are not exposed to temperature excursions. The Supplier's staff shall follow the Buyer's site safety and hygiene rules.
H:6. Acceptance
P:6.1 Acceptance tests: (a) each sensor is compared with a calibrated reference at three points and deviates by no more than its stated accuracy; (b) every sensor reports to the Software over a 14-day test run with no more than 5 missed readings per 1,000 expected; (c) every alarm channel is triggered and received within 2 minutes; (d) the mapping study report and all calibration certificates are delivered.
P:6.2 When the tests are passed the Buyer issues a Final Acceptance certificate. Delivery, installation or use of the Equipment is not acceptance. Failed tests shall be repeated after correction at the Supplier's cost.
H:7. Warranty
P:7.1 The Supplier warrants the Equipment and the Software for 36 months from Final Acceptance. During this period the Supplier shall repair or replace defective items free of charge, including transport, and provide software updates.
P:7.2 Faults are classified as Critical (a cold room or a gateway without monitoring) or Normal. For a Critical fault the Supplier shall respond within 2 hours and restore monitoring within 24 hours, if necessary with spare sensors kept at the Sites; Normal faults shall be resolved within 5 business days.
P:7.3 For each hour by which a Critical fault response or restoration is late the Supplier shall pay the Buyer CNY 600.
H:8. Support after Warranty
P:8.1 After the warranty period the Buyer may order annual support including recalibration, battery replacement labour and software updates. The annual support fee shall be 7% of the equipment and software subtotal, namely CNY 62,524 per year, fixed for the first three support years.
P:8.2 Support is ordered by a written purchase order for each support year and does not renew automatically.
H:9. Intellectual Property
P:9.1 The Software remains the property of the Supplier. The Buyer's licence is perpetual and may be used by any company of the Buyer's group at the Sites.
P:9.2 Dashboards, alarm rules, reports and the mapping study prepared for the Buyer belong to the Buyer, which may use and modify them freely and hand them to other service providers.
H:10. Monitoring Data
P:10.1 All measurements, alarms and records produced by the Equipment and the Software belong to the Buyer.
H:11. Confidentiality
P:11.1 The Supplier shall keep confidential all information about the Buyer's business, customers, warehouse layout and prices that it receives under this Contract and shall not disclose it to any third party without the Buyer's written consent. This obligation continues for three years after the end of this Contract.
H:12. Delay
P:12.1 If the Supplier is late in delivery or in completing installation and commissioning, it shall pay the Buyer liquidated damages of 0.03% of the Contract Price for each day of delay, up to 5% of the Contract Price.
P:12.2 Payment of liquidated damages does not release the Supplier from its obligation to complete the work.
H:13. Subcontracting
P:13.1 The Supplier shall not subcontract installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for approved subcontractors.
H:14. Termination
P:14.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after the Buyer's notice, or if delivery is more than 8 weeks late.
P:14.2 On termination for the Supplier's breach the Supplier shall refund all amounts received for Equipment and services not accepted and take back the delivered Equipment at its cost.
H:15. Governing Law and Disputes
P:15.1 This Contract is governed by the laws of the People's Republic of China.
P:15.2 Disputes shall be submitted to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final.
H:15A. Packaging, Marking and Documents
P:15A.1 The Equipment shall be packed for sea and road transport and marked with the Contract number, the Site and the item numbers of the Price Schedule. The Supplier is responsible for damage caused by inadequate packing.
P:15A.2 With each delivery the Supplier shall provide a packing list, certificates of origin and conformity, CCC or radio type approval certificates where required in China, and user manuals in Chinese.
P:15A.3 Before Final Acceptance the Supplier shall deliver as-built drawings showing the position of each sensor and gateway, the network plan, the configuration backup of the Software and the calibration records.
H:15B. Training and Spare Parts
P:15B.1 The Supplier shall train up to 20 warehouse and quality staff in two sessions, covering daily use, alarm handling, battery replacement and report export, and shall train two of the Buyer's IT staff in administration of the server and the Software.
P:15B.2 The Supplier shall keep at the Sites, free of charge during the warranty period, a stock of spare sensors and one spare gateway, and shall replenish it within 10 days after use.
P:15B.3 The Supplier shall ensure the supply of spare parts and replacement sensors for at least seven years after Final Acceptance at prices not higher than its list prices to comparable customers.
H:15C. Force Majeure
P:Neither party is liable for failure to perform caused by force majeure, provided that it notifies the other party within 5 days and provides evidence. The parties shall agree on a new schedule. If force majeure lasts more than 60 days, the Buyer may terminate the unperformed part of this Contract.
H:15D. Site Rules and Insurance
P:15D.1 The Supplier's staff shall wear the protective clothing required for cold rooms, follow the Buyer's food-safety and GSP hygiene rules, and work in frozen areas only in the time slots agreed with the warehouse manager.
P:15D.2 The Supplier shall hold liability insurance covering damage to the Buyer's property and stored goods caused by its staff during installation, with cover of not less than CNY 2,000,000, and shall provide the certificate before starting work.
H:16. Miscellaneous
P:16.1 This Contract is made in English and Chinese; both versions have equal force.
P:16.2 Amendments are valid only in writing signed by both parties.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# MANAGED IT OPERATIONS SERVICES AGREEMENT

**Agreement No.** HFYD-MSA-2026-02

**Between**

**Hefei Yuanda Home Appliance Parts Co., Ltd.**, 35 Fanhua Avenue, Economic and Technological Development Zone, Hefei, Anhui, China (the "Customer"); and

**Balkantek Managed Services EOOD**, 12 Tsar Boris III Boulevard, 4000 Plovdiv, Bulgaria (the "Provider").

**Background.** The Customer makes compressor components and plastic parts for household appliances at three plants in Hefei and Chuzhou with about 1,900 staff. Its small IT team wishes to hand the daily operation of its network, servers and end-user devices to a managed service provider. The Provider operates a 24x7 service centre and delivers its services in China through a local team. The parties agree as follows.

## Clause 1 Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels in Schedule 2.

1.3 "Transition" means the take-over of the Services from the Customer's IT team under Clause 3.

1.4 "Customer Data" means all data of the Customer and its employees, customers and suppliers that the Provider accesses, stores or processes in providing the Services, including configurations, logs and tickets.

## Clause 2 Term

2.1 This Agreement starts on signature. The Services start on the Service Commencement Date, 1 July 2026, and continue for 36 months (the "Initial Term").

2.2 The Agreement ends at the end of the Initial Term unless the parties agree in writing on an extension. There is no automatic renewal.

## Clause 3 Transition

3.1 The Provider shall complete the Transition by 30 June 2026 according to the transition plan in Schedule 1, including discovery of all devices, documentation of the network, set-up of monitoring and of the ticketing system, and knowledge transfer from the Customer's IT team.

3.2 Transition Acceptance requires that (a) all devices in the inventory are monitored and visible in the dashboard; (b) the runbooks for the ten most frequent incident types are written and approved by the Customer; (c) a test of the service desk with 50 sample tickets meets the response times in Schedule 2; and (d) backups of all servers have been restored successfully in a test. The Customer confirms Transition Acceptance in writing. Starting to use the Services is not acceptance.

3.3 If the Transition is not accepted by 30 June 2026 for reasons attributable to the Provider, the Provider shall pay CNY 1,200 for each day of delay until acceptance.

## Clause 4 Charges and Payment

4.1 At the Customer's request the charges are stated and paid in CNY. The charges are set out in Schedule 3. The Monthly Service Charge is fixed for the Initial Term.

4.2 The Transition Fee is invoiced after Transition Acceptance. The Monthly Service Charge is invoiced monthly in arrears. No amount is payable before the Services start.

4.3 Invoices are payable within 30 days.

## Clause 5 Service Levels and Credits

5.1 The Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If a Service Level is missed, the Provider shall give the service credits set out in Schedule 2. Credits are deducted from the next invoice and do not limit the Customer's other rights.

## Clause 6 Customer Data and Security

6.1 Customer Data belongs to the Customer. The Provider shall process it only to provide the Services and on the Customer's instructions, and shall not use it for any other purpose.

6.2 The Provider shall keep Customer Data in the Customer's data centre in Hefei and shall not transfer it outside the People's Republic of China. Remote access by the Provider's staff is allowed only from the Provider's service centre through the Customer's bastion host with multi-factor authentication, and all sessions are recorded.

6.3 The Provider shall comply with the Cybersecurity Law, the Data Security Law and the Personal Information Protection Law, maintain ISO 27001 certification, notify the Customer of any security incident within 2 hours and take all measures to contain it. The Provider is liable for all losses caused by a security incident for which it is responsible.

## Clause 7 Confidentiality

Each party shall keep confidential the other party's non-public information, including passwords, network plans, prices and business information, and disclose it only to staff who need it for this Agreement. This Clause survives for three years after termination.

## Clause 8 Intellectual Property

Runbooks, network documentation, configurations, scripts and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and pass them to any successor provider. The Provider keeps its own tools and know-how.

## Clause 9 Personnel and Subcontracting

9.1 The Provider shall assign a service manager and a local on-site engineer at the Hefei plant on working days.

9.2 The Provider shall not subcontract any part of the Services without the Customer's prior written consent and remains responsible for any approved subcontractor.

## Clause 10 Liability

The total liability of each party under this Agreement is limited to 150% of the total charges payable for the Initial Term. The limit does not apply to breaches of Clauses 6 and 7, wilful misconduct or personal injury.

## Clause 11 Termination

11.1 Given the investment of the Provider in the Transition, neither party may terminate this Agreement before the end of the Initial Term, except where the other party becomes insolvent.

11.2 If the Provider fails to perform, the Customer's remedies are the service credits under Clause 5, the delay payments under Clause 3.3 and damages under Clause 10. The Customer may not terminate this Agreement for that reason.

11.3 At the end of the Agreement the Provider shall give exit assistance for up to 60 days, hand over all documentation and Customer Data, and delete any copies held by it.

## Clause 12 Governing Law and Disputes

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Disputes shall be submitted to the Hefei Arbitration Commission. The arbitration shall be held in Hefei in Chinese.

## Clause 13 Governance and Reporting

13.1 The parties shall hold a monthly operations meeting and a quarterly service review attended by the Customer's IT manager and the Provider's service manager. The Provider shall present the service report, open risks, changes performed and planned, and improvement proposals.

13.2 Changes to the Services, including new sites or additional devices of more than ten per cent of the inventory, shall be agreed in a written change note stating their effect on the charges.

## Clause 14 Customer Responsibilities

14.1 The Customer shall give the Provider's staff access to the sites, systems and documentation needed for the Services, appoint a contact person for each plant, and approve changes through its change process within a reasonable time.

14.2 The Customer remains responsible for its licences of third-party software and for hardware purchases, which the Provider may recommend but not order on its behalf.

## Clause 15 General

15.1 Neither party may assign this Agreement without the other's written consent. Notices must be in writing and sent to the addresses above.

15.2 Neither party is liable for delay caused by force majeure, provided that it informs the other party promptly.

15.3 This Agreement, with its Schedules, is the entire agreement of the parties on the Services. Amendments must be in writing and signed by both parties. The Agreement is made in English and Chinese; both versions are equally authentic.

15.4 If any provision of this Agreement is invalid, the remaining provisions remain in force and the parties shall replace the invalid provision by a valid one closest to its purpose.

## Schedule 1 Services

| Service | Scope |
|---|---|
| Service desk | Chinese-speaking service desk by phone, WeChat and portal, 7:30–20:00 on working days; on-call outside these hours for Priority 1 |
| Network operations | 3 plant LANs, 46 switches, 128 Wi-Fi access points, 3 firewalls, SD-WAN links; monitoring, changes, firmware |
| Server operations | 22 virtual servers, 2 hypervisor clusters, backup system; patching, backups, restore tests each quarter |
| End-user devices | About 760 PCs and laptops; imaging, patching, antivirus, hardware dispatch |
| Reporting | Monthly service report and quarterly review meeting |

## Schedule 2 Service Levels

| Measure | Level | Credit if missed |
|---|---|---|
| Availability of core network and servers | 99.5% per month | 3% of the Monthly Service Charge for each started 0.1 percentage point below the level, up to 20% |
| Priority 1 incident (a plant, the ERP or the MES is down) | Response 30 minutes, restoration 3 hours | CNY 1,000 for each hour late |
| Priority 2 incident (a department or a line affected) | Response 1 hour, restoration 8 hours | CNY 300 for each hour late |
| Priority 3 request | Response 8 business hours | none |

## Schedule 3 Charges

| Charge | Amount (CNY) |
|---|---|
| Transition Fee (one-time) | 58,000 |
| Monthly Service Charge | 42,500 |
| Monthly Service Charges for the Initial Term (36 months) | 1,530,000 |
| Total charges for the Initial Term | 1,588,000 |

Signed for Hefei Yuanda Home Appliance Parts Co., Ltd.: ____________________

Signed for Balkantek Managed Services EOOD: ____________________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - AGROMETEO API

Agreement No. MTR-CN-2026-011

PARTIES
Meteoris d.o.o., Bulevar oslobodjenja 30, 21000 Novi Sad, Serbia ("Meteoris"); and
Harbin Fengtian Agricultural Technology Co., Ltd., 77 Xuefu Road, Nangang District, Harbin, Heilongjiang, China (the "Customer").

BACKGROUND
The Customer advises about 3,200 grain and soybean farms in Heilongjiang and Jilin on sowing, spraying and harvest timing through its mobile app. Meteoris operates the Agrometeo API, which delivers weather observations, high-resolution forecasts, soil-moisture estimates and crop-stress indices for any field location. The Customer wishes to subscribe to the API and integrate it into its app and advisory platform. Meteoris has offered the subscription on the terms below, which the parties accept.

1. DEFINITIONS
1.1 "API" means the Agrometeo application programming interface, its endpoints and documentation.
1.2 "Meteoris Data" means the weather, soil and crop data delivered through the API.
1.3 "Customer Data" means the field boundaries, coordinates, crop plans, farm identities and query logs that the Customer or its users send to the API, and any results linked to them.
1.4 "Subscription Year" means each period of 365 days starting on the Start Date or an anniversary of it.
1.5 "Integration Acceptance" has the meaning in Clause 5.

2. SUBSCRIPTION
2.1 Meteoris grants the Customer, for the Term, a non-exclusive right to call the API and to use, display and pass Meteoris Data to the Customer's farm clients inside the Customer's app, advisory reports and platform.
2.2 The subscription includes up to 40 million API calls per Subscription Year, forecast resolution of 1 km, hourly updates and a historical archive from 2000.
2.3 The Customer shall not resell Meteoris Data as a stand-alone data product.

3. TERM
3.1 The Term starts on the Start Date, 1 March 2026, and ends on 28 February 2028, covering two Subscription Years.
3.2 The subscription does not renew automatically. Any extension requires a written agreement of both parties, including on the fees.

4. FEES AND PAYMENT
4.1 At the Customer's request all fees are stated and paid in Chinese Renminbi (CNY).
4.2 Subscription fee: CNY 168,000 per Subscription Year, CNY 336,000 for the Term, fixed.
4.3 Integration support: CNY 24,000, one-time, covering a technical workshop, a sandbox, Chinese-language documentation of the endpoints used and support of the Customer's developers until Integration Acceptance.
4.4 The total contract value is CNY 360,000. API calls above the included volume are charged at CNY 0.002 per call and invoiced quarterly; such usage charges are not part of the contract value.
4.5 The subscription fee is invoiced quarterly in arrears. The integration support fee is invoiced after Integration Acceptance. Invoices are payable within 30 days. Nothing is payable before the Start Date.

5. INTEGRATION ACCEPTANCE
5.1 Meteoris shall provide the sandbox and documentation by 15 January 2026 and support the integration so that Integration Acceptance can take place by the Start Date.
5.2 Integration Acceptance requires that, in a test of 10 working days with the Customer's production app, (a) the median response time of the forecast endpoint is below 300 milliseconds from mainland China; (b) forecasts for 500 test fields match the Meteoris reference output; (c) error handling and rate limits behave as documented; and (d) the Chinese documentation is complete.
5.3 The Customer confirms Integration Acceptance in writing or lists the failed items. Using the API in production does not by itself mean acceptance.
5.4 If the sandbox, the documentation or the remedy of a failed item is late for reasons attributable to Meteoris, Meteoris shall pay CNY 400 for each day of delay.

6. SERVICE LEVELS
6.1 Meteoris shall keep the API available 99.95% of each calendar month, measured at its endpoints in the Hong Kong and Frankfurt regions, excluding maintenance announced 72 hours in advance.
6.2 Severity 1 incidents (the API is unavailable or returns wrong forecasts for a region) receive a response within 1 hour, 24 hours a day, and Meteoris shall work continuously on them until restored. Severity 2 incidents receive a response within 8 business hours.
6.3 Forecast data shall be refreshed at least every 60 minutes.
6.4 For each started 0.1 percentage point below the availability level in a month, the Customer receives a credit of 5% of that month's share of the subscription fee, up to 50%. For each hour by which a Severity 1 response is late, the Customer receives a credit of CNY 300.

7. CUSTOMER DATA AND SECURITY
7.1 Customer Data belongs to the Customer. Meteoris shall use Customer Data only to answer the Customer's API calls and to provide support, and shall not store it longer than 30 days, combine it with other data, or use it for any other purpose, including product development.
7.2 Meteoris shall protect Customer Data by TLS encryption, API keys with IP allow-lists, access control, logging and an information security management system certified to ISO 27001.
7.3 Meteoris shall notify the Customer of any security incident affecting Customer Data within 24 hours, cooperate in the investigation and in any notice to authorities or farms, and compensate the Customer for the losses caused by such an incident where Meteoris is responsible.
7.4 The Customer shall not send personal identity numbers or telephone numbers of farmers to the API.

8. INTELLECTUAL PROPERTY
8.1 Meteoris owns the API and Meteoris Data.
8.2 The connector code, mapping tables and data-conversion scripts written by Meteoris for the Customer during integration support belong to the Customer, which may use, modify and license them freely.

9. CONFIDENTIALITY
Each party shall keep confidential the other party's non-public technical and commercial information, including the Customer's client list and the fees, and use it only for this Agreement. This obligation lasts for three years after the end of the Term.

10. SUBCONTRACTING
Meteoris shall not subcontract the operation of the API or the processing of Customer Data without the Customer's prior written consent, except for its existing hosting providers named in the annex.

11. LIABILITY
11.1 Each party's total liability under this Agreement is limited to twice the total contract value. The limit does not apply to breaches of Clauses 7 and 9 or to wilful misconduct.
11.2 Neither party is liable for loss of profit or indirect loss.

12. TERMINATION
12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
12.2 The Customer may also terminate if availability falls below the level in Clause 6.1 in three months of any six.
12.3 On termination Meteoris shall refund prepaid fees for the remaining period and delete all Customer Data.

13. GOVERNING LAW AND DISPUTES
13.1 This Agreement is governed by the laws of the Republic of Serbia.
13.2 Any dispute shall be settled by the Permanent Arbitration at the Chamber of Commerce and Industry of Serbia in Belgrade, in English.

13A. CUSTOMER RESPONSIBILITIES
13A.1 The Customer shall keep its API keys secret, use them only in its own systems, and revoke and replace any key that may have been disclosed.
13A.2 The Customer is responsible for the advice it gives to its farm clients. Meteoris Data are forecasts and estimates, and the Customer shall show the source "Meteoris Agrometeo" in its app where Meteoris Data are displayed.
13A.3 The Customer shall inform Meteoris at least 30 days in advance of any planned increase of its call volume by more than half, so that capacity can be provided.

13B. SUPPORT AND REPORTING
13B.1 Meteoris provides support by e-mail and ticket portal in English, and during the main crop season from April to October by a Chinese-speaking support line on working days from 08:00 to 18:00 China Standard Time.
13B.2 Meteoris shall send the Customer a monthly report with availability, response times, incidents, API call volumes and any credits due, and shall announce changes to the API at least 90 days before an endpoint used by the Customer is changed or withdrawn.

13C. FORCE MAJEURE
Neither party is liable for failure to perform caused by events beyond its reasonable control, provided that it informs the other party promptly. Failures of Meteoris' own hosting providers are not force majeure.

13D. EXIT
13D.1 During the last 60 days of the Term Meteoris shall, on request, provide the Customer with a complete export of the connector configuration and the mapping tables, and answer reasonable questions of the Customer's developers, so that the Customer can change to another data source without interruption of its app.
13D.2 Licences to Meteoris Data already included in reports issued to farms before the end of the Term continue after the Term.

14. GENERAL
14.1 This Agreement is the entire agreement of the parties on its subject matter. Amendments must be in writing.
14.2 Notices are sent by e-mail to the contacts named in the annex and confirmed by letter.

SIGNATURES
For Meteoris d.o.o.: ____________________  Date: __________
For Harbin Fengtian Agricultural Technology Co., Ltd.: ____________________  Date: __________
"""

# ---------------------------------------------------------------------------------------------------------------
FILES = {  # key: (file name, format, source)
    "z01": ("h467z01_city_management_digital_platform.pdf", "pdf", Z01),
    "z02": ("h467z02_paper_mill_pulper_control_retrofit.docx", "docx", Z02),
    "z03": ("h467z03_laundry_chain_order_membership_saas.txt", "txt", Z03),
    "z04": ("h467z04_science_bureau_project_system_om.txt", "txt", Z04),
    "z05": ("h467z05_chili_sauce_mes_wms_supplier_template.md", "md", Z05),
    "e01": ("h467e01_furniture_aps_licence_italy.pdf", "pdf", E01),
    "e02": ("h467e02_translation_saas_order_form_slovenia.md", "md", E02),
    "e03": ("h467e03_cold_chain_sensors_croatia.docx", "docx", E03),
    "e04": ("h467e04_managed_it_operations_bulgaria.md", "md", E04),
    "e05": ("h467e05_agro_weather_data_api_serbia.txt", "txt", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

# The design: labels (terms + extra) and, for goods_or_licence, the TCO inputs (fee base, annual fee).
COMMON = dict(availability_pct=None, p1_response_hours=0.5, sla_remedy=True, ip_owner="buyer",
              data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
              liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True,
              warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
              termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
              contract_kind="goods_or_licence")
D = {
    "z01": dict(lang="zh", category="software", value=2108000, tco=(1180000, 106200),
                terms=dict(availability_pct=99.95, ld_rate_per_day_pct=0.08, prepayment_pct=20, warranty_months=24,
                           post_warranty_fee_pct=9),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                design=[]),
    "z02": dict(lang="zh", category="hardware", value=1590000, tco=(1260000, 100800),
                terms=dict(ld_rate_per_day_pct=0.02, prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=8,
                           subcontract_without_consent=True),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                design=["CR-LD-LOW", "CR-SUBCONTRACT"]),
    "z03": dict(lang="zh", category="cloud", value=615200, tco=None,
                terms=dict(availability_pct=99.5, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                           final_payment_on_acceptance=None, auto_renewal_price_increase=True,
                           contract_kind="service"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"]),
    "z04": dict(lang="zh", category="services", value=486000, tco=None,
                terms=dict(sla_remedy=False, confidentiality=False, ld_rate_per_day_pct=0.1,
                           final_payment_on_acceptance=None, governing_law=None, contract_kind="service"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-CONFIDENTIALITY", "CR-SLA-NO-REMEDY"]),
    "z05": dict(lang="zh", category="software", value=996000, tco=(568000, 181760),
                terms=dict(p1_response_hours=None, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                           liability_cap_pct=20, prepayment_pct=65, acceptance_clause=False,
                           final_payment_on_acceptance=False, warranty_months=6, post_warranty_fee_pct=32,
                           subcontract_without_consent=None, governing_law=None),
                extra=dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=True),
                design=["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
                        "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE",
                        "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(lang="en", category="software", value=1708000, tco=(1240000, 136400),
                terms=dict(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=200, prepayment_pct=10,
                           warranty_months=24, post_warranty_fee_pct=11),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                design=[]),
    "e02": dict(lang="en", category="cloud", value=511200, tco=None,
                terms=dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=500 / 511200 * 100,
                           liability_cap_pct=6 / 24 * 100, final_payment_on_acceptance=None,
                           auto_renewal_price_increase=True, subcontract_without_consent=True,
                           contract_kind="service"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SUBCONTRACT"]),
    "e03": dict(lang="en", category="hardware", value=1036000, tco=(893200, 62524),
                terms=dict(p1_response_hours=2, data_security_clause=False, ld_rate_per_day_pct=0.03,
                           prepayment_pct=20, warranty_months=36, post_warranty_fee_pct=7),
                extra=dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True,
                           acceptance_deemed_on_delivery=False),
                design=["CR-DATA-SECURITY", "CR-LD-LOW"]),
    "e04": dict(lang="en", category="services", value=1588000, tco=None,
                terms=dict(availability_pct=99.5, ld_rate_per_day_pct=1200 / 1588000 * 100, liability_cap_pct=150,
                           final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-SLA-AVAILABILITY", "CR-TERMINATION"]),
    "e05": dict(lang="en", category="cloud", value=360000, tco=None,
                terms=dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=400 / 360000 * 100,
                           liability_cap_pct=200, final_payment_on_acceptance=None, governing_law="Serbia",
                           contract_kind="service"),
                extra=dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False),
                design=["CR-GOVERNING-LAW"]),
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
SEVERITY = {"CR-SLA-MISSING": "high", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high", "CR-LD-MISSING": "high",
            "CR-ACCEPTANCE": "high", "CR-POST-WARRANTY-FEE": "high", "CR-GOVERNING-LAW": "low"}


def tco_share(d, t):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty, pro rata."""
    if d["tco"] is None or t["contract_kind"] != "goods_or_licence":
        return None
    _base, fee = d["tco"]
    years = max(0.0, 5 - t["warranty_months"] / 12)
    post = years * fee
    return post / (d["value"] + post) * 100


def derive_rules(d, t, x):
    """My own reading of policy.md §3 (not project code)."""
    r = set()
    if not x["sla_clause"]:
        r.add("CR-SLA-MISSING")
    if t["availability_pct"] is not None and t["availability_pct"] < 99.9:
        r.add("CR-SLA-AVAILABILITY")
    if t["p1_response_hours"] is None or t["p1_response_hours"] > 4:
        r.add("CR-SLA-RESPONSE")
    if x["sla_clause"] and not t["sla_remedy"]:
        r.add("CR-SLA-NO-REMEDY")
    if t["ip_owner"] != "buyer":
        r.add("CR-IP-OWNERSHIP")
    if not t["data_security_clause"]:
        r.add("CR-DATA-SECURITY")
    if t["buyer_owns_data"] is not True:
        r.add("CR-DATA-OWNERSHIP")
    if not t["confidentiality"]:
        r.add("CR-CONFIDENTIALITY")
    if not x["ld_stated"]:
        r.add("CR-LD-MISSING")
    elif t["ld_rate_per_day_pct"] is not None and t["ld_rate_per_day_pct"] < 0.05:
        r.add("CR-LD-LOW")
    if t["liability_cap_pct"] is not None and t["liability_cap_pct"] < 100:
        r.add("CR-LIABILITY-CAP")
    if t["prepayment_pct"] is not None and t["prepayment_pct"] > 30:
        r.add("CR-PREPAYMENT")
    if (not t["acceptance_clause"]) or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"]) or t["post_warranty_fee_pct"] is None or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(d, t)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] not in (None, "PRC"):
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    sev = [SEVERITY.get(r, "medium") for r in rules]
    return "high" if "high" in sev else ("medium" if "medium" in sev else "low")


THRESH = {  # rule threshold -> label key
    "availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
    "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}


def build_label(key):
    d = D[key]
    t = dict(COMMON)
    t.update(d["terms"])
    x = dict(d["extra"])
    x["contract_value"] = d["value"]
    name = FILES[key][0]
    rules = derive_rules(d, t, x)
    assert rules == sorted(d["design"]), (key, rules, d["design"])
    for k, th in THRESH.items():
        assert t[k] is None or abs(t[k] - th) > 1e-9, (key, k)
    s = tco_share(d, t)
    assert s is None or abs(s - 40) > 2, (key, s)
    lab = {"file": name, "language": d["lang"], "category": d["category"],
           "expected_terms": {k: t[k] for k in TERM_KEYS}, "expected_extra": x, "expected_rules": rules}
    return lab, rules, s

# --- threshold figures: none may appear anywhere in the texts -------------------------------------------------
ND = r"(?<![\d.])"   # not preceded by a digit or a decimal point
CN = "〇零一二三四五六七八九十百千万两"
PATTERNS = [
    ND + r"99\.9(?!\d)\s*%", r"99\.9(?!\d)\s*(?:percent|per\s*cent)",
    ND + r"4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", rf"(?<![{CN}])四\s*(?:个)?小时", r"(?i)\bfour[\s-]*hours?",
    ND + r"240\s*(?:分钟|minutes?)",
    ND + r"0?\.05(?!\d)\s*%", rf"万分之五(?![{CN}\d])", r"(?i)0\.05\s*(?:percent|per\s*cent)",
    ND + r"100\s*%", r"百分之百", r"(?i)(?<![\d.])100\s*(?:percent|per\s*cent)", r"(?i)one\s*hundred\s*per",
    ND + r"30\s*%", rf"百分之三十(?![{CN}])", rf"(?<![{CN}])三成", r"(?i)thirty\s*per",
    ND + r"12\s*(?:个月|months?\b|-month)", rf"(?<![{CN}])十二\s*个月", r"(?i)twelve[\s-]*months?",
    r"一年", r"(?i)\bone[\s-]*year", r"(?i)(?<![a-z])oneyear", r"(?i)\bannum\b",
    ND + r"15\s*%", rf"百分之十五(?![{CN}])", r"(?i)fifteen\s*per",
    ND + r"40\s*%", rf"百分之四十(?![{CN}])", rf"(?<![{CN}])四成", r"(?i)forty\s*per",
    ND + r"5\s*(?:年|years?\b|-year)", rf"(?<![{CN}])五\s*年", r"(?i)\bfive[\s-]*years?", r"(?i)(?<![a-z])fiveyears?",
    ND + r"60\s*(?:个月|months?\b|-month)", rf"六十\s*个月", r"(?i)sixty\s*months",
]
RX = [re.compile(p) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "twelve months", "12 months", "一年",
            "one year", "15%", "15 %", "40%", "四成", "5年", "五年", "five years", "60 months", "5 years"]
MUST_MISS = ["24小时", "24 hours", "99.95%", "115%", "0.15%", "150%", "2025年", "2026年", "万分之五十", "服务年度",
             "Subscription Year", "1.5%", "20%", "35%", "45%", "65%", "14小时", "36 months", "24 months", "200%",
             "万分之二", "万分之八", "二十四个月", "six months", "0.005%", "25%", "8%", "48小时", "30 minutes"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def forms(text):
    return {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}


def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" | ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    if lang == "zh":
        return len(text)
    return len(text.split())


LIMITS = {"zh": (2750, 3000), "en": (1450, 1650)}


def main():
    selftest()
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write
    sources = {k: v[2] for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    targets = {k: (v[0], v[1]) for k, v in FILES.items() if v[1] in ("docx", "pdf")}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, fmt, src) in FILES.items():
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered, bad = set(), []
    for k, (name, fmt, src) in FILES.items():
        lab, rules, share = build_label(k)
        stem = name.rsplit(".", 1)[0]
        (OUT / (stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        covered |= set(rules)
        text = read_back(OUT / name)
        n = length(text, D[k]["lang"])
        lo, hi = LIMITS[D[k]["lang"]]
        found = []
        for label, body in list(forms(text).items()) + [("src-" + a, b) for a, b in forms(src).items()]:
            found += [(label, h) for h in hits(body)]
        ok = lo <= n <= hi
        print(f"{k} {name} len={n} {'OK' if ok else 'OUT OF RANGE'} rules={rules} risk={risk(rules)}"
              + (f" tco_share={share:.2f}" if share is not None else ""))
        if found:
            print("   THRESHOLD TEXT:", found)
        if not ok or found:
            bad.append(k)
    missing = set(ALL_RULES) - covered
    print("coverage missing:", sorted(missing))
    assert not missing
    assert not bad, bad
    print("all checks passed")


if __name__ == "__main__":
    main()
