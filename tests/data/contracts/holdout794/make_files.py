"""holdout794: builds the ten held-out drafts (.txt/.md written as is, .docx/.pdf via ../word_pdf.py), writes the
.json labels, and asserts lengths, sums, thresholds and rule coverage. Run: /work/main/.venv/bin/python -B make_files.py"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:某市农业农村局蝗虫监测预警平台采购合同
P:合同编号：NYNC-ZH-2027-018    采购方式：公开招标（政府采购）
P:甲方（采购人）：某市农业农村局
P:乙方（供应商）：青禾数智农业科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方就蝗虫（治蝗）监测预警平台的软件许可与定制开发事宜，经协商一致，订立本合同，以资共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供蝗虫监测预警平台软件（以下简称"平台"）的永久使用许可，用户数不限，部署于甲方政务云。
P:1.2 乙方按甲方需求完成定制开发：全市62个固定监测点及虫情测报灯数据接入、飞蝗与土蝗发生程度预测模型、预警信息分级发布、治蝗物资调度模块及移动巡查端。
P:1.3 乙方负责平台部署、数据初始化、联调测试及对甲方和各乡镇植保人员的培训。
P:1.4 乙方应组建不少于8人的项目团队，项目经理须具有高级项目管理资格并常驻甲方现场，未经甲方书面同意不得更换。
P:1.5 平台应兼容甲方现有植保信息系统、气象数据共享平台和农业农村“一张图”，数据接口遵循省级农业数据标准。
H:第二条 合同价款
P:2.1 合同总价为人民币壹佰伍拾陆万元整（¥1,560,000），包括：平台软件许可费¥868,000；定制开发费¥574,000；实施部署费¥96,000；培训费¥22,000。
P:2.2 上述价款为固定总价，已包含税费、差旅及项目实施所需的一切费用，甲方不再支付其他任何费用。
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额履约保函后15个工作日内，甲方支付合同总价的20%作为预付款。
P:3.2 平台完成部署并通过初步验收后15个工作日内，甲方支付合同总价的45%。
P:3.3 平台通过最终验收后15个工作日内，甲方支付合同总价的35%。
P:3.4 乙方每次请款前应开具合法有效的增值税发票；甲方付款受财政资金拨付进度影响的，双方另行协商，但甲方不因此承担违约责任。
H:第四条 交付期限
P:4.1 乙方应于合同签订后120日内完成全部部署和定制开发，并提出初步验收申请。
P:4.2 乙方应在每年蝗虫发生期（4月至9月）开始前保证预警功能可用，不得因开发进度影响当年监测。
P:4.3 乙方应按周提交项目进度报告，按月参加甲方组织的项目例会；进度滞后的，应提交书面赶工措施。
P:4.4 乙方应交付需求规格说明书、概要设计、详细设计、数据库设计、接口说明、测试报告、用户手册、运维手册及源代码光盘各一套。
H:第五条 验收
P:5.1 初步验收标准：全部监测点数据接入成功且连续10日无中断；预测模型对近三年历史数据的回测误差不超过甲方招标文件规定的指标；预警发布从触发到短信送达不超过3分钟；移动端在200人并发下页面响应不超过2秒；通过第三方网络安全等级保护测评。
P:5.2 初步验收后平台试运行60日，期间无一级故障、各模块功能与招标文件逐项相符的，甲方组织专家进行最终验收，并出具书面验收报告。
P:5.3 平台上线使用、甲方付款或签收货物，均不视为验收合格；未达到验收标准的，乙方应在10日内整改并重新申请验收。
H:第六条 服务水平
P:6.1 平台月可用率不低于99.95%，计划内维护应提前3日书面告知并安排在夜间进行。
P:6.2 一级故障（平台整体不可用或预警无法发布）乙方应在30分钟内响应，2小时内到达现场，8小时内恢复；二级故障2小时内响应，次日内解决。
P:6.3 乙方每迟延响应或迟延恢复1小时，甲方从应付款中扣除¥800；月可用率每低于承诺值0.01个百分点，扣除¥1,000。
P:6.4 乙方应设立7×24小时服务热线，并于每季度结束后提交服务报告，载明故障数量、处理时长、可用率统计及改进措施。
H:第七条 质保与后续运维
P:7.1 质保期为二十四个月，自最终验收之日起计算。质保期内乙方免费提供缺陷修复、版本升级、远程及现场技术支持。
P:7.2 质保期满后，甲方如需乙方继续提供运维服务，年度运维费不超过平台软件许可费的8%（即¥69,440），该价格在质保期满后三年内保持不变，由双方另行签订运维合同。
P:7.3 质保期内，每年蝗虫发生高峰期（5月至8月）乙方应安排专人驻场保障，甲方发布重大预警时乙方应提供全天候技术支持。
H:第八条 知识产权
P:8.1 平台标准软件的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:8.2 本项目定制开发的预测模型、接口程序、移动端程序及全部源代码、技术文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。乙方应在最终验收时交付全部源代码。
P:8.3 乙方保证所交付的平台及定制成果不侵犯任何第三方的知识产权；发生侵权纠纷的，由乙方负责处理并承担全部责任。
H:第九条 数据安全
P:9.1 平台中的监测数据、预警记录、地理信息及用户信息均属甲方所有，乙方仅可为履行本合同使用，不得用于其他任何目的。
P:9.2 乙方应落实访问控制、数据加密、日志审计和备份措施，运维操作须经甲方堡垒机进行，不得将数据复制或带离甲方政务云。
P:9.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并采取补救措施；因乙方原因造成的，乙方承担全部责任并赔偿甲方损失。
P:9.4 合同终止后，乙方应在甲方监督下删除其保存的全部甲方数据，并出具书面删除证明。
H:第十条 保密
P:10.1 乙方对在履行本合同中获知的甲方工作秘密、测报数据和未公开的疫情信息负有保密义务，未经甲方书面同意不得向任何第三方披露。
P:10.2 保密义务不因本合同终止而解除，在合同终止后五年内持续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期通过验收的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 乙方逾期超过30日的，甲方有权解除合同，乙方应退还已收款项并赔偿甲方损失。
P:11.3 乙方交付的平台不符合合同约定，给甲方造成损失的，乙方应予赔偿。
P:11.4 违约金不足以弥补甲方损失的，乙方还应赔偿差额部分。
H:第十二条 分包与转让
P:12.1 乙方不得将本合同项下的任何工作转包或分包给第三方，不得转让本合同权利义务。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面通知后15日内未予纠正的，甲方有权书面通知解除本合同。
P:13.2 因不可抗力致使合同目的不能实现的，双方均可解除合同，互不承担违约责任。
H:第十四条 期限
P:14.1 本合同自双方签字盖章之日起生效，至质保期届满且双方义务履行完毕时终止，不自动续期。
H:第十五条 法律适用与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:16.1 招标文件、投标文件、中标通知书为本合同组成部分；本合同一式六份，甲方四份，乙方两份，具有同等法律效力。
P:16.2 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:16.3 双方联系人及通讯地址见附件，任何一方变更联系方式的，应在3日内书面通知对方。
P:16.4 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他不正当利益。
P:16.5 附件：1.需求规格及功能清单；2.监测点清单；3.实施进度计划；4.验收方案。
P:甲方（盖章）：__________    乙方（盖章）：__________
P:签订日期：2027年__月__日
"""

Z02 = """T:电吹风电机与外壳装配线控制系统改造及维保合同
P:合同编号：DCF-ZZ-2027-0412
P:甲方：某电器制造有限公司（电吹风厂）
P:乙方：甬川自动化工程有限公司
P:甲方因扩产需要，委托乙方对其二号车间电机装配及外壳合装生产线的控制系统实施改造，并提供质保期后的维护保养服务。双方经友好协商，订立本合同。
H:一、项目范围
P:（一）更换生产线原有继电器控制柜，新增PLC控制系统、伺服驱动单元、视觉检测工位及工控机人机界面。
P:（二）编写并调试电机压装、碳刷安装、外壳卡扣合装、螺丝锁付、通电测试等九个工位的控制程序，实现节拍统一调度。
P:（三）开发生产数据采集程序，与甲方现有MES系统对接，上传产量、不良品及设备状态数据。
P:（四）完成现场安装、接线、调试、试生产及操作维修人员培训。
P:（五）改造期间乙方应确保甲方其他生产线正常运行，改造方案须包含回退措施，拆除的原有设备清点后移交甲方。
P:（六）乙方应提供电气原理图、接线图、PLC程序清单、设备操作规程及维修手册各两套，纸质版和电子版各一份。
H:二、合同价款
P:（一）合同总价为人民币壹佰陆拾肆万捌仟元整（¥1,648,000），明细如下表：
TB:序号|项目|数量|金额（元）
TB:1|PLC控制器及I/O模块|9套|486,000
TB:2|伺服驱动器及伺服电机|36套|372,000
TB:3|视觉检测相机及光源|12套|218,000
TB:4|工控机及触摸屏|9台|96,000
TB:5|控制软件及MES接口软件许可|1项|184,000
TB:|软硬件小计||1,356,000
TB:6|安装调试|1项|148,000
TB:7|控制程序定制开发|1项|126,000
TB:8|培训|1项|18,000
TB:|合计||1,648,000
P:（二）上述价款包含设备、软件、运输、保险、安装、调试、培训及税费。
P:（三）除本合同另有约定外，甲方不再另行支付其他任何费用。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款。
P:（二）全部设备到货并经甲方清点签收后10个工作日内，甲方支付合同总价的45%。
P:（三）生产线安装调试完成并试生产后10个工作日内，甲方支付合同总价的35%。
P:（四）乙方每次请款应提供等额增值税专用发票；乙方未提供发票的，甲方有权顺延付款且不承担违约责任。
H:四、交货与工期
P:（一）乙方应于合同签订后45日内将全部设备运抵甲方二号车间，并于到货后25日内完成安装调试。
P:（二）改造施工应利用甲方安排的停线窗口进行，每次停线不得超过72小时，乙方应提前3日提交施工方案。
P:（三）设备包装应适合长途运输和多次搬运，因包装不当造成损坏的，由乙方负责更换。
P:（四）乙方应派驻项目经理一名、电气工程师两名常驻现场，驻场人员名单报甲方备案，未经甲方同意不得更换项目经理。
P:（五）乙方应在施工前对停线窗口内的拆装、接线、程序下载和回退步骤进行书面交底，施工结束后与甲方共同确认设备状态并清理现场。
H:五、验收
P:（一）生产线安装调试完成后，乙方组织试生产一个班次，试生产结束即视为甲方验收合格。
P:（二）甲方对设备外观、数量的确认以到货签收单为准。
H:六、质保与维保服务
P:（一）质保期为二十四个月，自试生产结束之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换。
P:（二）一级故障（整线停机）乙方应在1小时内响应，3小时内到达现场，8小时内恢复生产；二级故障（单工位停机）2小时内响应，当日修复。
P:（三）乙方每迟延响应或迟延恢复1小时，应向甲方支付¥1,000，由甲方从应付款项中扣除。
P:（四）质保期满后，乙方按年提供维护保养服务（含季度巡检、程序备份、备件更换工时及远程支持），年度维保费为软硬件小计的10%，即¥135,600，该价格在质保期满后三年内不作调整。
P:（五）维保服务期间，乙方每季度到现场巡检一次，出具巡检报告，并对易损件使用情况提出更换建议。
P:（六）质保期内同一部件累计故障三次以上的，乙方应免费更换同型号新部件。
H:七、知识产权
P:（一）PLC、伺服及视觉设备内置软件和标准控制软件的知识产权归原权利人或乙方所有，甲方享有永久使用权。
P:（二）本项目定制开发的控制程序、MES对接程序、人机界面画面及其源程序、注释文档归甲方所有，乙方应在试生产后交付，甲方可自行修改或委托他人维护。
P:（三）乙方保证所提供的设备和软件不侵犯第三方知识产权，由此产生的纠纷由乙方负责处理并承担赔偿责任。
H:八、数据安全
P:（一）生产线采集的产量、工艺参数、质量检测图像等数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方书面批准并通过甲方指定的远程接入通道进行，操作全程留存日志；乙方不得在控制系统中预留后门或未经告知的远程连接。
P:（三）乙方用于调试的笔记本电脑和移动存储介质须经甲方查杀病毒后方可接入控制网络，调试完成后不得留存甲方工艺程序的副本。
P:（四）因乙方原因导致数据泄露、丢失或控制系统被入侵的，乙方应在2小时内通知甲方，采取补救措施并赔偿甲方全部损失。
P:（五）合同终止后，乙方应删除其保留的甲方数据并书面确认。
H:九、保密
P:乙方对在项目中获知的甲方产品结构、工艺参数、产能计划及客户信息负有保密义务，未经甲方书面同意不得向第三方披露，该义务在本合同终止后三年内持续有效。
H:十、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）乙方逾期超过30日的，甲方有权解除合同并要求乙方退还已付款项。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（四）乙方交付的设备规格型号与合同约定不符的，应在甲方通知后7日内无偿更换，更换期间按本条第（一）项计算逾期违约金。
H:十一、分包
P:乙方不得将本合同项下工作分包给第三方；确需将电气配线施工分包的，应事先取得甲方书面同意，并对分包方的工作承担全部责任。
H:十二、安全生产
P:乙方人员进入甲方车间应遵守甲方安全生产和防静电管理制度，因乙方人员违章作业造成人身或财产损失的，由乙方承担。乙方应为现场作业人员购买意外伤害保险，动火、登高及带电作业须事先办理甲方作业许可。
H:十三、合同解除
P:一方严重违约，经对方书面催告后15日内仍未纠正的，守约方有权书面通知解除本合同，并要求违约方赔偿损失。因不可抗力致使合同目的无法实现的，双方均可解除合同。
H:十四、法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，任何一方均可向甲方所在地人民法院起诉。
H:十五、培训
P:乙方应对甲方操作工和设备维修人员分别进行培训，培训不少于五天；培训后操作人员应能独立完成产品换型、参数设置及常见故障排除。
H:十六、其他
P:本合同附件包括技术协议、设备清单、施工进度计划和培训计划，附件与本合同具有同等效力。本合同未尽事宜，双方另行签订补充协议。双方应遵守廉洁协议，乙方不得向甲方采购、技术人员提供任何不正当利益。
P:本合同自双方签字盖章之日起生效，至维保义务履行完毕时终止，不自动续期。本合同一式四份，双方各执两份。
P:甲方（盖章）：__________    乙方（盖章）：__________
"""

Z03 = """连锁钟表维修门店订单与会员管理系统（SaaS）服务合同

合同编号：ZBWX-SaaS-2027-006

甲方：某钟表维修连锁有限公司
乙方：时序云软件服务有限公司

甲方在本市及周边城市经营30家钟表维修门店，拟使用乙方的订单与会员管理云服务（以下简称"云服务"），覆盖接件登记、维修工单、配件库存、取件通知、会员积分及储值等业务。双方经协商一致，订立本合同。

一、服务内容
（一）乙方为甲方30家门店及总部开通云服务账号，门店端不限用户数，总部端开通20个管理账号。
（二）乙方负责实施服务，包括：门店与总部组织架构配置，维修工单流程与报价模板配置，短信及公众号取件通知对接，甲方现有会员数据及未结工单迁移，以及对店长和维修技师的培训。
（三）服务期为两个服务年度，第一个服务年度自上线验收合格之日起算。
（四）云服务应支持门店安卓收银终端及平板，兼容扫码枪、小票打印机和标签打印机，相关硬件由甲方自行采购。
（五）云服务应支持机芯型号、表壳材质、维修项目、配件编码等基础数据的自定义维护，以及维修保修到期提醒。
（六）服务期内乙方免费提供功能升级，升级不得降低已有功能或影响门店正常营业；乙方应提供测试环境，供甲方在新功能上线前验证。

二、服务费用
（一）订阅费：每家门店每个服务年度¥5,800，30家门店每个服务年度合计¥174,000，两个服务年度合计¥348,000。
（二）实施费：¥86,000（一次性）。
（三）数据迁移费：¥26,000（一次性）。
（四）本合同总价为人民币肆拾陆万元整（¥460,000）。新增门店按同一单价按月折算计费。
（五）短信通知费用按实际发送量由乙方代收代付，不计入本合同总价，单条价格见附件。

三、付款方式
（一）实施费和数据迁移费在上线验收合格后15个工作日内一次付清。
（二）每个服务年度的订阅费在该服务年度开始后15个工作日内支付。
（三）乙方应在付款前开具增值税专用发票。
（四）初始服务期内订阅单价不作调整。

四、实施与验收
（一）乙方应于合同签订后45日内完成全部配置、迁移与培训，并提交上线验收申请。
（二）上线验收标准：
1. 30家门店均能完成接件、报价、维修、质检、取件全流程，并打印或推送电子取件单；
2. 迁移后的会员人数、积分余额、储值余额与甲方原系统导出数据逐条核对一致；
3. 取件通知在工单完结后1分钟内送达顾客；
4. 门店端在高峰时段页面响应时间不超过2秒。
5. 总部端能够按门店、技师和维修项目统计营业额、返修单数量及配件消耗。
（三）门店试用、甲方付款均不视为验收合格。验收未通过的，乙方应在7日内整改后重新验收。
（四）乙方逾期提交上线验收申请的，每逾期一日向甲方支付违约金¥300。
（五）乙方应指派实施经理一名，负责制订实施计划、组织门店培训并每周汇报进度。
（六）乙方应对每家门店的店长、前台及维修技师进行现场或远程培训，并提供操作手册和视频教程。
（七）甲方应指定项目联系人，按实施计划提供门店清单、会员数据导出文件和维修价目表，并组织门店人员参加培训。

五、服务水平
（一）云服务月可用率不低于99.5%，计划内维护应安排在凌晨1点至6点之间，并提前48小时通知甲方。
（二）故障分级及处理时限：
1. 一级故障（全部门店无法开单或收款）：30分钟内响应，3小时内恢复；
2. 二级故障（部分门店或部分功能不可用）：1小时内响应，8小时内恢复；
3. 三级问题（咨询及一般缺陷）：当日响应，下一个版本修复。
（三）服务补偿：月可用率未达承诺的，每低0.1个百分点，按当月订阅费的5%给予服务抵扣；一级故障超时恢复的，每超时1小时抵扣当月订阅费的2%。服务抵扣在下一期订阅费中扣减。
（四）乙方应于每月5日前向甲方提交上月服务报告，列明可用率、故障及处理情况。
（五）乙方应提供7×24小时故障报修热线，并在门店营业时间内提供在线客服支持。

六、数据归属与数据安全
（一）甲方及其顾客的订单、维修记录、会员信息、储值及交易数据均属甲方所有，乙方仅为提供本合同服务而处理，不得用于其他任何目的，不得向第三方提供。
（二）乙方应将数据存储于中国境内的数据中心，采取加密存储、传输加密、分级授权、操作日志和每日备份等安全措施，并符合个人信息保护法律法规的要求。
（三）发生数据泄露、丢失或被非法访问的，乙方应在2小时内通知甲方，配合调查处置；因乙方原因造成的，乙方承担全部赔偿责任，包括甲方向顾客承担的赔偿。
（四）合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后彻底删除。
（五）乙方应每年至少开展一次安全渗透测试，并将测试结论书面告知甲方。
（六）乙方不得通过云服务向甲方顾客推送与甲方业务无关的广告或营销信息。
（七）乙方应按照网络安全等级保护第二级要求运营云服务，并在甲方要求时提供有效的测评证明。

七、保密
双方对在合作中获知的对方商业秘密、价格、客户名单及技术资料负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内持续有效。乙方参与本项目的人员应签署保密承诺书。

八、知识产权
云服务平台的知识产权归乙方所有。乙方为甲方定制的报表、工单模板及与甲方公众号对接的接口程序归甲方所有，甲方可自行修改或交由第三方使用。乙方保证云服务不侵犯第三方知识产权，如因此引起纠纷，由乙方负责处理并赔偿甲方损失。

九、分包
乙方可将门店现场实施、设备调试及培训工作委托具备相应能力的第三方完成，但应提前5个工作日书面通知甲方，并对受托方的行为负责。

十、续期
本合同服务期届满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，可连续续期。续期时乙方有权根据市场情况上调订阅单价，上调后的单价以乙方书面通知为准，甲方未在通知后10日内提出异议的视为接受。

十一、违约与解除
（一）乙方严重违约，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还未使用服务期的订阅费。
（二）甲方逾期付款超过30日的，乙方可暂停服务，但应提前7日书面通知。
（三）因乙方原因给甲方造成损失的，乙方应予赔偿。
（四）合同解除或终止后，乙方应按第六条第（四）项返还和删除数据，并配合甲方将数据迁移至其他系统。

十二、不可抗力
因不可抗力导致服务中断的，受影响方应及时通知对方并尽力减少损失；因机房所在地区停电或网络运营商故障导致中断的，乙方应及时启用备用线路。

十三、法律适用与争议解决
本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

十四、其他
本合同未尽事宜，双方另行签订补充协议。双方联系人及联系方式见附件，变更时应书面通知对方。乙方不得向甲方员工提供任何不正当利益。本合同一式两份，双方各执一份，自双方签字盖章之日起生效。附件：门店清单、实施计划。

甲方（盖章）：__________    乙方（盖章）：__________
"""

Z04 = """某海区验潮站潮位观测系统2027年度运维服务合同

合同编号：HYJ-YW-2027-033
采购方式：竞争性磋商

甲方：某海洋局海洋预报与观测中心
乙方：蓝岸海洋仪器技术服务有限公司

为保障辖区验潮站潮位观测系统连续稳定运行，甲方通过竞争性磋商选定乙方承担2027年度运维服务。双方依据磋商文件和乙方响应文件，订立本合同。

第一部分 服务范围

1. 运维对象：甲方所属6个验潮站的潮位观测系统，包括雷达潮位计、压力式潮位计、气象要素传感器、数据采集器、北斗及4G通信终端、站房供电与防雷设施，以及中心站数据接收处理软件。
2. 服务内容：
2.1 日常监控：每日两次检查各站数据到报情况，发现缺测或异常数据当日处置；
2.2 定期巡检：每季度对每个验潮站现场巡检一次，完成传感器清洁、水尺比测、电池与太阳能板检查、防雷接地测试；
2.3 汛期保障：每年5月底前完成全部站点的汛前检查，台风预警发布后加密巡查；
2.4 故障维修：承担设备故障诊断、维修及备件更换，单价5,000元以下的备件由乙方承担；
2.5 年度水准联测：配合甲方完成验潮站水准点与潮位零点的年度联测；
2.6 技术资料：建立设备台账、维修记录和运行月报。
2.7 应急保障：发生风暴潮、海啸等海洋灾害时，乙方应按甲方应急预案要求派员参与站点抢修；
2.8 备品备件：乙方应在中心站常备雷达潮位计、数据采集器、通信终端等关键备件各不少于一套；
2.9 设备接入：甲方在服务期内新增或更换设备的，乙方负责接入调试，所需工作量包含在包干价内。
3. 人员要求：乙方应组建不少于6人的运维团队，项目负责人应具有海洋仪器相关专业高级职称，驻场工程师不少于2人；人员变更须经甲方同意。
4. 报告制度：乙方应于每月5日前向甲方提交上月运行月报，服务期满后提交年度运维总结报告。

第二部分 服务期限

服务期自2027年1月1日起至2027年12月31日止。服务期满本合同终止，次年度运维服务由甲方另行组织采购。

第三部分 服务费用及支付

1. 本合同总价为人民币陆拾贰万捌仟元整（¥628,000），为固定包干价，包括人工、交通、出海或登岛交通、检测工具、单价5,000元以下备件及税费。
2. 服务费按季度支付，每季度¥157,000。每季度结束后，甲方对乙方当季服务进行考核，考核合格后15个工作日内支付当季服务费。
3. 单价5,000元以上的备件更换，由乙方报价并经甲方书面确认后另行结算。
4. 乙方请款时应提交当季运维报告及合法有效的发票。

第四部分 服务水平

1. 故障等级：
1.1 一级故障：单站潮位数据中断或中心站无法接收任何站点数据；
1.2 二级故障：单个传感器数据异常、通信时断时续或气象要素缺测；
1.3 三级故障：站房辅助设施问题或不影响观测数据的一般问题。
2. 响应与修复时限：
2.1 一级故障：乙方接报后1小时内响应，陆地站点24小时内到达现场，海岛站点在海况允许后首个航次到达，到达后8小时内恢复观测；
2.2 二级故障：2小时内响应，72小时内修复；
2.3 三级故障：当日响应，下次巡检时处理。
2.4 因海况、航班等客观原因无法按时到达海岛站点的，乙方应及时向甲方报告，并通过远程方式先行排查。
3. 台风、风暴潮预警期间，乙方须安排技术人员在岸段驻守待命。
4. 考核扣款：一级故障每超过响应或修复时限1小时，甲方从当季服务费中扣除¥500；二级故障每超时1日扣除¥800；巡检每缺漏一站次扣除¥2,000。
5. 乙方应建立7×24小时值班制度，值班电话保持畅通，接报后应在工单系统中登记。

第五部分 考核与验收

1. 季度考核内容：巡检记录与照片齐全，故障工单全部闭环，水尺比测偏差不超过2厘米，运行月报按时提交。考核不合格的，乙方应在10日内整改，整改合格后方予支付。
2. 年度验收：服务期满后15日内，甲方根据四个季度考核结果、年度水准联测报告、设备台账完整性进行年度验收，出具书面验收意见。
2.1 年度验收时，乙方应提交全年巡检、维修、备件更换及水准联测资料汇编，资料应真实、完整、可追溯。
3. 乙方提交的巡检记录、维修记录、运行月报、设备台账等资料的所有权归甲方。
4. 甲方有权对乙方巡检工作进行随机抽查，抽查发现巡检记录与现场情况不符的，按未巡检处理。

第六部分 数据管理与安全

1. 验潮站观测数据、站点坐标、通信参数及中心站软件中的全部数据归甲方所有，乙方仅可为完成本合同运维工作而访问和处理，不得用于其他目的。
2. 乙方应对运维终端安装杀毒软件和安全补丁，远程维护须经甲方批准并使用甲方提供的专用账号，操作全过程记录日志；乙方不得擅自修改数据或删除原始记录。
2.1 乙方在中心站作业使用的移动存储介质须经甲方登记和病毒查杀，作业完成后由甲方核查存储内容。
3. 发生观测数据丢失、篡改或系统被非法入侵的，乙方应在1小时内报告甲方并协助恢复；因乙方原因造成的，乙方承担修复费用并赔偿由此造成的损失。
4. 服务期满时，乙方应将运维过程中形成的全部数据、账号及资料移交甲方，并删除其保存的副本。

第七部分 违约责任

1. 乙方未按期完成汛前检查的，每逾期一日，按合同总价的千分之一向甲方支付违约金。
2. 乙方人员在作业中造成甲方设备损坏的，乙方负责修复或照价赔偿。
3. 乙方未按时限处理故障，造成单站潮位数据连续缺测超过3日的，甲方有权委托第三方维修，费用由乙方承担。
4. 甲方逾期付款的，每逾期一日，按逾期金额的万分之二支付违约金。

第八部分 分包

乙方不得将本合同的运维服务分包给第三方。备件的采购和厂家返修不属于分包，但乙方应对返修质量负责。

第九部分 合同的变更与解除

1. 合同履行期间，如需变更服务内容，双方应签订书面补充协议。
2. 本合同签订后，任何一方不得单方解除；确需提前解除的，双方应协商一致并签订书面协议，结清已发生的服务费用。
3. 因不可抗力导致本合同无法履行的，双方协商处理。

第十部分 安全作业

乙方人员出海、登岛及高空作业，应遵守海上安全作业规定，自行购买人身意外保险；作业中发生的人身安全事故由乙方负责。乙方运维船只及车辆应依法投保；乙方人员应接受甲方组织的安全培训，严格执行登船、登岛安全规定。

第十一部分 廉洁要求

乙方及其人员不得向甲方工作人员赠送礼品、礼金，不得以任何形式谋取不正当利益；发现违反本条的，甲方有权向有关部门报告。

第十二部分 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

第十三部分 其他

本合同未尽事宜，由双方签订补充协议。双方联系人及联系方式见附件，一方变更联系方式的，应在3日内书面通知对方。附件：验潮站及设备清单、巡检作业规程、季度考核表。

磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。

甲方（盖章）：__________    乙方（盖章）：__________
签订日期：2026年12月__日
"""

Z05 = """# 软件许可及定制开发合同（糖艺云标准合同文本 V3.0）

合同编号：TYY-2027-HT-0158

甲方：某糖画工艺坊（个体工商户转制的有限公司，以下简称"甲方"）

乙方：糖艺云信息技术有限公司（以下简称"乙方"）

鉴于甲方拟采购乙方"糖艺云工艺追溯平台"并委托乙方进行定制开发，用于熬糖、画糖工艺全过程记录及作品溯源，双方本着平等自愿原则，依据乙方标准合同文本签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供糖艺云工艺追溯平台标准版软件的永久使用许可（单一法人，不限终端数）。

1.2 乙方按甲方需求进行定制开发：熬糖锅温度曲线实时采集（对接甲方现有的6口熬糖锅温控探头）、糖稀火候预警、画糖作品电子档案、扫码溯源小程序及门店销售统计报表。

1.3 定制开发内容以双方签字确认的《需求确认书》为准，需求确认后的变更按本合同第2.3条处理。

1.4 乙方负责系统安装部署与使用培训。

1.5 软件运行环境要求见附件一，服务器及操作系统由甲方自行准备。乙方为甲方开通管理员账号两个，门店操作账号不限。

## 第二条 合同价款

2.1 合同总价为人民币叁拾捌万贰仟元整（¥382,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 工艺追溯平台标准版软件许可 | 268,000 |
| 2 | 定制开发（温度采集、火候预警、作品档案、溯源小程序、报表） | 96,000 |
| 3 | 安装部署及培训 | 18,000 |
| | 合计 | 382,000 |

2.2 上述价格不含甲方自购的温控探头、扫码设备及网络费用。

2.3 合同履行期间，因甲方需求变更增加的开发工作量，按每人日¥1,600另行计费。

2.4 乙方赴甲方现场的差旅费用已包含在安装部署费中，超过三次的另行计费。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方向乙方支付合同总价的55%，即¥210,100，乙方收款后启动项目。

3.2 系统验收合格后10个工作日内，甲方支付合同总价的45%，即¥171,900。

3.3 甲方逾期付款的，乙方有权暂停开发和服务，工期相应顺延。

3.4 乙方收到款项后开具增值税普通发票。

## 第四条 交付与验收

4.1 乙方在收到首期款后60日内完成开发和部署。

4.2 验收标准：以双方签字的《需求确认书》功能清单为准，逐项测试温度采集、火候预警、作品档案建档、小程序扫码查询及报表功能；温度采集间隔不大于10秒，扫码查询响应不超过3秒，连续运行10日无一级故障。

4.3 乙方提交验收申请后，甲方应在7个工作日内组织验收并签署验收报告。

4.4 验收不合格的，乙方应在15个工作日内完成修改并再次提交验收。

4.5 乙方向甲方交付用户手册、管理员手册各一份（电子版）。甲方应指定项目联系人，及时提供温控探头接口资料和作品样本资料。

## 第五条 免费维护期

5.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内，乙方提供远程技术支持和缺陷修复。

5.2 一级故障（系统无法登录或温度数据无法采集）乙方在接到通知后8小时内响应，二级故障在2个工作日内响应，其他问题在5个工作日内答复。

5.3 乙方将尽合理努力在响应后尽快解决故障，但不对解决时限作出承诺。

5.4 乙方提供工作日9:00至18:00的电话及在线客服支持，非工作时间仅受理一级故障报修。

5.5 因甲方自行修改系统配置、使用非指定硬件或操作不当引起的故障，不属于免费维护范围。

5.6 乙方通过远程方式提供技术支持，甲方应提供必要的远程访问条件；需上门处理的，乙方另行收取上门服务费。

## 第六条 维护服务

6.1 免费维护期满后，甲方如需继续使用乙方维护服务（含版本升级、远程支持和缺陷修复），应按年支付维护服务费。

6.2 年度维护服务费为软件许可费的25%，即每年¥67,000，按年预付，价格固定不变。

6.3 甲方不续购维护服务的，乙方不再提供升级和技术支持。

6.4 维护服务费于每个维护年度开始前支付，乙方收款后开通当年度升级权限。甲方欠缴维护服务费的，乙方有权暂停升级及技术支持，恢复服务时甲方应补缴中断期间的费用。

## 第七条 知识产权

7.1 平台标准版软件及其后续版本的知识产权归乙方所有。

7.2 本合同项下定制开发的全部成果，包括程序、小程序、报表模板、数据模型及相关文档，其知识产权归乙方所有。乙方授予甲方在本合同约定范围内非独占、不可转让的使用权，甲方不得修改、反编译或许可第三方使用。

7.3 乙方有权将定制开发成果纳入其标准产品向其他客户提供。

7.4 乙方保证标准版软件不侵犯第三方知识产权。

## 第八条 数据

8.1 甲方在系统中录入和产生的工艺参数、作品档案、客户信息等业务数据归甲方所有。

8.2 乙方有权对甲方业务数据进行脱敏、汇总后用于产品改进、行业分析及开发新的产品和服务，该使用不受本合同期限限制。

8.3 乙方采取防火墙、访问控制、数据加密和定期备份等措施保障系统数据安全；发生数据泄露或丢失的，乙方应在24小时内通知甲方并采取补救措施，因乙方过错导致的，乙方承担赔偿责任。

8.4 合同终止后，甲方可申请导出业务数据，乙方按届时标准收取导出服务费。

8.5 甲方应妥善保管账号密码，因甲方账号泄露造成的损失由甲方自行承担。

## 第九条 保密

双方对在履约过程中知悉的对方商业秘密及技术秘密负有保密义务，未经对方书面同意不得向第三方披露，但依法律要求披露的除外。乙方可在其官网及宣传材料中将甲方列为客户案例。

## 第十条 违约责任

10.1 乙方逾期交付的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

10.2 甲方逾期付款的，每逾期一日，按逾期金额的千分之一向乙方支付违约金。

10.3 乙方在本合同项下承担的全部责任（包括违约金和赔偿金）累计不超过合同总价的20%。乙方不对甲方的间接损失、利润损失及数据损失承担责任。

10.4 因甲方提供的资料不准确或配合不到位导致工期延误的，乙方不承担违约责任。

## 第十一条 合同解除

一方严重违约，经对方书面催告后30日内未纠正的，守约方可书面通知解除本合同。合同解除后，已支付的许可费不予退还，定制开发已完成部分按实际工作量结算。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响方应及时通知对方，并根据影响程度部分或全部免除责任。不可抗力包括地震、火灾、洪水、政府行为、网络运营商故障及大规模网络攻击等。

## 第十三条 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 其他

14.1 本合同未尽事宜，以乙方官网公布的《糖艺云服务条款》为准。

14.2 双方往来通知以书面形式发送至本合同首页地址或双方确认的电子邮箱，发出后第三日视为送达。

14.3 本合同附件：附件一《系统运行环境要求》、附件二《需求确认书》、附件三《维护服务说明》。

14.4 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：__________　　乙方（盖章）：__________

签订日期：2027年__月__日
"""

E01 = """T:Software Licence and Services Agreement
P:Agreement No. ALB-CMMS-2027-07
P:This Software Licence and Services Agreement (the "Agreement") is made between Tianjin Huafeng Sanitary Ceramics Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Tianjin (the "Buyer"), and Alborz Plant Systems Co., a company incorporated in Iran with its registered office in Qazvin, Iran (the "Vendor").
P:The Buyer operates three kiln lines and two glazing plants and wishes to replace its spreadsheet-based maintenance planning with the Vendor's computerised maintenance management software. The Vendor has agreed to license the software and to configure, implement and support it on the terms below.
H:Article 1 Definitions
P:1.1 "Software" means the Vendor's AlborzCMMS application, version 8, including its mobile work-order client and the standard reports listed in Annex 1.
P:1.2 "Custom Deliverables" means the interfaces to the Buyer's ERP and energy-metering systems, the kiln inspection templates, the data conversion scripts and all other items the Vendor creates specifically for the Buyer under this Agreement, with their source code and documentation.
P:1.3 "Go-Live" means the first day on which the Buyer's maintenance teams issue work orders in the Software for all five plants.
P:1.4 "Final Acceptance" means the Buyer's written acceptance certificate issued under Article 5.
P:1.5 "Buyer Data" means all data entered into, imported into or generated by the Software for the Buyer, including equipment registers, work orders, spare-part records and personal data of the Buyer's staff.
H:Article 2 Licence
P:2.1 The Vendor grants the Buyer a perpetual, irrevocable, non-exclusive licence to install and use the Software for up to 150 named users at the Buyer's sites in the People's Republic of China, including for backup, testing and disaster-recovery purposes.
P:2.2 The Buyer may transfer the licence to an affiliate that takes over the relevant plants, by written notice to the Vendor.
H:Article 3 Price
P:3.1 The total Contract Price is CNY 1,640,000, fixed and inclusive of all taxes, travel and expenses, made up as follows: Licence Fee CNY 1,120,000; Implementation and Configuration CNY 388,000; Data Migration CNY 96,000; Training CNY 36,000.
P:3.2 No other charge is payable for the scope described in Annex 2 unless agreed in a written change order signed by both parties.
H:Article 4 Payment
P:4.1 The Buyer shall pay 20% of the Contract Price as an advance within 30 days after signature, against the Vendor's invoice and an advance-payment guarantee of an equal amount issued by a bank acceptable to the Buyer.
P:4.2 The Buyer shall pay 45% of the Contract Price within 30 days after Go-Live. Go-Live does not constitute acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
P:4.4 All payments shall be made in CNY to the bank account stated on the Vendor's invoice.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software and complete configuration, interfaces and migration so that Go-Live can take place within 150 days after signature, following the project plan in Annex 2.
P:5.2 Final Acceptance tests, run jointly after a 45-day stable operation period, shall verify that: (a) every equipment record and open work order migrated from the Buyer's spreadsheets reconciles with the source files; (b) the ERP interface posts spare-part issues and purchase requisitions without manual correction for 20 consecutive working days; (c) preventive-maintenance schedules generate correctly for all kiln lines; (d) the mobile client works offline and synchronises within 5 minutes of reconnection; and (e) no Severity 1 defect has occurred during the stable operation period.
P:5.3 If a test fails, the Vendor shall correct the defect within 10 days and the test shall be repeated. Use of the Software in production or any payment does not amount to acceptance.
P:5.4 The Vendor shall appoint a project manager who speaks Chinese or works with a qualified interpreter, shall keep the same key staff for the duration of the project unless the Buyer agrees otherwise, and shall report progress to the Buyer in writing every week.
H:Article 6 Warranty and Support
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will perform materially in accordance with their documentation for 18 months after Final Acceptance (the "Warranty Period"). During the Warranty Period the Vendor provides defect correction, updates, new versions and remote and on-site support free of charge.
P:6.2 Severity 1 incidents (the Software is unavailable to all users or work orders cannot be issued) shall be responded to within 1 hour, around the clock, and resolved or worked around within 8 hours. Severity 2 incidents shall be responded to within 2 hours during business hours and resolved within 3 business days.
P:6.3 For each full hour by which the Vendor misses a Severity 1 response or resolution time, the Buyer may deduct CNY 1,500 from any amount due to the Vendor.
P:6.4 After the Warranty Period the Buyer may order annual support. The annual support fee is 11% of the Licence Fee, namely CNY 123,200 per year, and shall not be increased for the first three years after the Warranty Period. Each support year is ordered separately; there is no automatic renewal.
H:Article 7 Intellectual Property
P:7.1 The Software remains the property of the Vendor and its licensors.
P:7.2 All rights in the Custom Deliverables vest in the Buyer on creation. The Vendor shall deliver their source code with Final Acceptance, and the Buyer may use, modify and license them to third parties without restriction.
H:Article 8 Buyer Data and Data Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor may access and process Buyer Data only to perform this Agreement and shall not use it for any other purpose.
P:8.2 The Software is installed on the Buyer's servers in Tianjin. The Vendor shall access Buyer Data only through the Buyer's approved remote-access gateway, using named accounts and multi-factor authentication, and shall not copy Buyer Data outside the Buyer's systems except as the Buyer authorises in writing.
P:8.3 The Vendor shall comply with the data-protection laws of the People's Republic of China applicable to the Buyer Data, notify the Buyer of any security incident affecting Buyer Data within 24 hours, cooperate in remedying it and compensate the Buyer for all losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party in connection with this Agreement, use it only for this Agreement and not disclose it to any third party without the other party's prior written consent.
P:9.2 This obligation survives for five years after termination or expiry of this Agreement.
H:Article 10 Delay Damages and Liability
P:10.1 If the Vendor fails to achieve Go-Live or Final Acceptance by the dates in Annex 2 for reasons attributable to it, the Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
P:10.2 Each party's total liability under this Agreement is limited to 150% of the Contract Price. The limit does not apply to breach of Articles 8 or 9, infringement of third-party rights, death or personal injury, or wilful misconduct.
H:Article 11 Subcontracting
P:11.1 The Vendor shall not subcontract any part of the services without the Buyer's prior written consent. The Vendor remains fully responsible for the acts and omissions of any approved subcontractor.
H:Article 12 Termination
P:12.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and fails to remedy it within 20 days after receiving notice, or if the delay damages under Article 10.1 reach their maximum.
P:12.2 On termination the Vendor shall return Buyer Data and hand over all Custom Deliverables completed to date, and the Buyer shall pay for accepted work not yet paid.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of the Islamic Republic of Iran.
P:13.2 The parties shall first try to settle any dispute through good-faith negotiation between senior managers. Any dispute not settled within 30 days shall be submitted to the competent courts of Qazvin, Iran.
H:Article 14 General
P:14.1 This Agreement, with Annex 1 (Software Description) and Annex 2 (Scope and Project Plan), is the entire agreement of the parties on its subject matter.
P:14.2 Amendments are valid only in writing and signed by both parties. Notices shall be given in writing in English and Chinese to the addresses on the first page.
P:14.3 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly and takes reasonable steps to limit the effect.
P:14.4 Neither party shall offer or give any payment, gift or other advantage to an employee of the other party in connection with this Agreement.
P:14.5 This Agreement is made in English and Chinese. Both versions have equal effect; the parties shall resolve any difference between them in good faith by reference to the purpose of the clause concerned.
P:14.6 This Agreement may be signed in counterparts and takes effect on signature by both parties.
P:For the Buyer: ____________________    For the Vendor: ____________________
"""

E02 = """# Order Form and General Terms: SupplierQ Quality Cloud

Order Form No. ZQ-OF-2027-0231

This Order Form (Part A) and the General Terms (Part B) together form the agreement (the "Agreement") between Zarin Quality Software Co., a company registered in Zanjan, Iran ("Provider"), and Changzhou Ruida Auto Parts Co., Ltd., a company registered in Changzhou, People's Republic of China ("Customer").

## Part A: Order Form

### A1. Service

Provider will provide Customer with access to the SupplierQ Quality Cloud service (the "Service"), a hosted application for supplier quality management, including incoming inspection, non-conformance reports, 8D problem solving, supplier scorecards and PPAP document control, for use by Customer's quality, purchasing and plant staff.

### A2. Subscription Term

The Subscription Term starts on the Service Start Date stated in Provider's onboarding acceptance notice countersigned by Customer and runs for two Subscription Years. The Subscription Term covers 24 months; Subscription Year 2 starts on the first anniversary of the Service Start Date.

### A3. Users and Scope

Customer subscribes for 180 named users. Customer may reassign a named user when an employee leaves or changes role. Customer's suppliers may be invited to the supplier portal free of charge.

### A4. Fees

| Item | Basis | Amount (CNY) |
|---|---|---|
| Subscription, Subscription Year 1 | 180 users x CNY 1,150 | 207,000 |
| Subscription, Subscription Year 2 | 180 users x CNY 1,150 | 207,000 |
| Onboarding (configuration, data import, training) | one-time | 58,000 |
| Total fees under this Order Form | | 472,000 |

Fees include VAT and all other taxes. Additional users added during a Subscription Year are charged pro rata at the same per-user rate.

### A5. Invoicing and Payment

(a) The onboarding fee is invoiced after Customer countersigns the onboarding acceptance notice under B3.

(b) The subscription fee for each Subscription Year is invoiced at the start of that Subscription Year.

(c) Customer pays each undisputed invoice within 30 days of receipt, by bank transfer in CNY.

### A6. Contacts and Hosting Region

Customer's contract manager is its Head of Supplier Quality. Provider's account manager is named in the onboarding plan.Each party may change its contact by written notice to the other. Customer Data will be hosted in Provider's hosting region located in mainland China, operated by a licensed local cloud partner.

## Part B: General Terms

### 1. Definitions

1.1 "Customer Data" means all data, files and records submitted to or generated in the Service by or for Customer, including supplier information, inspection results, photographs, documents and personal data of users.

1.2 "Configurations" means the workflows, forms, report templates and import mappings that Provider sets up for Customer during onboarding.

1.3 "Documentation" means Provider's user guides and help pages for the Service as updated from time to time.

### 2. Provision of the Service

2.1 Provider will make the Service available to Customer's named users in accordance with the Documentation and will use commercially reasonable efforts to keep the Service available and to perform maintenance outside Customer's normal working hours where practicable.

2.2 Provider will provide support by email and through its support portal during its business hours and will use reasonable efforts to respond to support requests promptly. Provider does not commit to any specific availability level, response time or resolution time.

2.3 Provider may update the Service from time to time, provided that an update does not materially reduce the functions Customer has subscribed for.

2.4 Customer will use the Service only for its own business purposes and in accordance with the Documentation, keep user credentials secure and promptly tell Provider of any unauthorised use of an account it becomes aware of.

2.5 Provider will give Customer at least 30 days' notice of any change to the Service that requires action by Customer's users or administrators.

### 3. Onboarding and Acceptance

3.1 Provider will carry out onboarding under a written onboarding plan agreed with Customer within 10 days after signature of this Order Form.

3.2 Onboarding is complete when: (a) the Configurations for Customer's three plants have been set up as described in the onboarding plan; (b) the supplier master data and open non-conformance reports exported from Customer's current tool have been imported and reconciled record by record; (c) an end-to-end test of an incoming inspection, a non-conformance report and an 8D report has been passed at each plant; and (d) 20 key users have been trained.

3.3 Provider will then issue an onboarding acceptance notice. Customer will countersign it within 5 business days or state in writing which of the criteria in B3.2 has not been met. Provider will correct the shortfall and re-issue the notice.

3.4 Provider will provide training material in Chinese and English and a recorded training session that Customer may use for new users during the Subscription Term.

### 4. Customer Data

4.1 As between the parties, Customer owns all Customer Data. Provider will process Customer Data only to provide the Service and support to Customer under this Agreement and for no other purpose.

4.2 Provider will implement and maintain appropriate technical and organisational security measures for the Service, including encryption of Customer Data in transit and at rest, role-based access controls and logging of administrative access, and will comply with the personal-information and data-security laws of the People's Republic of China that apply to its processing.

4.3 Provider will notify Customer without undue delay, and in any case within 24 hours, after becoming aware of any unauthorised access to or loss of Customer Data, will take the steps needed to contain it and will be liable for the losses caused to Customer by its breach of this section.

4.4 Within 30 days after the end of the Subscription Term, Provider will make all Customer Data available for export in a common format and will then delete it from the Service and its backups.

4.5 On Customer's reasonable request, and not more than once in each Subscription Year, Provider will answer Customer's security questionnaire and make available a summary of its most recent independent security assessment.

### 5. Intellectual Property

5.1 Provider retains all rights in the Service and the Documentation.

5.2 The Configurations and all reports and exports generated from Customer Data belong to Customer, who may use, copy and modify them and let third parties use them for any purpose, including after the Subscription Term.

### 6. Confidentiality

6.1 Each party will keep the other party's Confidential Information confidential, use it only for the purposes of this Agreement and disclose it only to its employees and advisers who need to know it and are bound by similar obligations.

6.2 Confidential Information includes the terms of this Agreement, Customer Data, supplier pricing and quality information and Provider's non-public product information. These obligations continue for three years after the end of the Agreement.

### 7. Liability

7.1 Each party's total liability arising out of or in connection with this Agreement is limited to one and a half times the total fees payable under this Order Form.

7.2 Neither party is liable for indirect or consequential loss. These limits do not apply to breach of section 4 or 6, to Customer's payment obligations, or to wilful misconduct.

### 8. Subcontracting

Provider may not subcontract its obligations under this Agreement, other than the hosting of the Service by the cloud partner named in A6, without Customer's prior written consent. Provider is responsible for its subcontractors as for itself.

### 9. Term and Termination

9.1 This Agreement ends at the end of the Subscription Term. Any continued use of the Service requires a new Order Form agreed by both parties; there is no automatic renewal.

9.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice describing the breach.

9.3 If Customer terminates under 9.2, Provider will refund the prepaid subscription fees for the remainder of the Subscription Term.

### 10. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute arising out of it shall be submitted to the Shanghai Arbitration Commission for arbitration in Shanghai in accordance with its rules. The award is final and binding on both parties.

### 11. General

11.1 Neither party may assign this Agreement without the other party's written consent, except to an affiliate in connection with a reorganisation.

11.2 If this Order Form and the General Terms conflict, this Order Form prevails.

11.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, government action or failure of public telecommunications networks, provided it notifies the other party promptly and uses reasonable efforts to resume performance.

11.4 Notices under this Agreement must be in writing and sent to the contacts named in A6 by e-mail with a copy by courier.

11.5 This Agreement is the entire agreement between the parties on its subject matter and replaces any earlier proposals. Amendments must be in writing and signed by both parties.

Signed for Customer: ____________________        Signed for Provider: ____________________
"""

E03 = """T:Supply Contract for Kiln Condition-Monitoring Sensors and Software Licence
P:Contract No. QLC-PUR-2027-0088
P:Buyer: Anhui Qinglian Cement Co., Ltd., registered in Wuhu, Anhui Province, People's Republic of China (the "Buyer").
P:Supplier: Semnan Sensor Engineering Co., registered in Semnan, Iran (the "Supplier").
P:The Buyer has selected the Supplier through a competitive tender to supply wireless vibration and temperature sensors, gateways and a condition-monitoring software licence for the rotary kilns, raw mills and cement mills of its two production lines. The parties agree as follows, on the Buyer's standard purchase terms.
H:1. Scope of Supply
P:1.1 The Supplier shall supply, install and commission 220 wireless vibration and temperature sensors, 36 gateways and a perpetual licence of its condition-monitoring software for 300 measurement points, as listed in the price table in clause 2.
P:1.2 The Supplier shall configure alarm limits, trend analysis and fault-diagnosis models for each monitored machine, integrate the software with the Buyer's distributed control system and maintenance system, and train the Buyer's staff.
P:1.3 All hardware shall be new, of current production and suitable for the dust, heat and vibration conditions described in the technical specification (Annex 1).
P:1.4 The Supplier shall deliver, in Chinese and English, installation drawings, operating and maintenance manuals, calibration certificates for every sensor, and the configuration records of the software as commissioned.
P:1.5 The Supplier shall keep spare parts and replacement sensors of the supplied types available for at least seven years after Final Acceptance.
H:2. Contract Price
P:2.1 The Contract Price is CNY 1,700,000, fixed, including delivery to the Buyer's plant in Wuhu, import duties, VAT and all other taxes, as itemised below.
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Wireless vibration and temperature sensor|220|3,100|682,000
TB:2|Industrial gateway with mounting kit|36|8,500|306,000
TB:3|Condition-monitoring software, perpetual licence, 300 points|1|412,000|412,000
TB:|Hardware and Licence Subtotal|||1,400,000
TB:4|Installation and commissioning|1|176,000|176,000
TB:5|Analytics configuration and DCS integration|1|98,000|98,000
TB:6|Training|1|26,000|26,000
TB:|Contract Price|||1,700,000
P:2.2 Unit prices apply to any additional sensors or gateways ordered within three years after Final Acceptance.
P:2.3 The Supplier's invoices shall be special VAT invoices issued by the Supplier's authorised distributor in China, which the Supplier names in writing before the first invoice. Payment to that distributor discharges the Buyer's payment obligation.
H:3. Payment
P:3.1 The Buyer shall pay 10% of the Contract Price within 20 days after signature, against a bank guarantee for the same amount.
P:3.2 The Buyer shall pay 55% of the Contract Price within 30 days after all hardware has been delivered and signed for. Signing the delivery note confirms quantities only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price within 30 days after Final Acceptance.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver all hardware within 70 days after signature and complete installation and commissioning within 40 days after delivery, working only during shutdown windows notified by the Buyer.
P:4.3 Hardware shall be packed to withstand long-distance transport and repeated handling, and each package shall be marked with the contract number, the item numbers it contains and the gross weight.
P:4.4 The Supplier's personnel on site shall follow the Buyer's safety rules, including permits for work at height, hot work and work near rotating equipment, and shall attend the Buyer's site safety induction before starting work.
P:4.2 If the Supplier is late in delivery or in reaching Final Acceptance for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:5. Acceptance
P:5.1 Final Acceptance requires that: (a) every sensor reports to the software at its configured interval; (b) readings of ten sensors chosen by the Buyer match a calibrated portable analyser within the tolerance stated in Annex 1; (c) simulated alarms reach the DCS and the maintenance system within 10 seconds; (d) the system runs for 30 consecutive days without a Severity 1 fault; and (e) the as-built documentation has been handed over.
P:5.2 Delivery, installation, commissioning, use in production or payment do not constitute acceptance. The Buyer issues a Final Acceptance certificate when all criteria are met.
P:5.3 If any criterion is not met, the Supplier shall correct the cause within 10 days at its own cost and the relevant tests shall be repeated. The 30-day run restarts after any Severity 1 fault.
H:6. Warranty and Support
P:6.1 The Supplier warrants all hardware and the software for 36 months after Final Acceptance. During this period it shall repair or replace defective items free of charge, including batteries that fail before their rated life, and provide software updates and support.
P:6.2 Faults are classified and handled as follows.
TB:Severity|Description|Response|Restoration
TB:Severity 1|Software or a gateway down, or no data from a whole kiln line|30 minutes|8 hours
TB:Severity 2|Single sensor or single machine without data|2 hours|3 days
TB:Severity 3|Question or minor defect|Next business day|Next release
P:6.3 For each full hour by which the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 1,000 from any amount due.
P:6.4 After the warranty, the Supplier shall offer annual support, including software updates, remote diagnosis and replacement parts at cost, at 7.5% of the Hardware and Licence Subtotal, namely CNY 105,000 per year, fixed for the first two years after the warranty. Support is ordered year by year by purchase order; there is no automatic renewal.
P:6.5 Replacement sensors delivered under the warranty carry their own warranty until the later of the end of the original warranty and six months after their installation.
H:7. Data
P:7.1 All measurement data, alarm records, diagnostic results and machine information collected or generated by the system belong to the Buyer. The Supplier shall use them only to perform this Contract.
P:7.2 The software is installed on the Buyer's servers. The Supplier may access the system remotely only through the Buyer's secure gateway after approval for each session. It shall not copy data outside the Buyer's systems or connect devices to any external cloud service.
P:7.3 The Supplier shall report any security incident affecting the system or its data within 12 hours, help the Buyer to contain it, and compensate the Buyer for losses caused by its breach of this clause.
H:8. Intellectual Property
P:8.1 Firmware and the standard software remain the property of the Supplier, which grants the Buyer a perpetual licence to use them.
P:8.2 The configuration files, diagnostic models, interface programs and documentation created for the Buyer under this Contract belong to the Buyer, which may use and modify them freely and let third parties maintain them.
P:8.3 The Supplier warrants that the hardware, firmware and software do not infringe any third party's intellectual property rights and shall defend and indemnify the Buyer against any claim alleging such infringement.
H:9. Confidentiality
P:9.1 Each party shall keep confidential all non-public information of the other party received in connection with this Contract, in particular the Buyer's process data, production figures and plant layouts, and shall not disclose it to any third party without prior written consent. This obligation continues for five years after the Contract ends.
H:10. Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 7 and 9.
H:11. Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:12. Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after notice, or if delay damages reach their maximum.
P:12.2 On termination the Supplier shall hand over all documentation, configuration files and source code of the interface programs completed to date, and the Buyer shall pay for hardware delivered and accepted but not yet paid.
H:13. Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.
H:14. General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party within five days and takes reasonable steps to limit the effect.
P:14.2 The Supplier shall not offer any payment, gift or other advantage to the Buyer's employees in connection with this Contract, and the Buyer may report any such offer to the competent authorities.
P:14.3 This Contract, with its Annexes, is the entire agreement of the parties on its subject matter. Amendments must be in writing and signed by both parties.
P:14.4 This Contract is made in English and Chinese, both versions having equal effect, and takes effect on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Installation plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

E04 = """# Managed IT Services Agreement

Agreement No. GMS-2027-014

This Managed IT Services Agreement is made between Shaoxing Jinfang Textile Group Co., Ltd., registered in Shaoxing, Zhejiang Province, People's Republic of China ("Customer"), and Golestan Managed Services Co., registered in Gorgan, Iran ("Provider").

Customer operates four dyeing and weaving plants and a head office. It wishes to outsource its service desk, end-user support and the monitoring and administration of its servers and network to Provider for a fixed term of 36 months, and Provider is willing to provide those services on the terms below.

## Section 1. Definitions

1.1 "Services" means the managed services described in Schedule 1.

1.2 "Service Levels" means the levels set out in Schedule 2.

1.3 "Transition" means the activities by which Provider takes over the Services from Customer's internal IT team, as described in Schedule 1, Part B.

1.4 "Service Commencement Date" means the date on which Customer signs the Transition acceptance certificate under Section 4.

1.5 "Customer Data" means all data held in, processed by or transmitted through Customer's systems, including production, sales and personnel data.

## Section 2. Term

2.1 This Agreement starts on signature. The Services run for 36 months from the Service Commencement Date (the "Service Term").

2.2 The Agreement expires at the end of the Service Term. Any extension requires a written amendment signed by both parties; there is no automatic renewal.

## Section 3. Charges and Payment

3.1 The charges are set out in Schedule 3. The total charges for the Service Term are CNY 1,758,000, made up of a one-time Transition fee of CNY 84,000 and a Monthly Service Charge of CNY 46,500 for 36 months.

3.2 The Transition fee is invoiced after the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears, after deduction of any service credits earned in that month.

3.3 Customer pays undisputed invoices within 30 days of receipt. Charges are fixed for the Service Term and include VAT.

## Section 4. Transition and Acceptance

4.1 Provider shall complete the Transition within 60 days after signature.

4.2 Customer shall sign the Transition acceptance certificate when: (a) all servers, network devices and end-user devices listed in the asset inventory are registered in Provider's monitoring tools and generate test alerts correctly; (b) the service desk has handled live tickets for 14 days in shadow mode with Customer's IT team and met the Schedule 2 response times; (c) runbooks for backup, user administration and incident escalation have been delivered and approved by Customer; and (d) knowledge transfer sessions have been completed for every plant.

4.3 If any criterion is not met, Provider shall remedy the shortfall and the criteria shall be checked again. Starting to provide Services in shadow mode is not acceptance.

4.4 If the Service Commencement Date has not occurred within 60 days after signature for reasons attributable to Provider, Provider shall pay Customer CNY 1,200 for each day of delay until it occurs.

## Section 5. Service Levels and Service Credits

5.1 Provider shall meet the Service Levels in Schedule 2 and report on them monthly.

5.2 If Provider fails a Service Level in a month, Customer is entitled to the service credits stated in Schedule 2, which are deducted from the next invoice. Service credits do not limit Customer's other rights.

5.3 If Provider fails the same Service Level in three consecutive months, Customer may treat the failure as a material breach.

5.4 The parties' service managers shall meet every month to review the service report, open incidents, planned changes and improvement actions, and Provider shall keep minutes of those meetings.

## Section 6. Customer Data

6.1 Customer Data remains the property of Customer. Provider may use Customer Data only to perform the Services and shall not use it for any other purpose.

6.2 On expiry or termination, Provider shall return all documentation, credentials and configuration records to Customer.

## Section 7. Confidentiality

7.1 Each party shall keep confidential all information of the other party that is marked confidential or would reasonably be understood to be confidential, including Customer's production recipes, customer lists and pricing, and shall not disclose it to any third party without prior written consent.

7.2 Each party may disclose confidential information to its employees and professional advisers who need to know it and are bound by equivalent obligations. This Section survives for three years after the Agreement ends.

## Section 8. Intellectual Property

8.1 Provider's monitoring tools and service-desk platform remain Provider's property.

8.2 Runbooks, scripts, configuration records and documentation produced for Customer under this Agreement belong to Customer, which may use and modify them freely and give them to a successor provider.

## Section 9. Personnel and Subcontracting

9.1 Provider shall assign a named service manager and maintain sufficient qualified staff, including on-site engineers at the two largest plants on working days.

9.3 Provider's on-site staff shall comply with Customer's site rules, including safety instructions in the dyeing plants, and Customer may require Provider to replace any person who does not.

9.2 Provider shall not subcontract any part of the Services without Customer's prior written consent and remains responsible for any subcontractor.

## Section 10. Liability

10.1 Provider's total liability arising out of or in connection with this Agreement in respect of all claims is limited to the Monthly Service Charges paid by Customer in the six months preceding the event giving rise to the claim.

10.2 Neither party is liable for loss of profit or indirect loss. The limit in 10.1 does not apply to death or personal injury caused by negligence or to wilful misconduct.

## Section 11. Termination

11.1 Customer may terminate this Agreement by written notice if Provider commits a material breach, including under Section 5.3, and does not remedy it within 30 days after written notice.

11.2 On expiry or termination, Provider shall provide exit assistance for up to 60 days at the rates in Schedule 3 so that the Services can be transferred to Customer or a successor provider without interruption.

11.3 During exit, Provider shall hand over all runbooks, configuration records, credentials and open tickets, answer the successor provider's reasonable questions and keep the Services running at the agreed Service Levels until the handover is complete.

## Section 12. Governing Law and Disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shaoxing Arbitration Commission for arbitration in Shaoxing.

## Section 13. General

13.1 Neither party is liable for failure caused by force majeure, provided it gives prompt notice and resumes performance as soon as possible.

13.2 This Agreement and its Schedules are the entire agreement of the parties on the Services. Amendments must be in writing and signed by both parties.

13.3 Notices must be in writing and sent to the service manager and the legal department of the receiving party by e-mail with a copy by courier.

13.4 Neither party shall offer or give any payment, gift or other advantage to an employee of the other party in connection with this Agreement.

13.5 This Agreement is made in English and Chinese; both versions have equal effect.

## Schedule 1: Services

| Part | Service | Description |
|---|---|---|
| A1 | Service desk | Telephone, e-mail and portal support in Chinese for about 650 users, 07:00 to 22:00 on every day of the year |
| A2 | End-user support | Desktop, laptop, printer and mobile-device support, on site at two plants and remote at the others |
| A3 | Server management | Monitoring, patching, backup checks and administration of 42 physical and virtual servers |
| A4 | Network management | Monitoring and change management of core and plant switches, firewalls and wireless controllers |
| B | Transition | Asset inventory, tool onboarding, shadow operation, runbooks and knowledge transfer |

## Schedule 2: Service Levels

| Item | Service Level | Service credit |
|---|---|---|
| P1 incident (plant production systems or core network down) | Response within 15 minutes, restoration within 3 hours | 3% of the Monthly Service Charge per hour late |
| P2 incident (a department or a critical application impaired) | Response within 1 hour, restoration within 8 hours | 1% of the Monthly Service Charge per hour late |
| P3 request | Response within 8 business hours | none |
| Core network availability | 99.95% per month | 2% of the Monthly Service Charge per 0.02 percentage points below |
| Backup success checks | Daily, with failed jobs rerun the same day | 1% per missed day |

## Schedule 3: Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition fee | one-time, after the Service Commencement Date | 84,000 |
| Monthly Service Charge | 36 months x CNY 46,500 | 1,674,000 |
| Total charges | | 1,758,000 |
| Exit assistance beyond scope | per engineer day | 2,800 |
"""

E05 = """DATA AND API SUBSCRIPTION AGREEMENT

Agreement No. KGA-SUB-2027-0419

PARTIES

Customer: Heilongjiang Beidahuang Grain Trading Co., Ltd., a company registered in Harbin, People's Republic of China ("Customer").

Provider: Kurdistan GeoAnalytics Co., a company registered in Sanandaj, Iran ("Provider").

BACKGROUND

Provider operates a satellite-based crop monitoring service that publishes vegetation indices, soil-moisture estimates and yield forecasts for agricultural regions through an application programming interface (the "API") and a web dashboard. Customer buys and stores grain and wishes to use the data to plan purchasing and logistics across its sourcing regions. The parties therefore agree as follows.

1. DEFINITIONS

1.1 "Subscription Year" means each of the two consecutive annual periods starting on the Access Date and on its first anniversary.

1.2 "Access Date" means the date on which Provider issues production API credentials to Customer after the onboarding tests in clause 4 have been passed.

1.3 "Customer Inputs" means the field boundaries, warehouse locations, purchase volumes and other information Customer uploads to the Service, and the queries Customer sends to the API.

1.4 "Data Products" means the datasets and forecasts described in Annex A, for the 14 regions listed there.

1.5 "Integration Adapters" means the connectors that Provider builds to load Data Products into Customer's data warehouse and purchasing system.

2. SUBSCRIPTION

2.1 Provider grants Customer, for the two Subscription Years, a non-exclusive, non-transferable right to access the API and the dashboard, to store Data Products in its own systems and to use them for its internal business, including in reports shared with its affiliates.

2.2 The subscription includes up to 3 million API calls per Subscription Year. Calls above that volume are charged at the overage rate in Annex A; overage is not part of the fees in clause 3.

2.4 Customer shall not resell the Data Products as such or make the API available to third parties, but may include derived figures, charts and summaries in its own reports, presentations and purchasing decisions.

2.3 The subscription ends at the end of the second Subscription Year. A further subscription requires a new written agreement; there is no automatic renewal.

3. FEES AND PAYMENT

3.1 The fees are:
(a) onboarding and Integration Adapters, one-time: CNY 64,000;
(b) subscription fee for Subscription Year 1: CNY 298,000;
(c) subscription fee for Subscription Year 2: CNY 298,000.
The total fees under this Agreement are CNY 660,000, including VAT.

3.2 Customer shall pay the onboarding fee and the subscription fee for Subscription Year 1 together within 10 days after signature of this Agreement. Provider starts onboarding after receipt of that payment.

3.3 The subscription fee for Subscription Year 2 is payable within 15 days after the start of Subscription Year 2.

3.4 Fees are fixed for both Subscription Years.

4. ONBOARDING AND ACCEPTANCE

4.1 Provider shall complete onboarding, including the Integration Adapters, within 45 days after receiving the payment under clause 3.2.

4.2 Onboarding is accepted when: (a) historical Data Products for the last five seasons for all 14 regions have been loaded into Customer's data warehouse and reconciled in record counts; (b) daily updates have been delivered on time for 10 consecutive days in a test environment; (c) the API returns results for the agreed test queries in under 2 seconds; and (d) Customer's analysts have been trained. Customer confirms acceptance in writing within 5 business days or states which criterion has failed.

4.5 If any criterion is not met, Provider shall correct the shortfall within 10 days and the relevant tests shall be repeated. Customer's use of test data during onboarding is not acceptance.

4.4 Provider shall deliver API documentation, data dictionaries and methodology notes for each Data Product in English, with Chinese translations of the data dictionaries.

4.3 If Provider does not issue production credentials within 45 days after receiving the payment under clause 3.2 for reasons attributable to it, Provider shall pay Customer CNY 500 for each day of delay.

5. SERVICE LEVELS

5.1 The API shall be available at least 99.95% of each calendar month, excluding scheduled maintenance announced at least 72 hours in advance and carried out between 01:00 and 05:00 Beijing time.

5.2 Daily Data Products shall be published by 08:00 Beijing time.

5.3 Priority 1 incidents (API or dashboard unavailable, or daily data missing) shall be responded to within 1 hour at any time. Priority 2 incidents shall be responded to within 8 business hours.

5.4 If availability falls below the committed level in a month, or daily data is published more than 6 hours late on more than two days in a month, Customer receives a service credit of 10% of the monthly equivalent of the subscription fee for each such failure, up to the full monthly equivalent.

5.5 Provider shall send Customer a monthly service report showing availability, publication times, incidents and service credits, and shall tell Customer in advance of any change in data sources or methods that may affect the consistency of a Data Product.

6. CUSTOMER INPUTS AND DATA SECURITY

6.1 Customer Inputs remain Customer's property.

6.2 Customer grants Provider a perpetual, worldwide licence to use Customer Inputs in aggregated and anonymised form to train and improve Provider's crop models, to benchmark regions and to develop new data products offered to other customers. This licence survives termination of this Agreement.

6.3 Provider shall store Customer Inputs in a data centre located in mainland China, encrypt them in transit and at rest, restrict access to authorised staff with multi-factor authentication and keep access logs for at least six months.

6.4 Provider shall notify Customer of any unauthorised access to or loss of Customer Inputs within 24 hours, take the measures needed to contain it and compensate Customer for losses caused by its breach of this clause.

7. INTELLECTUAL PROPERTY

7.1 Provider owns the API, the dashboard and the Data Products, which are licensed under clause 2.

7.2 The Integration Adapters, including their source code and documentation, belong to Customer on delivery. Customer may use, modify and license them to third parties without restriction.

7.3 Provider warrants that the Data Products and the Service do not infringe any third party's intellectual property rights and shall indemnify Customer against claims alleging such infringement.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential the other party's non-public information, including Customer's purchase volumes, sourcing plans and prices, and Provider's model documentation, and shall use it only for this Agreement.

8.2 Neither party shall disclose such information to any third party without the other party's prior written consent, except to professional advisers bound by similar duties or as required by law. This clause survives for three years after the Agreement ends.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to 150% of the total fees under clause 3.1.

9.2 The limit does not apply to breach of clauses 6 or 8, infringement of intellectual property rights or wilful misconduct. Neither party is liable for indirect loss or loss of profit.

10. SUBCONTRACTING

10.1 Provider shall not subcontract the operation of the Service or the building of the Integration Adapters without Customer's prior written consent. Satellite imagery purchased from imagery suppliers is not subcontracting.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the subscription fees paid for the period after termination. Customer may keep and use the Data Products delivered before termination.

11.3 On expiry or termination, Provider shall disable Customer's credentials, return or delete Customer Inputs as Customer instructs, except as provided in clause 6.2, and confirm the deletion in writing.

12. GOVERNING LAW AND DISPUTES

12.1 This Agreement is governed by the laws of the People's Republic of China.

12.2 Any dispute shall be submitted to the Beijing Arbitration Commission for arbitration in Beijing under its rules then in force.

13. GENERAL

13.1 Neither party may assign this Agreement without the other party's prior written consent.

13.2 Notices must be in writing in English or Chinese and sent to the addresses above.

13.3 This Agreement and Annex A are the entire agreement on their subject matter.

13.4 Neither party is liable for delay or failure caused by events beyond its reasonable control, such as natural disasters, failure of satellites operated by third parties or government action, provided it notifies the other party promptly and resumes performance as soon as possible. Service credits under clause 5.4 still apply to unavailability of the API caused by Provider's own systems.

13.5 Neither party shall offer or give any payment, gift or other advantage to an employee of the other party in connection with this Agreement.

13.6 Amendments must be in writing and signed by both parties. This Agreement is made in English and Chinese, both versions having equal effect.

ANNEX A: DATA PRODUCTS, REGIONS AND OVERAGE RATE (attached)

Signed for Customer: ____________________        Signed for Provider: ____________________
"""

# ---------------------------------------------------------------- files
FILES = {
    "z01": ("h794z01_locust_monitoring_warning_platform.pdf", "zh", Z01),
    "z02": ("h794z02_hair_dryer_assembly_line_control_retrofit.docx", "zh", Z02),
    "z03": ("h794z03_watch_repair_chain_saas.txt", "zh", Z03),
    "z04": ("h794z04_tide_gauge_stations_annual_om.txt", "zh", Z04),
    "z05": ("h794z05_sugar_painting_tracking_supplier_template.md", "zh", Z05),
    "e01": ("h794e01_cmms_perpetual_licence_qazvin_vendor.pdf", "en", E01),
    "e02": ("h794e02_supplier_quality_saas_order_form_zanjan.md", "en", E02),
    "e03": ("h794e03_kiln_sensors_monitoring_licence_semnan.docx", "en", E03),
    "e04": ("h794e04_managed_it_services_36_months_gorgan.md", "en", E04),
    "e05": ("h794e05_crop_data_api_subscription_sanandaj.txt", "en", E05),
}

TERM_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause",
             "buyer_owns_data", "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct",
             "acceptance_clause", "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct",
             "auto_renewal_price_increase", "termination_for_breach", "subcontract_without_consent", "governing_law",
             "contract_kind"]

GOOD = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer", data_security_clause=True,
            buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None, liability_cap_pct=None,
            prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=True, warranty_months=None,
            post_warranty_fee_pct=None, auto_renewal_price_increase=False, termination_for_breach=True,
            subcontract_without_consent=False, governing_law="PRC", contract_kind="goods_or_licence")

# key: category, terms (overrides of GOOD), extra, price items, fee base (licence/hardware subtotal), design rules
D = {
    "z01": dict(cat="software", t=dict(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.08,
                prepayment_pct=20, warranty_months=24, post_warranty_fee_pct=8),
                cv=1560000, items=[868000, 574000, 96000, 22000], base=868000, rules=[]),
    "z02": dict(cat="hardware", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.03, prepayment_pct=20,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=24,
                post_warranty_fee_pct=10), deemed=True,
                cv=1648000, items=[486000, 372000, 218000, 96000, 184000, 148000, 126000, 18000], base=1356000,
                rules=["CR-ACCEPTANCE", "CR-LD-LOW"]),
    "z03": dict(cat="cloud", t=dict(availability_pct=99.5, p1_response_hours=0.5, ld_rate_per_day_pct=300 / 460000 * 100,
                final_payment_on_acceptance=None, auto_renewal_price_increase=True, subcontract_without_consent=True,
                contract_kind="service"),
                cv=460000, items=[174000, 174000, 86000, 26000], base=None,
                rules=["CR-AUTO-RENEWAL", "CR-SLA-AVAILABILITY", "CR-SUBCONTRACT"]),
    "z04": dict(cat="services", t=dict(p1_response_hours=1, confidentiality=False, ld_rate_per_day_pct=0.1,
                final_payment_on_acceptance=None, termination_for_breach=False, contract_kind="service"),
                cv=628000, items=[157000] * 4, base=None, rules=["CR-CONFIDENTIALITY", "CR-TERMINATION"]),
    "z05": dict(cat="software", t=dict(p1_response_hours=8, sla_remedy=False, ip_owner="supplier",
                buyer_owns_data=False, ld_rate_per_day_pct=0.08, liability_cap_pct=20, prepayment_pct=55,
                warranty_months=6, post_warranty_fee_pct=25, subcontract_without_consent=None),
                cv=382000, items=[268000, 96000, 18000], base=268000,
                rules=["CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
                       "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"]),
    "e01": dict(cat="software", t=dict(p1_response_hours=1, ld_rate_per_day_pct=0.08, liability_cap_pct=150,
                prepayment_pct=20, warranty_months=18, post_warranty_fee_pct=11, governing_law="Iran"),
                cv=1640000, items=[1120000, 388000, 96000, 36000], base=1120000, rules=["CR-GOVERNING-LAW"]),
    "e02": dict(cat="cloud", t=dict(sla_remedy=False, liability_cap_pct=150, final_payment_on_acceptance=None,
                contract_kind="service"), sla=False, ld=False,
                cv=472000, items=[207000, 207000, 58000], base=None,
                rules=["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"]),
    "e03": dict(cat="hardware", t=dict(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=10, warranty_months=36, post_warranty_fee_pct=7.5),
                cv=1700000, items=[682000, 306000, 412000, 176000, 98000, 26000], base=1400000, rules=[]),
    "e04": dict(cat="services", t=dict(availability_pct=99.95, p1_response_hours=0.25, data_security_clause=False,
                ld_rate_per_day_pct=1200 / 1758000 * 100, liability_cap_pct=6 / 36 * 100,
                final_payment_on_acceptance=None, contract_kind="service"),
                cv=1758000, items=[84000] + [46500] * 36, base=None,
                rules=["CR-DATA-SECURITY", "CR-LIABILITY-CAP"]),
    "e05": dict(cat="cloud", t=dict(availability_pct=99.95, p1_response_hours=1, buyer_owns_data=False,
                ld_rate_per_day_pct=500 / 660000 * 100, liability_cap_pct=150,
                prepayment_pct=(64000 + 298000) / 660000 * 100, final_payment_on_acceptance=None,
                contract_kind="service"),
                cv=660000, items=[64000, 298000, 298000], base=None, rules=["CR-DATA-OWNERSHIP", "CR-PREPAYMENT"]),
}

SEVERITY = {"CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
            "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
            "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high",
            "CR-LD-LOW": "medium", "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high",
            "CR-WARRANTY": "medium", "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium",
            "CR-TERMINATION": "medium", "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low",
            "CR-TCO-SERVICE-SHARE": "medium"}
RISK = {"z01": "low", "z02": "high", "z03": "medium", "z04": "medium", "z05": "high",
        "e01": "low", "e02": "high", "e03": "low", "e04": "high", "e05": "medium"}


def label(key):
    d = D[key]
    terms = dict(GOOD)
    terms.update(d["t"])
    goods = terms["contract_kind"] == "goods_or_licence"
    extra = {"sla_clause": d.get("sla", True), "ld_stated": d.get("ld", True)}
    if goods:
        extra["post_warranty_fee_capped"] = d.get("capped", True)
    extra["acceptance_deemed_on_delivery"] = d.get("deemed", False)
    extra["contract_value"] = d["cv"]
    name, lang, _ = FILES[key]
    return {"file": name, "language": lang, "category": d["cat"],
            "expected_terms": {k: terms[k] for k in TERM_KEYS}, "expected_extra": extra,
            "expected_rules": sorted(d["rules"])}


def tco_share(lab, base):
    t, x = lab["expected_terms"], lab["expected_extra"]
    if t["contract_kind"] != "goods_or_licence" or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years = max(0.0, 5 - t["warranty_months"] / 12)
    fees = t["post_warranty_fee_pct"] / 100 * base * years
    return fees / (x["contract_value"] + fees) * 100


def derive(lab, base):
    """My reading of policy §3 applied to the label."""
    t, x = lab["expected_terms"], lab["expected_extra"]
    goods = t["contract_kind"] == "goods_or_licence"
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
    if not t["acceptance_clause"] or x["acceptance_deemed_on_delivery"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] > 15:
            r.add("CR-POST-WARRANTY-FEE")
        s = tco_share(lab, base)
        if s is not None and s > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if t["governing_law"] is not None and t["governing_law"] != "PRC":
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk_of(rules):
    sev = {SEVERITY[r] for r in rules}
    return "high" if "high" in sev else "medium" if "medium" in sev else "low"


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![0-9.,])"
PATTERNS = [
    r"99\.9(?![0-9])", r"99\.90",
    NUM + r"4\s*-?\s*(?:hours?|hrs?|h(?![a-z])|小时|个小时)", r"(?<!twenty)(?<!twenty-)(?<!twenty )four\s*-?\s*hours?",
    r"(?<![十0-9一二三四五六七八九两])[四4]个?小时",
    NUM + r"0\.05\s*(?:%|percent|per\s*cent)", r"万分之五", r"千分之零点五", NUM + r"0\.5\s*‰",
    NUM + r"100\s*(?:%|percent|per\s*cent)", r"百分之一?百", r"one\s*hundred\s*per\s*cent",
    NUM + r"30\s*(?:%|percent|per\s*cent)", r"百分之三十(?![一二三四五六七八九])", r"thirty\s*per\s*cent",
    NUM + r"15\s*(?:%|percent|per\s*cent)", r"百分之十五", r"fifteen\s*per\s*cent",
    NUM + r"40\s*(?:%|percent|per\s*cent)", r"百分之四十(?![一二三四五六七八九])", r"forty\s*per\s*cent",
    NUM + r"12\s*-?\s*(?:months?|个月|mos?(?![a-z]))", r"twelve\s*-?\s*(?:\(12\)\s*)?(?:consecutive\s*)?(?:calendar\s*)?months?",
    r"十二个月", r"(?<![第每十])一年", r"壹年", r"(?<![a-z])one\s*-?\s*year", NUM + r"1\s*-?\s*years?(?![a-z])",
]
RX = [re.compile(p, re.I) for p in PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "within 4 hours", "4-hour", "4小时内响应", "四小时", "四个小时", "0.05%", "万分之五",
            "100%", "百分之百", "30%", "30 per cent", "百分之三十", "15%", "百分之十五", "40%", "百分之四十",
            "12 months", "12-month", "twelve months", "twelve consecutive calendar months", "十二个月", "质保一年",
            "one year", "1 year", "within four hours"]
MUST_MISS = ["99.95%", "99.5%", "24 hours", "24小时", "二十四小时", "48小时", "14 hours", "twenty-four hours",
             "0.15%", "10.05%", "130%", "115%", "1.5%", "140%", "百分之三十五", "百分之四十五", "第一年", "每一年",
             "112 months", "Year 1", "0.5%", "CNY 4,000 per hour", "2 years", "十一年"]


def hits(text):
    return [m.group(0) for rx in RX for m in rx.finditer(text)]


def selftest():
    for s in MUST_HIT:
        assert hits(s) and hits(re.sub(r"\s+", "", s)), s
    for s in MUST_MISS:
        assert not hits(s) and not hits(re.sub(r"\s+", "", s)), s


# ---------------------------------------------------------------- read back
def read_back(path):
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    if path.suffix == ".docx":
        from docx import Document
        doc = Document(str(path))
        parts = [p.text for p in doc.paragraphs]
        for tb in doc.tables:
            for row in tb.rows:
                parts.append(" ".join(c.text for c in row.cells))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8")


def length(text, lang):
    return len(re.sub(r"\s+", "", text)) if lang == "zh" else len(text.split())


THRESH = dict(availability_pct=99.9, p1_response_hours=4, ld_rate_per_day_pct=0.05, liability_cap_pct=100,
              prepayment_pct=30, warranty_months=12, post_warranty_fee_pct=15)

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    selftest()
    sources, targets = {}, {}
    for key, (name, lang, src) in FILES.items():
        if name.endswith((".docx", ".pdf")):
            sources[key], targets[key] = src, (name, name.rsplit(".", 1)[1])
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    covered, problems = set(), []
    for key, (name, lang, src) in FILES.items():
        d = D[key]
        lab = label(key)
        assert sum(d["items"]) == d["cv"], key
        text = read_back(OUT / name)
        n = length(text, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d not in %d-%d" % (key, n, lo, hi))
        for variant in (text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)):
            h = hits(variant)
            if h:
                problems.append("%s threshold text %r" % (key, sorted(set(h))))
        for k, v in THRESH.items():
            val = lab["expected_terms"][k]
            if val is not None and abs(val - v) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        share = tco_share(lab, d["base"])
        if share is not None and 38 <= share <= 42:
            problems.append("%s TCO share %.2f within 2 points" % (key, share))
        rules = derive(lab, d["base"])
        if rules != sorted(d["rules"]):
            problems.append("%s derived %s != design %s" % (key, rules, sorted(d["rules"])))
        if risk_of(rules) != RISK[key]:
            problems.append("%s risk %s != %s" % (key, risk_of(rules), RISK[key]))
        covered |= set(rules)
        (OUT / name.rsplit(".", 1)[0]).with_suffix(".json").write_text(
            json.dumps(lab, ensure_ascii=False, indent=1), encoding="utf-8")
        print("%s %-55s len %5d  share %s  rules %s" % (key, name, n, "-" if share is None else "%.2f" % share,
                                                       ", ".join(r[3:] for r in rules) or "(none)"))
    missing = set(SEVERITY) - covered
    if missing:
        problems.append("rules not covered: %s" % sorted(missing))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all checks passed")
