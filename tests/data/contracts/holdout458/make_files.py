"""holdout458: builds ten ordinary draft contracts (5 zh, 5 en) and their labels, then checks lengths,
threshold figures and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder)."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:社区矫正综合管理平台采购合同
P:合同编号：SJ-ZFCG-2026-017　　采购方式：公开招标（政府采购）
P:甲方（采购人）：江北市司法局　　地址：江北市人民路88号
P:乙方（供应商）：云衡信息技术有限公司　　地址：南京市雨花台区软件大道168号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及招标文件、乙方投标文件，甲乙双方就社区矫正综合管理平台的软件许可、定制开发及实施事宜，经协商一致，订立本合同。
H:第一条 项目内容
P:1.1 乙方向甲方提供社区矫正综合管理平台软件许可（市、区两级部署，含调查评估、入矫报到、日常监管、教育帮扶、解矫管理模块），并按甲方需求完成定制开发，包括移动端报到及人脸核验、电子围栏越界预警、与公安、法院、检察院业务系统的数据对接。
P:1.2 乙方负责部署实施、数据迁移、试运行保障及培训，具体范围以本合同附件一《需求规格说明书》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰肆拾肆万元整（¥2,440,000），含税，为固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|平台软件许可（市级+区级，永久使用）|1,260,000
TB:2|定制开发（移动报到、电子围栏、政法数据对接）|980,000
TB:3|部署实施及数据迁移|156,000
TB:4|培训|44,000
TB:合计||2,440,000
P:2.2 上述价款已包括软件、开发、实施、培训、差旅、税费及质保期内的全部服务费用。
H:第三条 付款方式
P:3.1 合同签订并收到乙方发票后10个工作日内，甲方支付合同总价的45%作为预付款，即¥1,098,000。
P:3.2 系统上线并通过初验后，甲方支付合同总价的35%，即¥854,000。
P:3.3 系统试运行满三个月并通过终验后，甲方支付合同总价的20%，即¥488,000。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后120日内完成部署及定制开发并申请初验。
P:4.2 乙方派驻的项目经理及核心开发人员应与投标文件一致，未经甲方书面同意不得更换。
H:第五条 验收
P:5.1 初验标准：附件一所列功能全部实现；电子围栏定位误差不超过50米；与政法数据对接接口连续运行10日无错误；系统在500个并发用户下页面响应不超过3秒；通过第三方安全测评。
P:5.2 终验标准：系统试运行满三个月，期间未发生一级故障，历史数据迁移经甲方抽查一致，乙方提交完整的源代码、设计文档及运维手册。
P:5.3 甲方在收到验收申请后10个工作日内组织验收并出具书面意见；系统上线、甲方使用或付款均不视为验收合格。
H:第六条 质量保证与运维
P:6.1 质保期为二十四个月，自终验合格之日起计算。质保期内乙方免费提供缺陷修复、版本升级及技术支持。
P:6.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维服务费按平台软件许可费的18%计取，即每年¥226,800，前三个服务年度不作调整。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%。
P:7.2 一级故障（平台整体不可用或监管数据无法上传）乙方应在30分钟内响应，2小时内到场，8小时内恢复；二级故障2小时内响应，24小时内解决。
P:7.3 乙方响应或恢复超时的，每超时1小时扣减运维费用或从质保金中扣除¥1,000；月可用率每低于承诺值0.01个百分点，扣除¥2,000。
H:第八条 数据安全
P:8.1 平台中的社区矫正对象信息、定位轨迹、业务数据及日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存或向任何第三方提供。
P:8.2 乙方应遵守《数据安全法》《个人信息保护法》及网络安全等级保护三级要求，远程运维须经甲方审批并通过堡垒机进行，全程留痕。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在1小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部赔偿责任。
H:第九条 保密
P:乙方对履行合同中知悉的甲方工作秘密、矫正对象个人信息及系统配置负有保密义务，合同终止后仍然有效。
H:第十条 知识产权
P:10.1 定制开发成果（含源代码、接口程序及文档）的知识产权归甲方所有，甲方可自行修改、使用或交由第三方维护。
P:10.2 平台标准产品的知识产权归乙方，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 逾期超过60日的，甲方有权解除合同，乙方退还已收款项并赔偿损失。
H:第十二条 分包
P:乙方不得将本合同项下任何工作分包或转包给第三方。
H:第十三条 合同解除
P:乙方严重违约且在收到甲方书面通知后15日内未纠正的，甲方有权解除合同。
H:第十四条 适用法律与争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地有管辖权的人民法院起诉。
H:第十四条之一 项目管理与培训
P:（1）乙方应设立项目组，项目经理具备五个以上同类项目经验，每周向甲方提交项目周报，每月参加甲方组织的项目例会，重大问题随时报告。
P:（2）乙方应编制实施方案、测试方案、数据迁移方案和应急预案，经甲方审核后执行；实施过程中的需求变更须经甲方书面确认，不影响合同总价的变更由双方项目经理签字确认。
P:（3）乙方应为市、区两级司法局及各司法所的管理员和操作人员提供集中培训和现场指导，培训不少于8场，提供操作手册和培训视频，确保每个司法所至少两名人员能独立操作。
P:（4）乙方应配合甲方完成平台的网络安全等级保护测评和商用密码应用安全性评估，对测评中发现的问题在规定期限内免费整改。
P:（5）乙方应在终验前向甲方移交全部账号、口令、部署文档和数据库结构说明，并协助甲方建立日常运维制度，确保甲方或其指定的服务单位能够独立承担平台运维。
P:（6）乙方应对平台在各司法所的使用情况进行跟踪，在试运行期间每两周提交一次问题清单及处理情况，对基层操作人员反映的易用性问题应在终验前完成优化。
H:第十四条之二 不可抗力
P:因地震、洪水、战争等不可抗力导致不能履行合同的，受影响一方应及时通知对方并在15日内提供证明，相应部分可免除责任；不可抗力消除后应继续履行。
P:双方应互相配合，共同做好疫情、汛期等特殊时期的社区矫正监管工作，乙方应保障平台在此期间稳定运行。
H:第十四条之三 廉洁条款
P:乙方不得向甲方工作人员提供任何形式的财物、宴请或其他不正当利益；违反的，甲方有权解除合同并将乙方列入不良行为记录。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方二份，经双方签字盖章后生效。附件一《需求规格说明书》、附件二《投标文件》为本合同组成部分。
P:甲方（盖章）：江北市司法局　　　　乙方（盖章）：云衡信息技术有限公司
P:代表签字：　　　　　　　　　　　　代表签字：
P:日期：2026年3月　日　　　　　　　　日期：2026年3月　日
"""

Z02 = """T:灌装线控制系统改造及维保合同
P:合同编号：LQPJ-SB-2026-031
P:甲方：崂泉啤酒（青岛）有限公司　　地址：青岛市城阳区啤酒城路6号
P:乙方：青岛恒控自动化工程有限公司　　地址：青岛市高新区智力岛路12号
P:甲方二号车间易拉罐灌装线（设计能力每小时36,000罐）控制系统老化，故障停线频繁。经比选，甲方委托乙方实施控制系统改造并提供维保服务。双方经协商，订立本合同。
H:一、项目范围
P:（一）更换灌装机、封口机、杀菌机及码垛机的PLC控制柜和伺服驱动系统，更换现场触摸屏。
P:（二）提供灌装线监控软件许可，并开发与甲方MES系统的批次数据接口、液位及封口视觉检测程序。
P:（三）安装、停线切换、调试、试生产及操作维护培训。
H:二、合同价款
P:（一）合同总价为人民币贰佰壹拾肆万元整（¥2,140,000），含税，明细如下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制柜（含CPU、I/O模块）|4套|688,000
TB:2|伺服驱动器及电机|36套|426,000
TB:3|触摸屏HMI|8台|96,000
TB:4|灌装线监控软件许可（永久）|1套|210,000
TB:5|液位及封口视觉检测系统|2套|318,000
TB:|软硬件小计||1,738,000
TB:6|程序开发及联调|1项|242,000
TB:7|安装及停线切换|1项|136,000
TB:8|操作维护培训|1项|24,000
TB:|合同总价||2,140,000
P:（二）合同总价为固定价格，包括设备、软件、运输、安装、调试、培训及税费。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的10%作为预付款，即¥214,000。
P:（二）设备全部到货并经甲方签收后，甲方支付合同总价的50%，即¥1,070,000。到货签收仅确认数量和外观，不代表质量验收。
P:（三）最终验收合格后，甲方支付合同总价的35%，即¥749,000。
P:（四）其余5%作为质量保证金（¥107,000），质保期满且无未决质量问题后无息支付。
H:四、工期
P:乙方应于合同签订后70日内到货，并利用甲方安排的停线窗口（不超过10日）完成切换，试生产后申请最终验收。
H:五、验收
P:（一）验收标准：灌装线连续72小时满负荷运行，产能不低于每小时36,000罐；液位检测误剔率不高于0.2%；封口检测漏检为零；MES批次数据与现场记录逐批核对一致；急停及安全联锁测试全部通过。
P:（二）验收合格后，双方签署最终验收报告。设备安装完成、投入试生产或甲方付款均不视为验收合格。
H:六、质保及维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内，乙方免费更换故障部件并提供程序修正。
P:（二）质保期满后，年度维保费不超过软硬件小计的8%，即每年不超过¥139,040，前三个服务年度不上调。维保期内备件按本合同单价的九折提供。
P:（三）故障响应：一级故障（灌装线停线）乙方应在接到报修后8小时内响应并派工程师到场，24小时内恢复生产；二级故障（单机报警但不停线）48小时内处理完毕。
P:（四）乙方未按时响应或恢复的，每超时1小时，甲方可从维保费或质量保证金中扣除¥500。
H:七、数据及网络安全
P:（一）控制系统中的配方参数、生产记录、批次数据及日志均属于甲方，乙方不得复制、带离或用于本合同以外的目的。
P:（二）乙方远程维护须经甲方生产部书面批准，通过工业防火墙和堡垒机接入，操作全程记录；乙方接入设备须经病毒查杀。
P:（三）发现数据泄露、病毒入侵或控制指令异常的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部赔偿责任。
H:八、保密
P:乙方对甲方的工艺参数、配方及生产计划负有保密义务，未经甲方书面同意不得向第三方披露，合同终止后三年内仍然有效。
H:九、知识产权
P:（一）为本项目编写的PLC程序、HMI画面、接口程序及其源代码归甲方所有，乙方应在验收时全部交付，甲方可自行修改或委托他人维护。
P:（二）监控软件标准产品的知识产权归原权利人，甲方获得永久使用许可。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成切换的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）乙方在本合同项下的累计赔偿责任（含违约金）以合同总价的50%为限，但因乙方故意或重大过失造成的损失除外。
P:（三）甲方逾期付款的，每逾期一日按应付金额的万分之三支付违约金。
H:十一、分包
P:设备吊装等辅助工作确需分包的，须事先征得甲方书面同意，乙方对分包方的行为负责。
H:十二、合同解除
P:乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除合同并要求赔偿。
H:十三、争议解决
P:本合同适用中华人民共和国法律。争议协商不成的，提交青岛仲裁委员会仲裁。
H:十三之一、项目管理及现场要求
P:（一）乙方应指定具备自动化改造经验的项目经理，编制切换方案和回退方案，经甲方生产部、设备部和质量部会签后实施；切换期间乙方工程师须全程在场值守。
P:（二）乙方人员进入车间须遵守甲方食品安全、安全生产和防疫制度，穿戴规定的工作服，动火、登高及带电作业须办理作业票；因乙方人员违规造成的事故由乙方负责。
P:（三）乙方应在切换前完成模拟调试，保证旧设备拆除、新系统安装和程序下载在停线窗口内完成；停线窗口超出约定的，按本合同第十条处理。
P:（四）乙方应提供电气图纸、PLC及HMI程序备份、设备说明书、备件清单和操作维护手册，纸质版和电子版各两套。
P:（五）乙方应为改造后的控制系统建立设备台账和程序版本记录，每次修改程序须经甲方设备部书面批准，修改前后程序均应备份并交甲方存档。
P:（六）改造期间如发现原有设备存在与本项目无关的缺陷，乙方应及时书面告知甲方，由甲方决定处理方式，乙方不得擅自处理。
P:（七）乙方应在最终验收前对甲方提供的网络、电源及接地条件进行复核，发现不符合要求的应书面提出，由甲方整改；乙方未提出的，视为现场条件满足要求。改造后控制柜应留有不少于两成的备用I/O点位，便于甲方后续扩展。
H:十三之二、培训
P:乙方应为甲方操作工、电工和设备工程师分别开展培训，内容包括操作规程、常见报警处理、配方切换、程序备份与恢复，培训结束后进行考核，保证甲方人员能够独立完成日常操作和一般故障处理。
H:十三之三、不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供相关证明，可以部分或全部免除责任；双方应采取措施减少损失。
P:不可抗力持续超过30日的，双方可协商变更或解除合同，已完成部分按实际完成情况结算，未到货设备相应款项予以退还。
H:十三之四、廉洁约定
P:乙方不得向甲方员工赠送财物或提供其他不正当利益，违反的，甲方有权解除合同并要求赔偿。
H:十四、其他
P:本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：崂泉啤酒（青岛）有限公司　　　乙方（盖章）：青岛恒控自动化工程有限公司
P:授权代表：　　　　　　　　　　　　　　　　授权代表：
P:日期：2026年4月　日　　　　　　　　　　　日期：2026年4月　日
"""

Z03 = """家政服务门店派单及会员管理系统服务合同

合同编号：JJ-IT-2026-009

甲方：成都安居到家家政服务连锁有限公司
地址：成都市武侯区科华北路62号
乙方：蓉数云软件科技有限公司
地址：成都市高新区天府三街199号

鉴于甲方在成都、绵阳、德阳共有27家直营门店，需要统一的派单、阿姨档案、会员及储值卡管理系统；乙方拥有"管家通"SaaS平台。双方经友好协商，就甲方订阅该平台并由乙方实施事宜订立本合同。

1. 服务内容
1.1 乙方向甲方27家门店及总部开通"管家通"SaaS平台，包括订单派单、阿姨排班、服务评价、会员储值、优惠券及经营报表模块。
1.2 乙方负责系统实施，包括门店及账号配置、历史会员和阿姨档案迁移、微信小程序页面配置及门店店长培训。
1.3 服务期为三个服务年度，自上线验收合格次日起算。

2. 费用
2.1 订阅费：门店端每店每个服务年度¥4,800，27家门店合计¥129,600；总部管理端每个服务年度¥36,000；每个服务年度订阅费合计¥165,600，三个服务年度合计¥496,800。
2.2 实施费（含数据迁移及小程序配置）：¥113,000，一次性支付。
2.3 合同总价：¥609,800（含税）。服务期内新增门店按每店每个服务年度¥4,800另行结算，不计入合同总价。

3. 付款
3.1 实施费在上线验收合格后15个工作日内支付。
3.2 订阅费按季度结算，每季度结束后15个工作日内，甲方凭乙方发票支付当季订阅费¥41,400。
3.3 甲方不向乙方支付任何预付款。

4. 实施与上线
4.1 乙方应在合同签订后45日内完成全部27家门店的配置、数据迁移和培训，并提交上线验收申请。
4.2 因乙方原因逾期上线的，每逾期一日，乙方向甲方支付违约金¥600。

5. 上线验收
5.1 验收标准：27家门店全部开通并完成一周试运行；派单、储值、退款流程按测试用例全部通过；迁移后的会员数量、储值余额与甲方原系统逐条核对一致；小程序下单高峰期页面响应不超过2秒。
5.2 甲方在收到申请后7个工作日内组织验收并书面确认。门店开始使用系统不视为验收合格。

6. 服务水平
6.1 平台月可用率不低于99.95%，计划维护须提前3日通知并安排在凌晨0点至6点。
6.2 一级故障（派单或支付功能不可用）乙方应在30分钟内响应，3小时内恢复；二级故障（部分门店或报表异常）2小时内响应，次个工作日内解决。
6.3 乙方每月向甲方提供服务报告。服务水平未达到上述标准的，乙方应在5个工作日内提交原因分析及整改方案；除此之外，乙方不因此扣减订阅费，也不承担其他赔偿。

7. 数据归属
7.1 甲方在平台中录入或产生的会员信息、订单数据、阿姨档案及经营数据均归甲方所有。
7.2 乙方仅为向甲方提供本合同服务的目的使用上述数据，不得出售或用于其他客户。服务期满后30日内，乙方应将全部数据以通用格式导出交付甲方，并在甲方确认后删除。

8. 保密
8.1 双方对在合作中获知的对方商业信息，包括价格、客户名单、门店经营数据及技术资料负有保密义务，未经对方书面同意不得向第三方披露。
8.2 保密义务在本合同终止后三年内继续有效。

9. 知识产权
9.1 "管家通"平台及其标准功能的知识产权归乙方所有。
9.2 乙方为甲方配置的小程序页面、报表模板及数据迁移脚本归甲方所有，甲方可自由使用、修改或交由第三方使用。

10. 第三方服务
乙方可将短信发送、云主机托管及门店现场培训工作委托第三方完成，只需提前十个工作日书面通知甲方，无需取得甲方同意。

11. 违约与解除
11.1 任何一方严重违反本合同，经对方书面通知后15日内未纠正的，守约方有权解除合同。
11.2 乙方逾期上线超过30日的，甲方有权解除合同，乙方退还已收取的全部款项。
11.3 合同解除时，甲方按实际服务期结算订阅费。

12. 续订
服务期满前60日，双方协商是否续订及续订价格；未达成书面协议的，本合同到期终止，不自动续期。

12.1 附加：培训与支持
乙方应为每家门店店长和前台各提供一次现场或线上培训，为总部运营、财务人员提供专项培训，并提供操作手册和视频教程。服务期内乙方提供工作日在线客服和7×24小时故障热线，门店操作问题应在2小时内答复。

12.2 附加：版本升级
乙方对平台进行功能升级的，应提前5个工作日通知甲方，升级不得降低已有功能和本合同约定的服务水平；涉及收银、储值规则变化的，须经甲方书面确认后对甲方门店启用。

12.3 附加：会员权益与合规
乙方应按照甲方确定的储值、积分及优惠券规则进行配置；储值卡余额以系统记录为准，乙方应保证余额计算准确。乙方配置的小程序及短信内容应符合广告、消费者权益保护等法律法规，因乙方配置错误给甲方造成损失的，由乙方承担。

12.4 附加：服务期满的交接
服务期满或合同解除的，乙方应配合甲方向新系统迁移数据，提供数据字典和字段说明，迁移期间保持平台只读访问不少于30日，不另收费用。

12.6 附加：门店增减
服务期内甲方新开或关闭门店的，应提前10个工作日通知乙方。新增门店按本合同第2.3条单价开通，关闭门店自次月起停止计费，已迁移的数据仍由甲方所有并可随时导出。

12.7 附加：账号与权限
乙方应按照甲方提供的组织架构设置总部、区域和门店三级权限，门店员工离职的，甲方管理员可自行停用账号；乙方不得擅自为其工作人员开通甲方业务账号。

12.8 附加：对账
乙方应每月向甲方提供储值、消费、退款及优惠券核销的对账报表，报表数据应与支付渠道流水一致；发现差异的，乙方应在3个工作日内查明原因并书面说明。因平台计算错误导致的差额由乙方承担。

12.8.1 乙方应在每个服务年度结束后提供年度运营数据汇总，包括各门店订单量、会员增长、复购率及阿姨服务评价，供甲方经营分析使用。

12.9 附加：联系人
双方各指定一名项目联系人，负责日常沟通、故障报修和需求确认。联系人变更的，应提前书面通知对方。

12.5 附加：不可抗力
因不可抗力不能履行合同的，受影响一方应及时通知对方并提供证明，可以免除相应责任；不可抗力持续超过30日的，双方可协商解除合同。

13. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

14. 其他
14.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。
14.2 附件：附件一 门店清单（27家）；附件二 功能清单；附件三 上线验收测试用例。

甲方（盖章）：成都安居到家家政服务连锁有限公司
授权代表：
日期：2026年5月　日

乙方（盖章）：蓉数云软件科技有限公司
授权代表：
日期：2026年5月　日
"""

Z04 = """平凉市疾病预防控制中心
免疫规划信息系统运维服务合同

项目名称：免疫规划信息系统运维服务项目
采购方式：竞争性磋商　　项目编号：PLCDC-CS-2026-004

甲方（采购人）：平凉市疾病预防控制中心
乙方（成交供应商）：甘肃陇信信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，经双方协商一致，订立本合同，共同遵守。

第一条　服务内容
（1）对甲方免疫规划信息系统（含市级平台、县区接种单位客户端、预防接种电子证照及疫苗追溯接口）提供日常运维。
（2）派驻2名运维工程师在甲方现场工作，工作日8:30至17:30在岗，节假日及接种高峰期按甲方安排值守。
（3）对全市136个预防接种门诊的终端、扫码枪及冷链温度监测设备每季度巡检一次。
（4）配合完成等级保护测评、安全加固及漏洞整改；每月开展数据质量核查，包括重卡合并、接种记录补录及疫苗出入库对账。

第二条　服务期限
服务期自2026年1月1日起至2026年12月31日止。期满后本合同终止，不自动续期；甲方如需继续采购，另行组织采购程序。

第三条　合同价款
合同总价为人民币肆拾玖万叁仟元整（¥493,000），含税，固定不变，明细如下：
（1）驻场运维（2人）：¥264,000；
（2）远程技术支持及系统优化：¥86,000；
（3）接种门诊终端巡检：¥58,000；
（4）安全加固及等保测评配合：¥47,000；
（5）数据治理：¥38,000。

第四条　付款方式
（1）本合同不设预付款。
（2）服务费按季度支付。每季度结束后，甲方依据第七条季度考核结果，在15个工作日内支付当季服务费¥123,250，扣减按第八条计算的考核扣款。

第五条　服务水平
（1）系统月可用率不低于99.95%（计划内维护除外，计划维护须提前3个工作日报甲方批准）。
（2）一级故障（市级平台不可用、接种门诊无法登记接种或疫苗追溯中断）：15分钟内响应，1小时内到场，3小时内恢复。
（3）二级故障（单个县区或单项功能异常）：30分钟内响应，8小时内解决。
（4）三级问题（咨询或一般缺陷）：2小时内响应，3个工作日内解决。

第六条　服务启动
乙方应在服务期开始前完成人员进场、系统交接及运维方案编制；因乙方原因未按期启动服务的，每逾期一日，按合同总价的千分之一支付违约金。

第七条　考核与验收
（1）季度考核：甲方每季度依据《运维服务考核细则》（附件二）对响应时间、可用率、巡检完成率、数据质量核查完成情况及文档提交情况按百分制打分，低于80分为不合格。
（2）年度验收：服务期结束前，乙方提交运维总结、巡检记录、故障台账及全部运维文档；甲方对照附件一服务清单逐项核验，全部完成且四个季度考核均合格的，出具验收合格意见。

第八条　违约责任
（1）一级故障响应或恢复每超时30分钟，扣减当季服务费¥1,000；二级故障每超时1小时，扣减¥300。
（2）月可用率每低于承诺值0.01个百分点，扣减当季服务费¥1,500。
（3）季度考核不合格的，扣减当季服务费的10%；连续两个季度不合格的，甲方有权解除合同。
（4）驻场人员未经甲方同意缺岗的，每人每日扣减¥800。

第九条　数据安全
（1）系统中的受种者个人信息、接种记录、疫苗流通数据及日志均属于甲方，乙方仅为履行本合同使用，不得复制、留存、对外提供或用于其他目的。
（2）乙方应遵守《数据安全法》《个人信息保护法》及卫生健康行业数据安全管理要求；运维操作须通过甲方堡垒机进行，禁止使用个人存储介质；驻场人员须签署保密承诺书。
（3）发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置；因乙方原因造成的，乙方承担全部法律责任和赔偿责任，包括甲方因此被处罚的损失。

第十条　保密
乙方对履行本合同知悉的甲方工作秘密、受种者信息及系统账号口令负有保密义务，该义务在本合同终止后继续有效。

第十一条　知识产权
乙方在服务期内为甲方编写的运维脚本、接口调整程序、数据治理报告及运维文档归甲方所有，甲方可自行使用、修改并交由后续服务商使用。

第十二条　转包与分包
乙方不得将本合同服务转包或分包给任何第三方。

第十三条　合同解除
乙方严重违约，经甲方书面通知后10日内仍未纠正的，甲方有权解除合同，并按实际服务期间结算服务费。

第十四条　争议解决
本合同适用中华人民共和国法律。争议协商不成的，向甲方所在地人民法院起诉。

第十四条之一　人员管理
（1）乙方驻场工程师应具有三年以上信息系统运维经验，熟悉免疫规划业务，名单及资质在合同签订时报甲方备案；更换人员须提前10个工作日书面申请并经甲方同意，新人员能力不得低于原人员。
（2）驻场人员应遵守甲方考勤、保密及机房管理制度，每日填写运维日志，每周提交运维周报，每月提交运维月报，内容包括故障处理、巡检结果、数据质量核查情况及下月工作计划。
（3）接种高峰期（如开学季查验、集中接种活动）乙方应按甲方要求增派人员，增派费用已包含在合同价款内。

第十四条之二　应急保障
乙方应编制运维应急预案，每半年至少组织一次应急演练，并配合甲方完成上级卫生健康部门组织的网络安全检查和攻防演练；重大活动期间乙方应安排专人值守。

第十四条之二之一　文档与交接
服务期内乙方应及时更新系统架构图、部署清单、账号清单及应急预案，服务期满或合同解除时，乙方应在10个工作日内向甲方或甲方指定的后续服务商完成交接，包括全部运维文档、脚本和未结问题清单，交接期间不得中断服务。

第十四条之二之二　工作交付物
乙方应按月向甲方提交以下资料：运维月报、巡检记录表、故障处理单、数据质量核查报告及安全加固记录；按季度提交季度运维分析报告，对系统运行趋势、存在风险及优化建议进行分析。上述资料作为季度考核和年度验收的依据。

第十四条之二之三　满意度评价
甲方每半年组织县区疾控中心及接种门诊对乙方服务进行满意度评价，评价结果纳入季度考核；满意度较低的事项，乙方应制定整改措施并限期落实。

第十四条之三　不可抗力
因不可抗力导致不能履行合同的，受影响一方应及时通知对方并提供证明，可部分或全部免除责任，但应尽力减少损失。

第十四条之四　廉洁条款
乙方不得向甲方工作人员提供任何形式的不正当利益，违反的，甲方有权解除合同。

第十五条　其他
本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。磋商文件、响应文件及成交通知书为本合同组成部分。

附件一：运维服务清单　　附件二：运维服务考核细则

甲方（盖章）：平凉市疾病预防控制中心　　　乙方（盖章）：甘肃陇信信息技术有限公司
代表：　　　　　　　　　　　　　　　　　　代表：
日期：2025年12月　日　　　　　　　　　　　日期：2025年12月　日
"""

Z05 = """# 软件许可及定制开发合同（标准文本）

> 本文本为乙方（川味智造软件有限公司）标准合同文本 版本号 CWZZ-2026-V1.3

合同编号：CWZZ-XS-2026-0412

- **甲方（买方）**：重庆渝香火锅食品有限公司，地址：重庆市巴南区界石镇食品工业园8号
- **乙方（卖方）**：川味智造软件有限公司，地址：成都市郫都区德源镇菁蓉南一路16号

鉴于甲方生产火锅底料、复合调味料等产品，需要对配方、投料称量及生产批次进行统一管理；乙方拥有"味链"配方及批次追溯软件，双方经协商一致，订立本合同。

## 第一条 合同标的

1.1 乙方向甲方提供"味链"配方管理及批次追溯软件（标准版）的永久使用许可，授权范围为甲方巴南、永川两个工厂，并发用户80个。

1.2 乙方按甲方需求进行定制开发：与甲方金蝶ERP的物料及工单接口、炒料车间称量终端对接、批次标签打印及追溯码查询页面。

1.3 乙方负责软件安装部署、基础数据初始化及操作培训。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | "味链"配方及批次追溯软件许可（标准版，永久） | 720,000 |
| 2 | 定制开发（ERP接口、称量终端对接、批次标签） | 180,000 |
| 3 | 安装部署及数据初始化 | 42,000 |
| 4 | 操作培训 | 18,000 |
| | **合计** | **960,000** |

合同总价为人民币玖拾陆万元整（¥960,000），含税。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥480,000，作为预付款。乙方收到预付款后开始实施。

3.2 软件安装部署完成并上线运行后5个工作日内，甲方支付剩余50%，即¥480,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第四条 交付

4.1 乙方计划在收到预付款后90日内完成安装部署及定制开发。

4.2 因甲方需求变更、基础数据提供不及时或现场条件不具备导致的延误，交付时间相应顺延。

## 第五条 验收

软件安装部署完成并上线运行，即视为甲方验收合格。甲方对功能有异议的，应在上线后3日内书面提出，逾期未提出视为无异议。

## 第六条 免费维护期

6.1 免费维护期为六个月，自软件上线运行之日起计算。

6.2 免费维护期内，乙方提供远程技术支持及软件缺陷修复。

## 第七条 技术支持

7.1 乙方在工作日9:00至17:30通过电话、远程方式提供技术支持，并将尽商业上合理的努力及时处理甲方报告的问题。

7.2 乙方不对故障响应时间、修复时间或系统可用率作出承诺。

## 第八条 维护服务

8.1 免费维护期满后，甲方如需继续获得技术支持和软件升级，应与乙方签订年度维护服务合同。

8.2 年度维护服务费为软件许可费的25%，即每个服务年度¥180,000，于每个服务年度开始前支付。

## 第九条 知识产权

9.1 "味链"软件及其文档的知识产权归乙方所有。

9.2 乙方为甲方定制开发的接口程序、称量终端对接程序、标签模板及其源代码，知识产权均归乙方所有。甲方仅获得在授权范围内的非独占使用权，不得修改、反向工程或提供给第三方。

## 第十条 数据

10.1 乙方应采取访问控制、传输加密、操作日志审计等措施保护软件中的数据；远程维护须经甲方同意；发生数据泄露的，乙方应在24小时内通知甲方，并对因乙方原因造成的损失承担赔偿责任。

10.2 甲方同意，乙方可将软件运行中产生的配方用料、投料称量及批次数据经脱敏处理后，用于乙方产品改进、行业用料分析及向其他客户提供的行业基准报告，且该权利在本合同终止后继续有效。

## 第十一条 保密

双方对在合作中知悉的对方商业秘密负有保密义务，尤其是甲方的配方及工艺参数。保密期限至本合同终止后三年。

## 第十二条 责任限制

12.1 乙方在本合同项下的全部责任，以合同总价的20%为限。

12.2 乙方不对甲方的间接损失、利润损失、停产损失或数据损失承担责任。

## 第十三条 合同解除

任何一方严重违约，经守约方书面通知后15日内未改正的，守约方有权解除本合同。

## 第十四条 争议解决

因本合同引起的争议，双方协商解决；协商不成的，向乙方所在地人民法院提起诉讼。

## 第十四条之一 甲方义务

（1）甲方应按乙方要求提供配方、物料、工单等基础数据，并保证数据真实、完整；基础数据整理工作由甲方负责，乙方提供模板和指导。

（2）甲方应提供符合乙方要求的服务器、操作系统、数据库及网络环境，并指定专人配合实施。服务器、数据库及称量终端硬件的采购费用不包含在本合同总价中。

（3）甲方应安排关键用户参加培训，并在上线后按照乙方操作手册使用软件。因甲方操作不当、擅自修改数据库或安装其他软件导致的故障，不属于免费维护范围。

## 第十四条之二 培训

乙方为甲方提供两次集中培训，对象为配方管理员、车间主任、质检人员和系统管理员，每次培训一天，培训地点为甲方巴南工厂。超出部分的培训按乙方当年标准收费。

## 第十四条之二之一 软件升级

免费维护期内，乙方向甲方免费提供标准版软件的小版本升级。大版本升级以及定制开发部分随标准版升级所需的适配工作，另行签订合同并收费。升级前乙方应告知升级内容，由甲方选择升级时间。

## 第十四条之二之二 变更

甲方在实施过程中提出的需求变更，乙方评估工作量后报价，双方签署变更确认单后实施；变更导致的工期延长由双方另行确认。

## 第十四条之二之三 实施人员

乙方应指派项目经理负责本项目实施，并保证实施期间至少两名实施顾问在甲方现场工作。乙方更换项目经理的，应提前通知甲方。甲方应为乙方实施人员提供必要的办公条件和网络环境。

## 第十四条之二之四 资料交付

乙方应在上线时向甲方交付软件安装包、安装手册、用户操作手册及定制开发部分的使用说明。

## 第十四条之三 不可抗力

因不可抗力导致任何一方不能履行合同的，该方不承担责任，但应及时通知对方并在合理期限内提供证明。

## 第十四条之四 通知

双方的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出后第三日视为送达。

## 第十五条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

| 甲方（盖章） | 乙方（盖章） |
|---|---|
| 重庆渝香火锅食品有限公司 | 川味智造软件有限公司 |
| 授权代表： | 授权代表： |
| 日期：2026年6月　日 | 日期：2026年6月　日 |
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. NL-CN-2026-014
P:This Agreement is made between Hangzhou Lengyun Cold Chain Logistics Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 1288 Jiangnan Avenue, Binjiang District, Hangzhou (the "Customer"), and Nordlager Software ApS, a company incorporated in Denmark with its registered office at Aboulevarden 41, 8000 Aarhus C, Denmark (the "Vendor").
P:WHEREAS the Customer operates four cold-storage warehouses in Zhejiang and wishes to replace its warehouse management system; WHEREAS the Vendor develops the NordWMS warehouse management software and provides implementation services; the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the NordWMS server software and user licences listed in Schedule A, in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, label templates, scripts and configurations produced by the Vendor specifically for the Customer under this Agreement, including source code.
P:1.3 "Go-Live" means the first day on which the Software is used for live warehouse operations in all four warehouses.
P:1.4 "Final Acceptance" means the Customer's written confirmation under Article 5 that the acceptance criteria have been met.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software in the People's Republic of China for the Customer's own business, for the number of users stated in Schedule A.
P:2.2 The Vendor shall implement the Software, including configuration, interfaces to the Customer's ERP and transport management system, integration with the temperature-logging devices in the cold rooms, migration of open stock and location data, and training.
P:2.3 The Software will be installed on servers provided by the Customer in its Hangzhou data room.
H:Article 3 Price
P:3.1 At the Customer's request all prices are stated and paid in Chinese yuan (CNY). The total price is CNY 1,930,000, inclusive of VAT, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|NordWMS server licence, perpetual|840,000
TB:2|NordWMS named user licences, 120 x CNY 3,500, perpetual|420,000
TB:|Licence Fees subtotal|1,260,000
TB:3|Implementation, configuration and interfaces (fixed price)|560,000
TB:4|Data migration|72,000
TB:5|Training (administrators and warehouse supervisors)|38,000
TB:|Total Contract Price|1,930,000
P:3.2 The Total Contract Price is fixed and includes all travel, expenses and taxes. No additional licence fee is payable for test or standby environments.
H:Article 4 Payment
P:4.1 The Customer shall pay 10% of the Total Contract Price (CNY 193,000) within 20 days after signature and receipt of a valid invoice.
P:4.2 The Customer shall pay 55% of the Total Contract Price (CNY 1,061,500) within 20 days after Go-Live. Go-Live and this payment do not constitute acceptance.
P:4.3 The Customer shall pay the remaining 35% (CNY 675,500) within 20 days after Final Acceptance.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall achieve Go-Live within 150 days after signature, following the project plan in Schedule B.
P:5.2 The Vendor shall pay delay damages of 0.08% of the Total Contract Price for each day by which Go-Live is late for reasons attributable to the Vendor, up to a maximum of 8% of the Total Contract Price.
P:5.3 Final Acceptance requires that (a) all functions in Schedule C have passed the agreed test scripts; (b) stock and location data migrated from the old system reconcile with the physical count at each warehouse; (c) the ERP, transport and temperature interfaces have run for 20 consecutive working days without a Severity 1 error; (d) pick confirmation on handheld terminals completes within 2 seconds at 150 concurrent users; and (e) the Vendor has delivered the source code of the Custom Deliverables and the administrator documentation.
P:5.4 The Customer shall test within 15 working days after the Vendor's written notice of readiness and shall either sign the acceptance certificate or list the failed criteria. Installation, use of the Software in live operations or any payment shall not be deemed acceptance.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and Schedule C for 18 months after Final Acceptance, and shall correct any defect free of charge during that period.
P:6.2 Severity 1 incidents (warehouse operations stopped or data corrupted) shall receive a response within 1 hour, 24 hours a day, with a workaround within 6 hours; Severity 2 incidents shall receive a response within 2 business hours.
P:6.3 If the Vendor misses a response or workaround time, it shall credit CNY 1,000 for each hour of delay against the next amount due or pay it to the Customer.
P:6.4 After the warranty period, the Customer may order annual support at 12% of the Licence Fees (CNY 151,200 per year). This fee is fixed for three years after the warranty period ends; any later change requires written agreement and may not exceed 3% per year. Support is ordered by purchase order each year and does not renew automatically.
H:Article 7 Customer Data and Security
P:7.1 All data entered into or generated by the Software, including stock, customer, order and temperature records, belongs to the Customer. The Vendor may access it only to perform this Agreement and may not copy, keep or use it for any other purpose.
P:7.2 The Vendor shall access the Customer's systems only through the Customer's VPN with multi-factor authentication and per-session approval, shall follow the Customer's security rules and the PRC Data Security Law and Personal Information Protection Law, and shall not transfer any Customer data outside the People's Republic of China.
P:7.3 The Vendor shall notify the Customer of any security incident affecting Customer data within 12 hours, shall cooperate in remedying it, and shall indemnify the Customer for losses caused by its breach of this Article.
H:Article 8 Intellectual Property
P:8.1 The Vendor retains the intellectual property in the standard Software.
P:8.2 The Custom Deliverables vest in the Customer upon payment. The Customer may use, modify and license them freely, including to a successor service provider.
H:Article 9 Confidentiality
P:Each party shall keep confidential all non-public information received from the other party, including prices, customer lists and system designs, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation survives for three years after termination.
H:Article 10 Liability
P:The Vendor's total liability under this Agreement is limited to 150% of the Total Contract Price. This limit does not apply to personal injury, wilful misconduct or breach of Article 7 or Article 9.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for approved subcontractors. The Vendor's local implementation partner, if any, must be approved in writing before starting work.
H:Article 12 Termination
P:12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.
P:12.2 The Customer may also terminate if Go-Live is more than 60 days late, in which case the Vendor shall refund all amounts paid.
H:Article 13 Governing Law and Disputes
P:This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Hangzhou Arbitration Commission for arbitration in Hangzhou, whose award is final.
H:Article 13A Project Management and Training
P:13A.1 Each party shall appoint a project manager. The Vendor's project manager shall attend a weekly progress meeting with the Customer, either on site in Hangzhou or by video, and shall send a written status report every week listing completed tasks, open issues, risks and the next steps.
P:13A.2 Changes to the scope, the interfaces or the project plan shall be made only through a written change request signed by both project managers. A change request shall state its effect on price and schedule. No change shall increase the Total Contract Price unless signed by authorised representatives of both parties.
P:13A.3 The Vendor shall train up to 12 administrators and 40 warehouse supervisors in Chinese, with training material in Chinese and English, and shall provide a train-the-trainer session so that the Customer can train its own operators.
H:Article 13B Force Majeure
P:Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, war or government action, provided that it promptly notifies the other party and uses reasonable efforts to limit the effect. If such an event lasts more than 60 days, either party may terminate the affected part of this Agreement by written notice.
H:Article 14 General
P:This Agreement with its Schedules is the entire agreement of the parties. Amendments must be in writing and signed by both parties. It is made in English and Chinese; both versions have equal force.
P:Schedule A: Licences. Schedule B: Project plan. Schedule C: Functional specification and test scripts.
P:For the Customer: ____________________    For the Vendor: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

E02 = """# ORDER FORM

**Order Form No.** LC-OF-2026-0388, issued under and incorporating the Lindqvist Cloud General Terms below.

| | |
|---|---|
| **Vendor** | Lindqvist Cloud AB, Stortorget 9, 211 22 Malmö, Sweden |
| **Customer** | Foshan Meijia Home Appliance Co., Ltd., 18 Shunde Avenue, Beijiao, Foshan, Guangdong, China |
| **Service** | Lindqvist Learn, a cloud learning-management platform |
| **Users** | up to 2,400 active learners and 60 administrators |
| **Hosting** | Alibaba Cloud, Shanghai region (mainland China) |
| **Initial Term** | three Subscription Years from the Subscription Start Date |
| **Subscription Start Date** | the day after Onboarding Acceptance |

## 1. Fees

All fees are in Chinese yuan (CNY), inclusive of VAT, at the Customer's request.

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription Fee | per Subscription Year | 186,000 |
| Subscription Fees, Initial Term | 3 Subscription Years | 558,000 |
| Onboarding (configuration, single sign-on, course migration, administrator training) | one-time | 42,000 |
| **Total fees for the Initial Term** | | **600,000** |

Additional learners above 2,400 are charged at CNY 70 per learner per Subscription Year and are not included above.

## 2. Invoicing and Payment

2.1 The Onboarding fee is invoiced on Onboarding Acceptance.

2.2 Subscription Fees are invoiced quarterly in arrears, CNY 46,500 per quarter.

2.3 Invoices are payable within 30 days. No amount is payable before the Subscription Start Date.

## 3. Onboarding

3.1 The Vendor shall complete Onboarding within 45 days after signature of this Order Form.

3.2 Onboarding Acceptance requires that (a) single sign-on with the Customer's directory works for all test accounts; (b) the 320 existing courses and learner completion records have been migrated and reconciled against the export from the Customer's old system; (c) the mobile app and the WeCom integration pass the agreed test cases; and (d) the reports in the Customer's specification are available. The Customer confirms acceptance in writing within 10 business days after notice of readiness. Use of the platform before that date is not acceptance.

3.3 If Onboarding Acceptance is delayed for reasons attributable to the Vendor, the Vendor shall pay CNY 500 for each day of delay.

## 4. Renewal

4.1 After the Initial Term, this Order Form renews automatically for successive periods of one Subscription Year each unless either party gives notice of non-renewal at least 60 days before the end of the current term.

4.2 For each renewal period the Vendor may increase the Subscription Fee by up to 8% over the fee of the preceding Subscription Year, by notice given at least 90 days before the renewal date.

Signed for the Customer: ____________________  Signed for the Vendor: ____________________

Name / title / date: ____________________  Name / title / date: ____________________

---

# LINDQVIST CLOUD GENERAL TERMS (China edition)

## 1. Definitions

1.1 "Customer Data" means all data, content and personal information that the Customer or its users upload to or create in the Service, including learner records, course content and assessment results.

1.2 "Service" means the cloud service described in the Order Form, including the mobile app and the published application programming interfaces.

1.3 "Subscription Year" means each period of consecutive months starting on the Subscription Start Date or on an anniversary of it.

## 2. Service Levels

2.1 The Vendor shall make the Service available 99.5% of the time in each calendar month, excluding scheduled maintenance announced at least 5 days in advance and carried out between 00:00 and 06:00 Beijing time.

2.2 Priority 1 incidents (the Service is unavailable or learners cannot log in) shall receive a response within 1 hour at any time and a fix or workaround within 8 hours. Priority 2 incidents shall receive a response within 2 business hours and a fix within 3 business days.

2.3 If availability in a month falls below the level in clause 2.1, the Customer receives a service credit of 5% of that month's Subscription Fee for each full 0.5 percentage point of shortfall, up to 25%. A missed Priority 1 response time earns a credit of CNY 800 per hour of delay. Credits are deducted from the next invoice.

2.4 The Vendor publishes a monthly service report showing availability and incident times.

## 3. Customer Data and Security

3.1 Customer Data belongs to the Customer. The Vendor processes it only to provide the Service under the Customer's instructions and does not use it for any other purpose, including analytics for other customers or product training.

3.2 The Vendor keeps Customer Data in the mainland China hosting region named in the Order Form, encrypts it in transit and at rest, restricts access to named support staff with multi-factor authentication, logs every access, maintains ISO/IEC 27001 certification and complies with the PRC Personal Information Protection Law and Data Security Law.

3.3 The Vendor shall notify the Customer of any personal data breach or security incident affecting Customer Data within 24 hours, shall take all necessary remedial measures, and is liable for the losses, regulatory fines and notification costs that its breach of this clause causes.

3.4 At the end of the subscription the Vendor shall return all Customer Data in a standard format within 30 days and then delete it.

## 4. Intellectual Property

4.1 The Vendor owns the Service and its standard content.

4.2 Course content, learning paths, branding and report templates created by or for the Customer during Onboarding or later are the Customer's property, and the Customer may use, modify, export and license them freely.

## 5. Confidentiality

Each party shall protect the other party's confidential information with at least reasonable care, use it only under these terms and disclose it only to staff and advisers who need to know it and are bound by equivalent duties. This obligation survives for three years after the end of the subscription.

## 6. Subprocessors and Subcontractors

The Vendor's hosting provider named in the Order Form is approved by signature. The Vendor shall not appoint any other subprocessor or subcontractor for the Service without the Customer's prior written consent and remains responsible for them.

## 7. Liability

7.1 Each party's total liability under the Order Form and these terms is limited to 150% of the total fees for the Initial Term stated in the Order Form.

7.2 The limit does not apply to breach of clause 3, breach of confidentiality, infringement of the other party's intellectual property, personal injury or wilful misconduct.

## 8. Term and Termination

8.1 The subscription runs for the Initial Term and any renewal period under the Order Form.

8.2 Either party may terminate the Order Form by written notice if the other party commits a material breach that is not remedied within 30 days after written notice of it. On termination by the Customer for the Vendor's breach, the Customer pays only for the Service delivered up to the termination date.

8.3 The Customer may also terminate if availability falls below the level in clause 2.1 in three consecutive months.

## 9. Changes to the Service

The Vendor may update the Service from time to time, provided that no update materially reduces the functionality, security or service levels described in the Order Form and these terms.

## 10. Governing Law and Disputes

These terms and the Order Form are governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Guangzhou Arbitration Commission for arbitration in Guangzhou.

## 10A. Support

10A.1 The Vendor provides support in Chinese and English through a ticket portal, email and telephone. Tickets are classified by priority at the time of reporting and the classification may be changed only with the Customer's agreement.

10A.2 The Vendor shall name a customer success manager who meets the Customer's administrators every quarter to review usage, open tickets and planned releases.

10A.3 The Vendor shall keep the Customer's administrators informed of planned releases at least 10 days in advance, with release notes in Chinese, and shall provide a test site in which the Customer can check new features before they reach learners.

10A.4 The Customer is responsible for the accuracy of the course content it uploads, for the management of its own user accounts and for the conduct of its users. The Vendor shall give reasonable assistance if the Customer needs to correct learner records after an organisational change, without additional charge for up to ten such requests in each Subscription Year.

## 10B. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided that it notifies the other party promptly and takes reasonable steps to limit the effect. Service credits remain payable for unavailability caused by the Vendor's own suppliers.

## 11. General

11.1 The Order Form prevails over these terms if they conflict.

11.2 Notices must be given in writing to the addresses in the Order Form, by courier or by email with confirmation of receipt.

11.3 Neither party may assign the Order Form without the other party's written consent.
"""

E03 = """T:PURCHASE CONTRACT FOR COLD-STORE TEMPERATURE MONITORING EQUIPMENT
P:Contract No. KMFV-EQ-2026-022
P:Buyer: Kunming Dianhua Fruit and Vegetable Wholesale Market Co., Ltd., 66 Jinma Road, Guandu District, Kunming, Yunnan, China.
P:Supplier: Kylmävahti Oy, Hatanpään valtatie 34, 33100 Tampere, Finland.
P:The Buyer operates eleven cold rooms and two ripening halls at its Kunming market and has selected the Supplier, after competitive quotation, to supply and install a wireless temperature and humidity monitoring system. This contract is on the Buyer's standard purchase terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply wireless temperature and humidity sensors, gateways and the monitoring software listed in Section 2, and shall install, calibrate and commission them at the Buyer's site.
P:1.2 The system shall record readings from every sensor at least every five minutes, send alarms by SMS and WeCom when a reading leaves the set range, and keep readings on the Buyer's server.
P:1.3 The Supplier shall train the Buyer's cold-room operators and maintenance staff.
H:Section 2 Price
P:2.1 All prices are in Chinese yuan (CNY), inclusive of VAT, customs duties and delivery to the Buyer's site. The Contract Price is CNY 680,000.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless temperature and humidity sensor, calibrated, IP67|220|1,650|363,000
TB:2|LoRa gateway with 4G backup|18|8,400|151,200
TB:3|Monitoring software, perpetual site licence|1|96,000|96,000
TB:|Hardware and Licence Subtotal|||610,200
TB:4|Installation, calibration and commissioning|1|58,800|58,800
TB:5|Training|1|11,000|11,000
TB:|Contract Price|||680,000
P:2.2 The Contract Price is fixed for the whole scope and includes all travel, tools, spare batteries for the warranty period and documentation.
H:Section 3 Payment
P:3.1 20% of the Contract Price (CNY 136,000) as an advance payment within 15 days after signature, against the Supplier's invoice.
P:3.2 45% of the Contract Price (CNY 306,000) within 15 days after delivery of all equipment to site and signature of the delivery note. The delivery note confirms quantities only and is not acceptance.
P:3.3 35% of the Contract Price (CNY 238,000) within 15 days after Final Acceptance.
H:Section 4 Delivery and Delay
P:4.1 The Supplier shall deliver all equipment within 60 days after signature and complete installation and commissioning within 25 days after delivery.
P:4.2 If the Supplier is late in delivery or in completing commissioning, it shall pay liquidated damages of 0.03% of the Contract Price for each day of delay, up to a total of 5% of the Contract Price.
P:4.3 If the delay exceeds 45 days, the Buyer may terminate the contract under Section 10.
H:Section 5 Acceptance
P:5.1 Final Acceptance requires that (a) every sensor reads within plus or minus 0.3 degrees Celsius of the calibrated reference at two set points; (b) all sensors report to the software without gaps for 14 consecutive days; (c) alarms reach the duty phones within 60 seconds in a test of each cold room; (d) a gateway can be switched off without loss of readings; and (e) the Supplier has handed over calibration certificates, drawings and the administrator manual.
P:5.2 The Buyer shall carry out the acceptance test within 10 working days after the Supplier's notice of readiness and shall sign the acceptance certificate or state the failed criteria in writing. Installation, use of the system or payment is not acceptance.
H:Section 6 Warranty
P:6.1 The Supplier warrants the equipment and the software for 24 months after Final Acceptance. During that period it shall repair or replace defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 Severity 1 faults (the monitoring of a cold room stops or alarms fail) shall receive a response within 2 hours and be fixed within 24 hours; other faults shall receive a response within one business day.
P:6.3 For each hour by which the Supplier exceeds a Severity 1 response or fix time, the Buyer may deduct CNY 300 from any amount due or claim it from the Supplier.
P:6.4 After the warranty period the Buyer may order support for the equipment and software at 9% of the Hardware and Licence Subtotal per year (CNY 54,918). This price is fixed for the first two years of support and may be changed later only by written agreement. Support is ordered each year by purchase order and does not renew automatically.
H:Section 7 Data
P:7.1 All readings, alarm logs and reports produced by the system belong to the Buyer. The Supplier may use them only to perform this contract.
P:7.2 The software is installed on the Buyer's server. The Supplier may access it remotely only with the Buyer's approval for each session and through the Buyer's VPN, may not copy readings or logs outside the Buyer's systems, and shall follow the PRC Data Security Law.
P:7.3 The Supplier shall report any security incident affecting the system within 24 hours, take remedial action at its own cost and compensate the Buyer for losses caused by its breach of this Section.
H:Section 8 Intellectual Property
P:8.1 The Supplier retains the intellectual property in its standard software and firmware and grants the Buyer a perpetual licence to use them with the equipment.
P:8.2 The cold-room layouts, alarm rules, report templates and any custom configuration made for the Buyer belong to the Buyer, which may use and change them freely.
H:Section 9 Subcontracting
P:The Supplier shall not subcontract the installation or any other part of the work without the Buyer's prior written consent. The Supplier remains responsible for any approved subcontractor.
H:Section 10 Termination
P:The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after written notice, or in the case described in Section 4.3. On such termination the Supplier shall refund the amounts paid for equipment not accepted.
H:Section 11 Governing Law and Disputes
P:This contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Kunming Arbitration Commission.
H:Section 11A Documentation and Training
P:11A.1 The Supplier shall deliver, in Chinese, an installation drawing showing the position and identifier of every sensor and gateway, a calibration certificate for each sensor traceable to a recognised national standard, an operating manual for cold-room staff and an administrator manual for the software.
P:11A.2 Training shall cover the use of the software, alarm handling, battery replacement, the addition of new sensors and the export of readings for food-safety inspections. The Supplier shall train at least 20 operators and 4 administrators in two sessions at the Buyer's site and shall repeat a short session for new staff on request during the warranty period.
H:Section 11B Site Rules and Insurance
P:11B.1 The Supplier's staff shall wear cold-room clothing provided by the Buyer, follow the Buyer's instructions for work in temperatures below zero and not work alone in any cold room.
P:11B.2 The Supplier shall maintain third-party liability insurance covering its work at the site and shall provide a copy of the policy before installation starts.
H:Section 11C Spare Parts
P:The Supplier shall keep spare sensors and gateways available for purchase for at least seven years after Final Acceptance at prices not higher than those in Section 2, and shall keep a stock of ten spare sensors and two spare gateways at the Buyer's site during the warranty period at no charge.
H:Section 11D Force Majeure
P:Neither party is liable for a delay or failure caused by an event beyond its reasonable control, such as an earthquake, flood or government action, if it notifies the other party promptly and takes reasonable steps to reduce the effect. The period for performance is extended by the duration of the event. If the event lasts longer than 60 days, either party may terminate the contract by written notice, and the Supplier shall refund payments for equipment not delivered.
H:Section 11D-1 Packaging and Delivery
P:Equipment shall be delivered in the original manufacturer's packaging, labelled with the contract number and the cold-room identifier, with a packing list in Chinese and English. The Supplier bears the risk of loss or damage until the Buyer signs the delivery note. Damaged or missing items shall be replaced within 10 days at the Supplier's cost, and the period in Section 4.1 is not extended by such replacement. Batteries shall be shipped in accordance with the applicable dangerous-goods rules.
H:Section 11E Compliance
P:The Supplier shall comply with applicable export-control, customs and product-safety rules, shall provide the documents needed for import clearance, and shall not offer any payment, gift or other improper benefit to the Buyer's employees.
H:Section 12 General
P:12.1 The Supplier shall comply with the Buyer's site safety and food-hygiene rules while working in the cold rooms.
P:12.2 Changes to this contract must be agreed in writing. The Annexes (technical specification and acceptance test plan) form part of this contract.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Name and title:    Name and title:
P:Date:    Date:
"""

E04 = """# MANAGED MOBILE DEVICE SERVICE AGREEMENT

Agreement reference: TT-MDS-2026-07

This Agreement is made between **Xiamen Haitong Express Logistics Co., Ltd.**, 27 Xiangyu Road, Huli District, Xiamen, Fujian, China ("Customer"), and **Tartu Mobility Services OÜ**, Riia 142, 50411 Tartu, Estonia ("Provider").

The Customer uses about 1,800 handheld scanners and rugged phones in its depots and delivery fleet. The Provider offers a managed service for enrolling, configuring, securing, monitoring and replacing such devices. The parties agree as follows.

## 1. Services

1.1 The Provider shall provide the managed mobile device service described in Schedule 1 (the "Services") for the devices listed by the Customer from time to time, up to 2,000 devices.

1.2 The Services include device enrolment, application and configuration deployment, security policies, remote troubleshooting, a service desk in Chinese and English, monthly reporting and coordination of hardware repairs with the device manufacturer.

1.3 The Provider shall operate the device management console on servers located in mainland China.

## 2. Term

2.1 This Agreement starts on signature. The Services start on the Service Start Date, the day after Service Acceptance, and run for a Minimum Term of 24 months.

2.2 After the Minimum Term the Agreement continues only if the parties sign a written extension. It does not renew automatically.

## 3. Charges and Payment

3.1 The charges are set out in Schedule 2 and are stated in Chinese yuan (CNY), inclusive of VAT, at the Customer's request.

3.2 The Transition Charge is invoiced after Service Acceptance. The Monthly Service Charge is invoiced monthly in arrears. The Customer pays each invoice within 30 days. No charge is payable in advance.

## 4. Transition and Service Acceptance

4.1 The Provider shall complete transition within 40 days after signature: enrolment of all listed devices, migration of the existing configuration profiles, set-up of the service desk and delivery of the operating manual.

4.2 Service Acceptance requires that (a) at least 98% of listed devices are enrolled and report to the console; (b) the standard application set and security policy are deployed to every enrolled device; (c) a remote wipe, a lost-device lock and an application update have been tested successfully on sample devices in three depots; and (d) the service desk has handled test tickets within the Schedule 3 times. The Customer confirms acceptance in writing within 10 business days after notice of readiness. Starting to use the Services is not acceptance.

4.3 If Service Acceptance is late for reasons attributable to the Provider, the Provider shall pay CNY 900 for each day of delay.

## 5. Service Levels

5.1 The Provider shall meet the service levels in Schedule 3.

5.2 If a service level is missed, the Customer receives the service credits in Schedule 3, deducted from the next invoice. Credits do not limit the Customer's other remedies.

5.3 The Provider shall send a monthly report showing console availability, ticket volumes, response and resolution times and device compliance.

## 6. Customer Data and Security

6.1 Device data, location data, user accounts, logs and configuration profiles are Customer Data. Customer Data belongs to the Customer and the Provider processes it only to provide the Services.

6.2 The Provider shall keep Customer Data in mainland China, encrypt it in transit and at rest, give access only to named engineers with multi-factor authentication, log all administrative actions, and comply with the PRC Personal Information Protection Law and Data Security Law.

6.3 The Provider shall notify the Customer of any security incident affecting Customer Data within 12 hours, contain and remedy it at its own cost, and compensate the Customer for the losses it causes.

6.4 At the end of the Agreement the Provider shall return all Customer Data and configuration profiles in a standard format and then delete its copies.

## 7. Intellectual Property

Configuration profiles, security policies, scripts and documentation prepared for the Customer belong to the Customer, which may use, modify and give them to a successor provider. The Provider keeps its own tools and know-how.

## 8. Confidentiality

Each party shall keep the other party's confidential information secret, use it only for this Agreement and not disclose it to third parties without prior written consent, during the Agreement and for three years after it ends.

## 9. Subcontracting

The Provider shall not subcontract any part of the Services without the Customer's prior written consent. The on-site repair partner named in Schedule 1 is approved by signature of this Agreement.

## 10. Liability

10.1 The Provider's total liability arising out of or in connection with this Agreement is limited to the Monthly Service Charges paid by the Customer in the 6 months immediately preceding the event giving rise to the claim.

10.2 Neither party is liable for indirect or consequential loss. The limit in clause 10.1 does not apply to death or personal injury caused by negligence, or to fraud.

## 11. Termination

11.1 Neither party may terminate this Agreement before the end of the Minimum Term, whether for convenience or for breach by the other party. If the Provider fails to perform, the Customer's remedies are the service credits under Schedule 3 and damages within clause 10.

11.2 Either party may terminate by written notice if the other party becomes insolvent or ceases business.

11.3 On expiry or termination the Provider shall give reasonable exit assistance for up to 30 days at the rates in Schedule 2.

## 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Disputes shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen.

## 12A. Governance

12A.1 Each party shall name a service manager. The service managers shall meet monthly to review the service report, open problems, planned changes and device forecasts, and shall keep written minutes.

12A.2 Changes to the Services, to the device volumes or to Schedule 1 shall be agreed through a written change request signed by both service managers, stating the effect on charges and service levels.

12A.3 Each quarter the Provider shall present a device health review covering battery condition, operating-system versions, devices out of compliance and devices due for replacement, with recommendations. The Customer decides which recommendations to adopt.

12A.4 The Customer shall give the Provider the information, remote access approvals and depot contacts that the Provider reasonably needs to perform the Services, and shall tell the Provider in good time about new depots, new device models or planned peak periods such as the November shopping festival.

## 12B. Force Majeure

Neither party is liable for a failure caused by events beyond its reasonable control, provided it notifies the other party promptly and takes reasonable steps to limit the effect.

## 12C. Staff and Conduct

The Provider shall use suitably qualified staff, shall keep a list of the engineers with administrative access to the console and shall update it within two business days of any change. The Provider shall not offer any gift or improper benefit to the Customer's employees.

## 13. General

Amendments must be in writing and signed by both parties. The Schedules form part of this Agreement.

Signed for the Customer: ____________________  Signed for the Provider: ____________________

Name / title / date: ____________________  Name / title / date: ____________________

---

## Schedule 1 - Service Description

| Service element | Description |
|---|---|
| Enrolment | zero-touch enrolment of new devices, re-enrolment after repair |
| Configuration | application catalogue, Wi-Fi and VPN profiles, kiosk mode for scanners |
| Security | passcode and encryption policy, lost-device lock, remote wipe, OS patch rings |
| Service desk | 24 x 7 telephone and WeCom support in Chinese and English |
| Repairs | collection and return through the on-site repair partner, loan-device pool of 40 units |

## Schedule 2 - Charges (CNY)

| Charge | Basis | Amount |
|---|---|---|
| Transition Charge | one-time | 54,000 |
| Monthly Service Charge | per month, up to 2,000 devices | 46,500 |
| Monthly Service Charges, Minimum Term | 24 months | 1,116,000 |
| **Total for the Minimum Term** | | **1,170,000** |
| Exit assistance | per engineer day | 3,200 |

## Schedule 3 - Service Levels and Credits

| Measure | Level | Service credit |
|---|---|---|
| Console availability, per month | 99.95% | 5% of the Monthly Service Charge for each 0.1 point below |
| Priority 1 response (all devices in a depot cannot scan) | 30 minutes, 24 x 7 | CNY 1,000 per 30 minutes late |
| Priority 1 restoration | 3 hours | CNY 2,000 per hour late |
| Priority 2 response | 2 hours | CNY 300 per hour late |
| Device replacement from loan pool | next business day | CNY 100 per device per day late |
"""

E05 = """VESSEL POSITION DATA API SUBSCRIPTION AGREEMENT

Agreement No. BS-API-2026-113

PARTIES

Baltic Seatrack UAB, a company registered in Lithuania, Taikos pr. 88, LT-51183 Kaunas, Lithuania ("Vendor"); and

Ningbo Yongda International Freight Forwarding Co., Ltd., 555 Tiantong South Road, Yinzhou District, Ningbo, Zhejiang, China ("Customer").

BACKGROUND

The Vendor collects vessel position reports from terrestrial and satellite receivers and provides them, with port-call and estimated-arrival data, through an application programming interface (the "API"). The Customer wishes to use the API in its shipment-tracking system to inform its clients about container vessels. The parties agree as follows.

1. DEFINITIONS

1.1 "Subscription Year" means each period of consecutive months beginning on the Service Start Date or an anniversary of it.

1.2 "Service Start Date" means the day after Onboarding Acceptance under clause 4.

1.3 "Customer Data" means the Customer's account data, watch-lists, query parameters, shipment references and any other data the Customer sends to the API.

1.4 "Vendor Data" means the vessel positions, port calls and estimated arrival times provided through the API.

2. SERVICE

2.1 The Vendor shall provide access to the API plan "Global Fleet Pro": global vessel positions updated at least every ten minutes, port-call history, estimated arrival times for 4,500 ports and up to 3,000,000 API calls per Subscription Year.

2.2 The Customer may use Vendor Data in its own systems and show it to its clients in its tracking portal, but may not resell raw Vendor Data as a data feed.

3. TERM

3.1 The subscription runs for two Subscription Years from the Service Start Date.

3.2 The subscription does not renew automatically. Any extension requires a new written order signed by both parties.

4. ONBOARDING AND ACCEPTANCE

4.1 The Vendor shall issue production credentials, technical documentation and a test environment within 10 business days after signature.

4.2 The Customer shall test the API within 15 business days after receiving the credentials. Onboarding Acceptance requires that (a) positions are returned for every vessel on the Customer's test list of 200 container vessels; (b) the median response time of the API is below 500 milliseconds over a test day; (c) all fields in the documentation are populated for at least 95% of the test records; and (d) the webhook alerts for port arrival work in the Customer's test environment. The Customer confirms acceptance in writing or lists the failed criteria. Use of the API in testing is not acceptance.

4.3 If the Vendor is late in issuing the production credentials, it shall pay CNY 300 for each day of delay.

5. FEES AND PAYMENT

5.1 At the Customer's request all fees are stated and paid in Chinese yuan (CNY), inclusive of VAT. The Subscription Fee is CNY 228,000 per Subscription Year, CNY 456,000 for the two Subscription Years. There is no set-up fee.

5.2 The Subscription Fee is invoiced quarterly in advance in equal instalments of CNY 57,000, the first on the Service Start Date. Invoices are payable within 30 days.

5.3 API calls above the annual allowance are charged at CNY 0.04 per call and invoiced quarterly in arrears. They are not included in the Subscription Fee.

6. SERVICE LEVELS

6.1 The API shall be available 99.95% of the time in each calendar month, excluding scheduled maintenance announced at least 72 hours in advance.

6.2 Priority 1 incidents (the API is unavailable or returns no positions) shall receive a response within 1 hour, 24 hours a day; Priority 2 incidents within 3 business hours.

6.3 If monthly availability falls below the level in clause 6.1, the Customer receives a credit of 5% of the quarterly fee for each full 0.1 percentage point of shortfall, up to 50% of that fee. A missed Priority 1 response earns a credit of CNY 500 per hour. Credits are deducted from the next invoice or refunded at the end of the subscription.

7. CUSTOMER DATA AND SECURITY

7.1 Customer Data belongs to the Customer. The Vendor uses it only to provide the service to the Customer and does not use it for any other purpose, including analytics, product development or disclosure to other customers.

7.2 The Vendor shall protect Customer Data with encryption in transit and at rest, access limited to named staff, logging of access and regular security testing, and shall keep an ISO/IEC 27001 certification during the term.

7.3 The Vendor shall notify the Customer of any security incident affecting Customer Data within 24 hours, take all reasonable measures to contain it, and compensate the Customer for losses caused by the Vendor's breach of this clause.

7.4 Within 30 days after the end of the subscription the Vendor shall delete all Customer Data and confirm the deletion in writing.

8. INTELLECTUAL PROPERTY

8.1 The Vendor owns the API, its documentation and the Vendor Data.

8.2 The Customer owns its tracking portal, its reports and any analyses it creates using Vendor Data. The integration code and dashboards that the Vendor's engineers prepare for the Customer during onboarding belong to the Customer, which may use and modify them freely.

9. CONFIDENTIALITY

Each party shall keep confidential the other party's non-public business and technical information, use it only for this Agreement and not disclose it to third parties without prior written consent. This obligation continues for three years after the end of the Agreement.

10. SUBCONTRACTING

The Vendor shall not subcontract the provision of the service, or appoint a new subprocessor of Customer Data, without the Customer's prior written consent. Satellite data providers that deliver raw position reports to the Vendor are not subcontractors for this purpose.

11. LIABILITY

11.1 Each party's total liability under this Agreement is limited to 150% of the Subscription Fees for the two Subscription Years.

11.2 The limit does not apply to breach of clause 7 or clause 9, to infringement of intellectual property rights, or to wilful misconduct.

11.3 Neither party is liable for indirect or consequential loss, such as loss of profit or business.

12. TERMINATION

12.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

12.2 If the Customer terminates under clause 12.1, the Vendor shall refund the fees paid for the period after the termination date.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the Republic of Lithuania.

13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by the Vilnius Court of Commercial Arbitration in Vilnius, Lithuania, in English.

14. GENERAL

14.1 Amendments must be in writing and signed by both parties.

14.2 Notices may be given by email to the contacts named below, with confirmation of receipt.

14.3 Neither party may assign this Agreement without the other party's prior written consent, except to a successor of its entire business that accepts all obligations under it.

14.4 This Agreement, with its documentation, is the entire agreement of the parties on its subject matter and replaces any earlier proposals.

15. SUPPORT AND CHANGES TO THE API

15.1 The Vendor provides technical support in English and Chinese by email and through a ticket portal. Each ticket receives a priority when it is reported; the Customer may ask for a higher priority if the incident affects its tracking portal.

15.2 The Vendor shall give at least 90 days' notice of any change to the API that is not backward compatible and shall keep the previous version available during that period. The Vendor shall not remove data fields listed in the documentation during the subscription.

15.3 The Vendor shall publish a monthly report of availability, latency and incident times, and shall send the Customer a written root-cause report within five business days after any Priority 1 incident.

15.4 The Customer shall keep its API credentials secure, shall not share them with third parties and shall inform the Vendor without delay if it suspects that the credentials have been disclosed, so that the Vendor can revoke them and issue new ones without charge. The Vendor shall give the Customer usage statistics by API key so that the Customer can monitor its consumption against the annual allowance.

16. FORCE MAJEURE

Neither party is liable for a failure to perform caused by events beyond its reasonable control, including failures of satellite operators, natural disasters, war or government action, provided that it notifies the other party promptly and uses reasonable efforts to limit the effect. Service credits under clause 6.3 remain payable for unavailability of the API itself.

17. COMPLIANCE

Each party shall comply with the export-control, sanctions and data-protection laws that apply to it. The Customer shall not use Vendor Data to support any activity prohibited by applicable sanctions. Neither party shall offer any improper payment or benefit to employees of the other party.

SIGNATURES

For the Vendor: ____________________  Name / title / date: ____________________

For the Customer: ____________________  Name / title / date: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {  # key: (file name, language, format, source)
    "z01": ("h458z01_justice_bureau_community_corrections_platform.pdf", "zh", "pdf", Z01),
    "z02": ("h458z02_brewery_filling_line_control_retrofit.docx", "zh", "docx", Z02),
    "z03": ("h458z03_housekeeping_chain_dispatch_membership_saas.txt", "zh", "txt", Z03),
    "z04": ("h458z04_cdc_immunisation_system_annual_om.txt", "zh", "txt", Z04),
    "z05": ("h458z05_hotpot_base_recipe_batch_software_supplier_template.md", "zh", "md", Z05),
    "e01": ("h458e01_cold_chain_wms_licence_danish_vendor.pdf", "en", "pdf", E01),
    "e02": ("h458e02_lms_saas_order_form_swedish_vendor.md", "en", "md", E02),
    "e03": ("h458e03_cold_store_sensors_finnish_supplier.docx", "en", "docx", E03),
    "e04": ("h458e04_managed_mobile_device_service_estonian_provider.md", "en", "md", E04),
    "e05": ("h458e05_vessel_position_data_api_lithuanian_vendor.txt", "en", "txt", E05),
}

# ---------------------------------------------------------------- labels
TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
             "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
             "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
             "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]
BASE = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="service")
# per draft: category, term overrides, extra (sla_clause, ld_stated, [post_warranty_fee_capped], deemed, value)
SPEC = {
    "z01": ("software", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08, prepayment_pct=45,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=18,
                             contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2440000)),
    "z02": ("hardware", dict(p1_response_hours=8, ld_rate_per_day_pct=0.1, liability_cap_pct=50, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=8,
                             contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=2140000)),
    "z03": ("cloud", dict(availability_pct=99.95, p1_response_hours=0.5, sla_remedy=False, data_security_clause=False,
                          ld_rate_per_day_pct=600 / 609800 * 100, subcontract_without_consent=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=609800)),
    "z04": ("services", dict(availability_pct=99.95, p1_response_hours=0.25, ld_rate_per_day_pct=0.1),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=493000)),
    "z05": ("software", dict(sla_remedy=False, ip_owner="supplier", buyer_owns_data=False, liability_cap_pct=20,
                             prepayment_pct=50, acceptance_clause=False, final_payment_on_acceptance=False,
                             warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None,
                             governing_law=None, contract_kind="goods_or_licence"),
            dict(sla_clause=False, ld_stated=False, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                 contract_value=960000)),
    "e01": ("software", dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150, prepayment_pct=10,
                             final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=12,
                             contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=1930000)),
    "e02": ("cloud", dict(availability_pct=99.5, p1_response_hours=1, ld_rate_per_day_pct=500 / 600000 * 100,
                          liability_cap_pct=150, auto_renewal_price_increase=True),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=600000)),
    "e03": ("hardware", dict(p1_response_hours=2, confidentiality=False, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                             final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=9,
                             contract_kind="goods_or_licence"),
            dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                 contract_value=680000)),
    "e04": ("services", dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=900 / 1170000 * 100,
                             liability_cap_pct=6 / 24 * 100, termination_for_breach=False),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1170000)),
    "e05": ("cloud", dict(availability_pct=99.95, p1_response_hours=1, ld_rate_per_day_pct=300 / 456000 * 100,
                          liability_cap_pct=150, governing_law="Lithuania"),
            dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=456000)),
}
# TCO inputs (not label keys): fee base = itemised licence / hardware subtotal
TCO_BASE = {"z01": 1260000, "z02": 1738000, "z05": 720000, "e01": 1260000, "e03": 610200}
FORUM_OUTSIDE = {"e05"}  # Vilnius
DESIGN = {
    "z01": ["CR-POST-WARRANTY-FEE", "CR-PREPAYMENT"],
    "z02": ["CR-LIABILITY-CAP", "CR-SLA-RESPONSE"],
    "z03": ["CR-DATA-SECURITY", "CR-SLA-NO-REMEDY", "CR-SUBCONTRACT"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP",
            "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE",
            "CR-WARRANTY"],
    "e01": [],
    "e02": ["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY"],
    "e03": ["CR-CONFIDENTIALITY", "CR-LD-LOW"],
    "e04": ["CR-LIABILITY-CAP", "CR-TERMINATION"],
    "e05": ["CR-GOVERNING-LAW"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    post_years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = post_years * t["post_warranty_fee_pct"] / 100 * TCO_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def my_rules(key, t, x):
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
        fee = t["post_warranty_fee_pct"]
        if fee is None or not x.get("post_warranty_fee_capped") or fee > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(key, t, x)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def label(key):
    name, lang, fmt, _ = FILES[key]
    cat, over, extra = SPEC[key]
    t = dict(BASE)
    t.update(over)
    t = {k: t[k] for k in TERM_KEYS}
    x = dict(extra)
    rules = my_rules(key, t, x)
    assert rules == sorted(DESIGN[key]), (key, rules, DESIGN[key])
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": rules}


# ---------------------------------------------------------------- threshold scan
CN_NUM = "〇零一二三四五六七八九十百千两"
PATTERNS = [
    r"(?<![\d.])99\.9(?![\d])\s*%?", r"百分之九十九点九(?!\d|[一二三四五六七八九])",
    r"(?<![\d.])4\s*(?:小时|个小时|h\b|hrs?\b|hours?\b|-hour)", r"(?<![" + CN_NUM + r"])四\s*个?小时", r"\bfour\s*-?\s*hours?\b",
    r"(?<![\d.])240\s*(?:分钟|min)", r"(?<![\d.])0\.05(?!\d)\s*%", r"万分之五(?![十0-9])", r"\b0\.05\s*per\s*cent",
    r"(?<![\d.])100\s*%", r"百分之百", r"\b(?:one\s+)?hundred\s+per\s*cent", r"(?<![\d.])100\s*per\s*cent",
    r"(?<![\d.])30\s*%", r"百分之三十(?![一二三四五六七八九])", r"三成", r"\bthirty\s+per\s*cent", r"(?<![\d.])30\s*per\s*cent",
    r"(?<![\d.])12\s*-?\s*(?:个月|months?\b|-month)", r"(?<![" + CN_NUM + r"])十二\s*个月", r"\btwelve\s*-?\s*months?\b",
    r"一年", r"\bone\s*-?\s*year\b", r"(?<![\d.])1\s*-?\s*year\b",
    r"(?<![\d.])15\s*%", r"百分之十五(?![一二三四五六七八九])", r"\bfifteen\s+per\s*cent", r"(?<![\d.])15\s*per\s*cent",
    r"(?<![\d.])40\s*%", r"百分之四十(?![一二三四五六七八九])", r"四成", r"\bforty\s+per\s*cent", r"(?<![\d.])40\s*per\s*cent",
    r"(?<![\d.])5\s*-?\s*(?:年|years?\b|-year)", r"(?<![" + CN_NUM + r"])五\s*年", r"\bfive\s*-?\s*years?\b",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?\b)", r"六十\s*个月", r"\bsixty\s+months?\b",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "four hours", "4 hours", "240分钟", "0.05%", "万分之五", "100%",
            "百分之百", "30%", "百分之三十", "三成", "thirty per cent", "12个月", "十二个月", "twelve months", "12 months",
            "一年", "one year", "15%", "百分之十五", "40%", "四成", "5年", "五年", "five years", "60 months", "60个月",
            "12-month", "5-year", "one-year"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "2025年", "万分之五十", "服务年度",
             "Subscription Year", "14 hours", "0.055%", "130%", "1.30%", "240,000", "2026年", "25年", "0.4%", "140%",
             "十五日", "15日", "15 days", "500 milliseconds", "45%", "35%"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not hits(s), ("must miss", s, hits(s))


def scan(text, where):
    variants = {"raw": text, "collapsed": re.sub(r"\s+", " ", text), "nospace": re.sub(r"\s+", "", text)}
    for v, s in variants.items():
        h = hits(s)
        assert not h, (where, v, h)


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(path)
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def measure(text, lang):
    return len(text) if lang == "zh" else len(text.split())


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    covered = set()
    for key, (name, lang, fmt, src) in FILES.items():
        scan(src, key + " source")
        if fmt in ("txt", "md"):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write({k: v[3] for k, v in FILES.items() if v[2] in ("docx", "pdf")},
          {k: (v[0], v[2]) for k, v in FILES.items() if v[2] in ("docx", "pdf")}, OUT, wrap_words=True)
    bad = []
    for key, (name, lang, fmt, src) in FILES.items():
        text = read_back(OUT / name)
        scan(text, key + " built")
        n = measure(text, lang)
        nows = len(re.sub(r"\s+", "", text))
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        print(f"{name}: {n} {'chars' if lang == 'zh' else 'words'} (non-whitespace chars {nows})")
        if not lo <= n <= hi:
            bad.append((name, n))
        lab = label(key)
        covered |= set(lab["expected_rules"])
        s = tco_share(key, lab["expected_terms"], lab["expected_extra"])
        if s is not None:
            assert abs(s - 40) > 2, (key, s)
            print(f"   TCO share {s:.2f}%")
        (OUT / (Path(name).stem + ".json")).write_text(json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
    for k in ("z04", "e01"):
        assert DESIGN[k] == []
    assert set(ALL_RULES) == covered, set(ALL_RULES) - covered
    print("all 20 rules covered")
    assert not bad, bad
