"""holdout443: ten blind, ordinary draft contracts (5 zh, 5 en) with their labels.

Run from this folder with /work/main/.venv/bin/python -B make_files.py. It writes the .txt/.md files from the sources
below, builds the .docx and .pdf with ../word_pdf.py (wrap_words=True), writes the ten .json labels, derives each
draft's expected rules from its labels by my own reading of policy.md §3, checks them against the design list,
asserts that all 20 CR rules are covered, scans every source and every built file (read back) for threshold figures
and checks the text lengths.
"""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

Z01 = """T:智慧粮库监管平台建设项目政府采购合同
P:合同编号：JZLC-ZFCG-2026-017    采购方式：公开招标
P:甲方（采购人）：荆州市粮食和物资储备局
P:乙方（供应商）：湖北仓联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就智慧粮库监管平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供智慧粮库监管平台软件许可（永久使用许可，覆盖本市9个直属库及31个代储库点），完成粮情测控、出入库监管、视频智能分析、库存数量核查四个模块的定制开发，完成与省级粮食管理平台的数据对接、系统部署和人员培训。
P:1.2 详细功能要求以招标文件第三章《采购需求》及乙方投标响应为准。投标文件中优于采购需求的承诺，同样构成乙方的合同义务。
P:1.3 乙方保证所提供的软件及定制成果不侵犯任何第三方的知识产权；因侵权引起的纠纷，由乙方负责处理并承担全部费用。
H:第二条 合同价款
P:2.1 本合同总价为人民币贰佰叁拾壹万捌仟元整（¥2,318,000），为含税固定总价，明细如下：
TB:序号  项目  金额（元）
TB:1  智慧粮库监管平台软件许可（永久）  1,260,000
TB:2  四个模块定制开发及省平台对接  846,000
TB:3  部署实施  174,000
TB:4  培训  38,000
TB:合计  2,318,000
P:2.2 合同总价已包含乙方完成本合同全部工作所需的一切费用，甲方不再另行支付其他费用。
P:2.3 合同履行期间如因甲方需求变更导致工作量增加，双方另行签订补充协议，并按投标报价中的人天单价计算。
H:第三条 付款方式
P:3.1 合同签订并收到乙方等额预付款保函后15个工作日内，甲方支付合同总价的20%作为预付款，即¥463,600。
P:3.2 系统初步验收合格后15个工作日内，甲方支付合同总价的45%，即¥1,043,100。
P:3.3 系统最终验收合格后15个工作日内，甲方支付合同总价的35%，即¥811,300。
P:3.4 乙方每次收款前应开具合法有效的增值税发票。甲方付款按财政资金支付程序办理。
H:第四条 交付与工期
P:4.1 乙方应于合同签订后90日内完成平台部署及定制开发，具备初步验收条件；初验合格后进入为期三个月的试运行。
P:4.2 乙方应派驻项目经理及不少于6名实施人员，未经甲方同意不得更换项目经理。
P:4.3 甲方负责提供机房环境、政务外网接入及各库点现有粮情测控设备的接口资料。乙方应在进场后10日内完成现场调研，提交详细设计方案，经甲方确认后实施。
P:4.4 乙方应为局机关及各库点操作人员组织不少于3期集中培训，每期不少于2天，并提供操作手册和视频教程。
H:第五条 验收
P:5.1 初步验收标准：（1）四个定制模块的功能逐项符合《采购需求》；（2）全部40个库点的粮温、仓湿、气体数据按5分钟周期正常上传，连续7日无中断；（3）出入库数量与省级平台逐笔核对一致；（4）视频智能分析对违规作业的识别准确率不低于95%；（5）通过具有资质的第三方机构安全测评。
P:5.2 最终验收在试运行期满后进行，标准为：试运行期间未发生一级故障，初验遗留问题全部整改完毕，全部文档和源代码移交完成，并经甲方组织的专家验收组评审通过。
P:5.3 系统上线、甲方使用或支付部分价款，均不视为验收合格。验收不合格的，乙方应在15日内整改并重新提交验收，费用由乙方承担。
H:第六条 质量保证与维护
P:6.1 质保期为三年，自最终验收合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级和技术支持。
P:6.2 质保期满后，甲方如需继续维护服务，年度维护费不超过平台软件许可费的8%（即每年不超过¥100,800），且在质保期满后的首三个服务年度内不上调。维护服务按服务年度另行签订，不自动续期。
H:第七条 服务水平
P:7.1 平台月度可用率不低于99.95%，经甲方同意的计划内维护时间除外。
P:7.2 一级故障（平台整体不可用或粮情数据中断）乙方应在30分钟内响应，2小时内恢复；二级故障2小时内响应，8小时内解决。
P:7.3 乙方未达到上述要求的，每超时1小时扣减违约金¥1,000；月度可用率每低于承诺值0.01个百分点，扣减¥2,000。上述款项从应付款或履约保证金中扣除。
H:第八条 数据安全与数据权属
P:8.1 平台采集、存储的粮情数据、库存数据、视频数据及业务数据均属于甲方所有，乙方不得用于本合同以外的任何目的，不得向第三方提供。
P:8.2 乙方应按照网络安全等级保护第三级要求部署平台，对数据进行加密存储和传输；运维操作须经甲方授权并通过堡垒机进行，不得擅自复制、导出数据。
P:8.3 发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并立即采取补救措施；因乙方原因造成的，乙方承担全部责任，赔偿甲方全部损失。
H:第九条 保密
P:乙方对履行本合同获知的储备粮数量、库点分布、安防布置及甲方其他工作秘密负有保密义务，该义务在合同终止后仍然有效。乙方应与参与本项目的全部人员签订保密承诺书。
H:第十条 知识产权
P:10.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:10.2 为本项目定制开发的模块、接口程序、源代码及相关文档的知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金。
P:11.2 甲方无正当理由逾期付款的，每逾期一日按逾期金额的万分之三支付违约金。
H:第十二条 分包
P:本项目不得转包。乙方如需将视频设备调试等非主体工作分包，须事先取得甲方书面同意，并对分包部分承担全部责任。
H:第十三条 合同解除
P:乙方逾期超过30日，或交付成果两次验收不合格，或发生第八条所列严重数据安全事件的，甲方有权书面通知解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 履约保证金
P:乙方应在合同签订前向甲方提交合同总价5%的履约保证金（¥115,900），可采用银行保函形式。最终验收合格且无未结违约扣款的，甲方在30日内无息退还。
H:第十六条 其他
P:本合同一式六份，甲乙双方各执二份，政府采购监督管理部门及采购代理机构各执一份。招标文件、投标文件及中标通知书为本合同的组成部分。
P:甲方（盖章）：荆州市粮食和物资储备局    乙方（盖章）：湖北仓联信息技术有限公司
P:代表签字：____________    代表签字：____________
P:日期：2026年  月  日    日期：2026年  月  日
"""

Z02 = """T:桥式切石机数控系统改造及维保合同
P:合同编号：XS-SB-2026-08
P:甲方：南安市溪石石材有限公司
P:乙方：厦门鹭锐自动化科技有限公司
P:甲方现有4台桥式切石机（型号QJ-600）控制系统老化，故障频繁，影响订单交付。经询价比选，甲方委托乙方对上述设备实施数控系统改造并提供维保服务。设备的机械部分（桥架、主轴、锯片系统）由甲方自行保养，不属于本合同范围。双方经协商一致，订立本合同。
H:一、改造内容
P:（一）拆除原有继电器控制柜，更换为PLC运动控制系统，配置伺服电机及驱动器、触摸屏人机界面和激光投影定位装置。
P:（二）部署智能排版软件，实现荒料扫描、板材排版、切割路径自动生成，并与甲方现有订单管理系统对接。
P:（三）改造后单机切割精度达到±0.5毫米，单台设备日产能比改造前提高不低于20%。
P:（四）乙方应提供改造后设备的电气图纸、PLC程序说明、操作手册和维修手册各两套。
P:（五）改造期间拆下的旧控制柜及电气元件归甲方所有，由乙方清点后移交甲方仓库。
H:二、合同价款
P:（一）合同总价为人民币柒拾叁万壹仟元整（¥731,000），明细见下表：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|PLC运动控制系统|4套|68,000|272,000
TB:2|伺服电机及驱动器|4套|46,500|186,000
TB:3|触摸屏人机界面|4台|8,800|35,200
TB:4|激光投影定位装置|4套|23,000|92,000
TB:5|智能排版软件许可（永久）|4套|19,500|78,000
TB:|软硬件小计|||663,200
TB:6|拆旧、安装及调试|1项|58,600|58,600
TB:7|操作及维修培训|1项|9,200|9,200
TB:|合计|||731,000
P:（二）上述价格含税，含运输、保险及现场调试所需的全部费用。合同履行期间价格不因原材料或汇率变化而调整。
H:三、付款方式
P:（一）合同签订后10个工作日内，甲方支付合同总价的20%作为预付款，即¥146,200。
P:（二）4台设备全部安装调试完成后，甲方支付合同总价的50%，即¥365,500。安装调试完成不视为验收。
P:（三）最终验收合格后10个工作日内，甲方支付合同总价的25%，即¥182,750。
P:（四）余款5%（¥36,550）作为质量保证金，质保期满且无质量争议后10个工作日内支付。
P:（五）乙方收款前应向甲方开具等额增值税专用发票。
P:（六）甲方每次付款前，乙方应提供经甲方设备部确认的进度证明。
H:四、工期
P:（一）乙方应在合同签订后45日内完成全部设备改造。为减少停产损失，改造分两批进行，每批2台，每批停机时间不超过10日。
P:（二）乙方进场前应提交施工方案，经甲方设备部确认后实施；施工期间遵守甲方厂区安全管理制度。
P:（三）甲方负责提供施工用电、压缩空气及停机安排；因甲方原因延误的，工期相应顺延。
P:（四）乙方应对施工人员进行安全交底。施工期间发生的人身伤害及财产损失，由责任方承担。
H:五、验收
P:（一）验收标准：1.每台设备抽检20块板材，切割误差均在±0.5毫米以内；2.连续72小时试生产无停机故障；3.排版软件出材率不低于改造前人工排版水平，排版结果与订单系统数据一致；4.急停、限位、防碰撞等安全功能逐项测试合格。
P:（二）验收由甲方生产部、设备部共同进行，并形成书面验收报告。设备投入生产或甲方支付部分款项，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新验收；两次验收仍不合格的，甲方有权解除合同，乙方退还全部已付款项，拆除改造设备并恢复原状。
P:（四）验收合格后，双方签署最终验收报告，乙方应同时移交全部技术资料和源程序。
H:六、质保与维保
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内因设备或软件质量问题发生的维修、更换，费用由乙方承担。
P:（二）质保期满后，乙方继续提供维保服务，年度维保费按软硬件小计的8%计取（每年¥53,056），质保期满后的三个服务年度内不上调。
P:（三）一级故障（整机停机）乙方应在1小时内远程响应，8小时内到达现场；二级故障（部分功能异常）2小时内响应，48小时内到场处理。
P:（四）乙方响应或到场超时的，每超时1小时，甲方可扣减违约金¥300。
P:（五）维保服务内容包括每季度一次预防性巡检、伺服及限位系统保养、软件版本升级和操作人员答疑。每次巡检后乙方应出具巡检报告。
P:（六）乙方应在南安设立备件库，常备PLC模块、伺服驱动器及触摸屏各1套，保证更换件在到场当日可用。
P:（七）维保期间乙方每次服务后应填写服务记录单，经甲方设备部签字确认。
H:七、违约责任
P:（一）乙方逾期完成改造的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:（二）改造后设备达不到第一条约定性能的，乙方应在15日内免费整改；整改后仍不达标的，甲方有权解除合同。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（四）乙方逾期超过20日的，甲方有权解除合同，乙方应退还已付款项。
H:八、分包
P:乙方可将电气柜安装、线缆敷设等辅助工作分包给第三方施工队，但应提前3日书面通知甲方，并对分包工作的质量和安全负责。分包方人员进入甲方厂区应遵守甲方安全管理制度。
H:九、数据与保密
P:（一）设备运行数据、加工参数、荒料扫描图及排版方案属于甲方所有，乙方仅可为维修及履行本合同使用，不得用于其他目的。
P:（二）乙方远程维护须事先取得甲方设备部同意，使用甲方分配的账号，操作记录留存备查，不得复制或带走甲方数据。因乙方原因导致数据泄露或丢失的，乙方承担赔偿责任。
P:（三）合同终止后，乙方应删除其持有的甲方数据，并书面确认。
P:（四）双方对在合作中知悉的对方技术资料、客户信息和经营信息负有保密义务，合同终止后三年内仍然有效。
H:十、知识产权
P:（一）乙方为甲方编写的PLC程序、排版参数库及与订单系统的接口程序归甲方所有，乙方应交付源程序；排版软件产品本身的知识产权仍归乙方。
P:（二）乙方保证所交付的软硬件不侵犯第三方知识产权；因此发生纠纷的，由乙方负责处理并承担费用。
H:十一、合同解除
P:（一）乙方严重违约，经甲方书面催告后10日内仍未纠正的，甲方有权解除合同，并要求乙方赔偿损失。
P:（二）因不可抗力致使合同目的无法实现的，双方均可解除合同，互不承担违约责任。
P:（三）因乙方违约解除合同的，乙方应在10日内退还甲方已支付的相应款项。
H:十二、争议解决
P:本合同适用中华人民共和国法律。发生争议协商不成的，任何一方可向甲方所在地人民法院起诉。
H:十三、其他
P:（一）本合同附件包括技术规格书、施工方案和验收记录表，附件与本合同具有同等效力。
P:（二）本合同未尽事宜，双方可签订补充协议。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。
P:甲方（盖章）：南安市溪石石材有限公司    乙方（盖章）：厦门鹭锐自动化科技有限公司
P:代表签字：__________    代表签字：__________    日期：2026年  月  日
"""

Z03 = """药房连锁进销存及处方流转SaaS服务合同

合同编号：KH-XX-2026-031
甲方：湖南康禾大药房连锁有限公司（下辖38家门店）
乙方：长沙云药通信息科技有限公司

鉴于甲方需要统一门店进销存、会员管理和处方流转系统，乙方为药品零售信息化服务商，双方经协商一致，就乙方向甲方提供SaaS服务及实施服务事宜订立本合同。

1. 服务内容
1.1 乙方向甲方38家门店及总部提供“云药通”药店管理SaaS服务，包括采购、库存、批号效期、GSP质量管理、会员积分、电子处方流转与审核、医保结算接口等功能。
1.2 乙方负责系统实施，包括历史数据迁移、门店设备联调、医保接口定制开发及门店人员培训。
1.3 服务期为三个服务年度，自2026年7月1日起至2029年6月30日止。
1.4 乙方负责门店收银机、扫码枪、小票打印机及医保读卡设备的驱动适配，上述设备由甲方自行采购。
1.5 乙方应保证系统功能符合《药品经营质量管理规范》及电子处方管理的相关规定；监管部门提出新的数据上报或功能要求的，乙方应在规定期限内免费完成系统调整。

2. 费用
2.1 本合同总价为人民币玖拾陆万元整（¥960,000），明细如下：
  （1）SaaS订阅费：38家门店 × ¥6,800/店/服务年度 × 3个服务年度 = ¥775,200；
  （2）实施及医保接口定制开发费：¥146,000；
  （3）历史数据迁移费：¥38,800。
2.2 门店数量增加的，新增门店按同一单价按月折算计费；门店关闭的，自次月起相应减少订阅费。
2.3 上述费用均含增值税。服务期内订阅单价不变。

3. 付款
3.1 实施费及数据迁移费（合计¥184,800）在系统上线验收合格后15个工作日内一次性支付。
3.2 订阅费按季度结算，每季度¥64,600，甲方在每个季度结束后15个工作日内支付当季费用。
3.3 乙方应在收款前开具增值税专用发票。
3.4 甲方对季度账单有异议的，应在收到后10日内提出，双方核对后按实结算，无异议部分按期支付。

4. 实施与验收
4.1 乙方应在2026年6月20日前完成全部门店的上线准备。乙方上线延期的，每延期一日向甲方支付违约金¥600。
4.2 上线验收标准：（1）38家门店全部完成切换并正常开单；（2）迁移后的商品、批号、库存数量与原系统逐项核对一致；（3）医保结算在三家试点门店连续7日测试无差错；（4）电子处方从开具、审核到调配的流转全流程测试通过；（5）连续7日试运行未发生一级故障。
4.3 验收由甲方信息部出具书面验收单。系统上线或门店开始使用，不视为验收合格。
4.4 验收不合格的，乙方应在10日内整改并重新组织验收，由此延误的时间计入上线延期。

5. 培训与支持
5.1 乙方应为38家门店店长、药师及总部采购、质管人员提供培训，内容包括开单、处方审核、GSP记录、效期管理和医保结算操作；新开门店的培训由乙方免费提供。
5.2 服务期内，乙方提供每日8:00至22:00的热线和在线工单支持，一级故障全天候受理，并每季度向甲方提交一次服务报告。

6. 服务水平
6.1 乙方保证系统月度可用率不低于99.5%，计划内维护应安排在每日23:00至次日6:00之间并提前通知甲方。
6.2 一级故障（多家门店无法开单、处方审核或医保结算中断）乙方应在30分钟内响应，2小时内恢复；二级故障1小时内响应，8小时内解决。
6.3 月度可用率未达到承诺值的，按当月订阅费的10%给予服务抵扣；一级故障响应超时的，每次抵扣¥500，从下季度订阅费中扣除。
6.4 乙方应每月向甲方提供可用率统计和故障处理报告，并指定专职客户经理负责日常沟通。

7. 续期
7.1 服务期满前30日内双方均未书面提出不续约的，本合同自动续期一个服务年度，可多次续期。
7.2 续期时，乙方有权根据市场情况上调订阅单价，上调幅度不超过10%，并于期满前通知甲方。

8. 数据权属与数据安全
8.1 甲方在系统中形成的商品、库存、会员、处方及患者信息等全部数据属于甲方所有，乙方仅为提供本合同服务而处理，不得用于其他目的，不得向任何第三方提供。
8.2 乙方应将数据存储于中国境内，系统通过网络安全等级保护第三级测评；个人信息和处方数据加密存储，访问权限按最小必要原则分配，操作日志保存不少于六个月。
8.3 发生数据泄露、丢失等安全事件的，乙方应在2小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担相应法律责任并赔偿甲方损失。
8.4 乙方人员访问甲方生产数据须经甲方授权，访问记录保存备查；乙方不得在测试环境中使用未经脱敏的真实患者信息。
8.5 合同终止后30日内，乙方应按甲方要求导出并移交全部数据，随后彻底删除，并出具删除证明。

9. 保密
双方对在履行本合同过程中知悉的对方商业秘密、价格信息、会员信息负有保密义务，未经对方书面同意不得披露，合同终止后该义务继续有效。

10. 知识产权
10.1 云药通平台的知识产权归乙方所有，甲方在服务期内享有使用权。
10.2 乙方为甲方定制开发的医保接口程序、定制报表及其源代码归甲方所有，甲方可自行修改或交由第三方使用。

11. 责任限制
乙方在本合同项下的累计赔偿责任，以责任事件发生前六个月内甲方已支付的订阅费总额为限；但因乙方故意或重大过失造成数据泄露的除外。

12. 分包
乙方不得将本合同服务分包或转包。乙方使用的云主机服务商（阿里云华中区域）已经甲方认可；更换云服务商或使用其他分包方，须事先取得甲方书面同意。

13. 合同解除
13.1 乙方严重违约，或连续两个月月度可用率低于承诺值，经甲方书面通知后15日内仍未改正的，甲方有权解除合同。
13.2 合同解除后，乙方应配合甲方完成数据迁移，过渡期不少于30日。
13.3 合同终止或到期后，在甲方完成数据迁移前，乙方应保持系统只读访问，不另行收费。

14. 不可抗力
因地震、洪水、疫情防控措施等不可抗力致使一方不能履行的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任。不可抗力持续超过60日的，任何一方可书面通知解除本合同。

15. 法律适用与争议解决
本合同适用中华人民共和国法律。因本合同产生的争议，双方应先友好协商；协商不成的，提交长沙仲裁委员会仲裁。

16. 其他
本合同附件包括《服务功能清单》《实施计划》和《门店清单》，与本合同具有同等效力。本合同一式四份，双方各执二份，自双方签字盖章之日起生效。

甲方（盖章）：湖南康禾大药房连锁有限公司        乙方（盖章）：长沙云药通信息科技有限公司
授权代表：                                        授权代表：
签订日期：2026年  月  日
"""

Z04 = """狱务管理系统年度运维服务合同

项目编号：YNJY-CS-2026-004（竞争性磋商）
甲方：云南省监狱管理局
乙方：昆明云岭信安科技有限公司

甲方通过竞争性磋商方式采购狱务管理系统运维服务，乙方为成交供应商。依据《中华人民共和国政府采购法》《中华人民共和国民法典》及磋商文件、乙方响应文件，双方订立本合同。

【服务范围】
（1）运维对象：甲方狱务管理系统（罪犯信息管理、刑罚执行、狱政管理、教育改造、生活卫生模块）、指挥中心监控平台、数据库及中间件、局机关及18个监狱的专网服务器和网络设备。
（2）服务内容：驻场运维、日常巡检、故障处理、数据备份与恢复演练、系统补丁及版本维护、等级保护测评配合、重大节日及敏感时期的应急值守。
（3）服务期：2026年1月1日起至2026年12月31日止。
（4）服务地点：甲方局机关信息中心及各监狱信息机房。驻场人员原则上在局机关集中办公，根据需要赴各监狱现场处理。

【服务费用】
（5）本合同总价为人民币壹佰贰拾捌万陆仟元整（¥1,286,000），明细如下：
    驻场运维服务（6人，含1名项目经理）  ¥864,000
    备品备件及耗材  ¥238,000
    巡检、等保测评配合及应急演练  ¥184,000
    合计  ¥1,286,000
（6）服务费按季度支付，每季度¥321,500。甲方在每季度考核完成后15个工作日内支付上季度费用。本合同不设预付款。
（7）乙方应在收款前向甲方开具合法有效的发票。甲方付款按财政资金支付程序办理，因财政审批造成的合理延迟不视为甲方违约。

【人员要求】
（8）乙方驻场人员须经甲方政治审查合格，服从甲方管理制度，未经甲方同意不得更换。
（9）乙方应在2026年1月1日前完成人员进场和交接。每延误一日，乙方向甲方支付违约金¥1,500。
（10）驻场人员应具备相应的专业资格，其中数据库工程师、网络安全工程师各不少于1名。乙方应建立人员考勤记录，每月报甲方备案。
（11）驻场人员因病、休假等原因离岗的，乙方应安排具备同等能力的人员顶岗，并事先报甲方同意。
（12）乙方应为驻场人员购买意外伤害保险。驻场人员的工资、社会保险等由乙方承担，与甲方不构成劳动关系。

【甲方职责】
（13）甲方为驻场人员提供办公场所、内网终端及必要的运维账号，并指定专人负责日常对接。
（14）甲方应向乙方提供系统现有文档、网络拓扑及上一服务期的运维记录，协助乙方完成交接。

【服务水平】
（15）一级故障（狱务管理系统核心业务中断或指挥中心监控平台瘫痪）：乙方应在20分钟内响应，2小时内恢复。
（16）二级故障（单个监狱或单个模块不可用）：1小时内响应，6小时内恢复。三级故障：当日响应，3个工作日内解决。
（17）乙方每月提交运维报告，内容包括故障统计、巡检结果、备份情况和风险提示；每季度完成一次数据恢复演练。
（18）在全国两会、春节等重要节日及甲方通知的敏感时期，乙方应增派人员实行全天候值守。
（19）乙方未按时响应或恢复的，每超时1小时扣减服务费¥800；一级故障全年累计超过3次的，另扣减当季服务费的5%。
（20）乙方应每月对18个监狱的核心服务器、数据库和网络设备至少巡检一次，发现隐患及时报告并提出整改建议。

【考核与验收】
（21）甲方每季度按磋商文件附件《运维考核细则》考核，考核项目包括故障响应及恢复时限达标率、巡检记录完整性、备份成功率、演练结果、驻场人员出勤，满分100分。
（22）季度考核得分低于85分的，扣减当季服务费的3%；低于70分的，扣减当季服务费的8%。
（23）服务期满，甲方组织年度验收，标准为四个季度考核均合格、运维文档完整移交、系统运行状态交接清楚。

【备品备件】
（24）乙方应按磋商文件清单储备服务器硬盘、电源、交换机模块等备品备件，更换下的存储介质由甲方留存，不得带离甲方场所。
（25）备品备件的采购、入库和使用情况应每季度报甲方核对，未使用部分的费用在第四季度结算时按实核减。

【数据安全】
（26）狱务数据、监控视频及系统中的全部信息属于甲方所有。乙方只能在甲方指定的内网终端上工作，不得将任何设备接入互联网，不得复制、拍摄、带出任何数据。
（27）乙方应严格执行甲方信息安全管理制度和等级保护要求，所有运维操作通过堡垒机并全程审计。发生数据安全事件的，乙方应立即报告并配合处置；因乙方原因造成数据泄露、损毁的，乙方承担全部法律责任和赔偿责任。
（28）乙方人员不得在工作场所携带手机等具有拍摄、存储功能的设备，进出监管区域须接受检查。

【保密】
（29）乙方及其人员对工作中接触的监狱布局、警力部署、罪犯信息等负有保密义务，须签署保密承诺书。保密义务不因合同终止而解除。

【知识产权】
（30）乙方在服务期内形成的运维文档、配置记录、巡检报告及自动化脚本归甲方所有。

【分包】
（31）乙方不得将本合同服务全部或部分分包、转包给任何第三方。

【违约与责任】
（32）乙方违反保密或数据安全义务的，甲方有权要求更换人员并追究其法律责任。
（33）乙方驻场人员违反监管场所管理规定的，甲方有权要求乙方立即撤换，乙方应在3个工作日内派员接替。
（34）乙方在本合同项下的累计赔偿责任以合同总价的50%为限。
（35）服务期内，除不可抗力外，甲乙双方均不得解除本合同。乙方服务未达要求的，甲方按本合同约定扣减服务费、要求更换人员或限期整改，但不得以此为由解除合同。

【服务交接】
（36）服务期满或合同终止前30日，乙方应向甲方或甲方指定的新服务商移交全部运维文档、账号清单、配置记录和未结问题清单，并提供不少于15日的交接配合。
（37）交接完成后，乙方应交回全部门禁卡、账号及设备，经甲方确认后出具交接确认单。

【期满】
（38）服务期满本合同自然终止，不自动续期。甲方如需继续采购运维服务，应依法重新组织采购。乙方应在期满前完成与新服务商的交接。

【不可抗力】
（39）因不可抗力不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，根据不可抗力的影响部分或全部免除责任。

【争议解决】
（40）本合同适用中华人民共和国法律。发生争议时，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

【其他】
（41）磋商文件、乙方响应文件及成交通知书为本合同的组成部分。本合同一式五份，甲方执三份，乙方执二份，自双方盖章之日起生效。

甲方（盖章）：云南省监狱管理局            乙方（盖章）：昆明云岭信安科技有限公司
代表：                                    代表：
日期：2026年  月  日
"""

Z05 = """# 鲜链溯冷链追溯系统软件许可及定制开发合同

（杭州鲜链科技有限公司标准合同文本 V3.0）

合同编号：XL-2026-HS-052

甲方：呼和浩特市青禾乳业有限公司

乙方：杭州鲜链科技有限公司

甲方为低温酸奶及巴氏乳生产企业，拟建设覆盖牧场收奶、生产、冷库、冷链运输至经销商和门店的全程追溯体系。乙方为冷链追溯软件开发商。双方本着平等互利的原则，就鲜链溯系统的软件许可及定制开发事宜，订立本合同。本合同为乙方标准合同文本，双方如有特别约定，应以补充协议形式另行签订。

## 第一条 合同标的

1.1 乙方向甲方提供鲜链溯冷链追溯系统V5（以下简称“系统”）的永久使用许可，许可范围为甲方1个生产基地、3个冷库及其配送网络。

1.2 乙方根据甲方需求进行定制开发，包括：冷库及冷藏车温控设备数据对接、按生产批次的一物一码追溯、经销商及门店扫码收货小程序、质量部临期及断链预警看板。

1.3 乙方负责系统部署、参数配置及甲方操作人员培训。系统部署在甲方指定的云服务器上。

## 第二条 合同价款

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 鲜链溯冷链追溯系统V5 软件许可（永久） | 960,000 |
| 2 | 定制开发（温控对接、批次追溯、收货小程序、预警看板） | 380,000 |
| 3 | 实施部署及培训 | 120,000 |
| | 合计 | 1,460,000 |

合同总价为人民币壹佰肆拾陆万元整（¥1,460,000），含增值税。上述价格不含服务器、温控设备、扫码设备及网络费用，该等费用由甲方自行承担。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的50%，即¥730,000。

3.2 系统上线运行后5个工作日内，甲方支付合同总价的50%，即¥730,000。

3.3 甲方逾期付款的，每逾期一日应按逾期金额的千分之一向乙方支付违约金，乙方并有权暂停服务。

3.4 乙方在收款后15个工作日内开具增值税专用发票。

## 第四条 交付

4.1 乙方在收到首笔款项后开始实施，计划在120日内完成部署和定制开发。

4.2 实施计划为乙方的预估安排。乙方将尽力按计划交付，但因需求变更、设备对接等原因造成的延期，乙方不承担违约责任，也不支付违约金。

4.3 甲方应按乙方要求提供服务器、网络环境和温控设备接口资料，并指定项目联系人。

4.4 乙方在实施过程中编制的需求说明书、设计文档及测试报告，在系统上线后交付甲方一份。

## 第五条 上线与验收

5.1 系统完成部署并上线运行的，即视为甲方验收合格。

5.2 甲方如对系统功能有意见，应在上线后7日内书面提出，逾期未提出的视为无异议。

5.3 上线前，乙方将在甲方一个冷库及两条配送线路进行试点运行，试点时间约15日。

## 第六条 免费维护

6.1 自系统上线之日起，乙方提供六个月的免费维护服务，包括缺陷修复和远程技术支持。

6.2 免费维护期内，一级故障（系统整体无法使用）乙方在8小时内响应，二级故障在2个工作日内响应，乙方根据故障情况安排处理。

6.3 故障处理时间以实际情况为准，乙方不因响应或处理时间承担扣款、赔偿或违约金。

6.4 免费维护期内需要乙方人员到现场服务的，甲方应承担乙方人员的差旅费用。

## 第七条 维保服务

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，年度维保费为软件许可费的28%，即每年¥268,800，按服务年度预付。

7.2 维保服务包括缺陷修复、版本升级、远程支持及每季度一次巡检。

7.3 甲方未续购维保服务的，乙方不再提供缺陷修复和版本升级；甲方重新购买时，须补缴中断期间的维保费。

7.4 维保服务范围不包括新增功能开发、第三方设备更换及因甲方操作不当引起的问题处理，上述服务按乙方人天单价另行收费。

## 第八条 知识产权

8.1 系统及其相关文档的知识产权归乙方所有。

8.2 乙方为甲方定制开发的程序、接口、小程序、看板及其源代码的知识产权均归乙方所有。甲方在许可范围内享有非独占的使用权，不得修改、反向工程或提供给第三方使用。

## 第九条 数据

9.1 甲方在系统中产生的生产、批次、温控及流通数据归甲方所有。

9.2 乙方应采取访问控制、数据加密、日志审计和定期备份等安全措施保护甲方数据。发生数据泄露或丢失的，乙方应在48小时内通知甲方并采取补救措施；因乙方原因造成损失的，乙方依法承担赔偿责任。

9.3 甲方同意，乙方可对甲方数据进行脱敏处理后，用于乙方产品优化、冷链行业分析及对外发布行业报告，该使用不受合同期限限制。

## 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，保密期限为合同终止后三年。未经对方书面同意，任何一方不得向第三方披露本合同内容，但法律法规另有规定的除外。

## 第十一条 违约责任

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 任何一方对另一方的间接损失、利润损失不承担责任。

## 第十二条 合同解除

一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。合同解除的，乙方已交付的软件许可继续有效。

## 第十三条 争议解决

因本合同引起的争议，双方应友好协商；协商不成的，任何一方可向乙方所在地人民法院提起诉讼。

## 第十四条 培训

14.1 乙方为甲方提供两次集中培训，对象为质量部、仓储物流部及信息部人员，每次不超过20人。

14.2 经销商和门店的扫码收货培训，由乙方提供线上视频教程，甲方负责组织。

## 第十五条 甲方义务

15.1 甲方应按时付款，并指定项目负责人配合需求调研和测试。

15.2 甲方负责温控设备、扫码设备及网络的采购和维护。因上述设备或网络故障造成的数据缺失，乙方不承担责任。

15.3 甲方应妥善保管系统账号，因甲方账号泄露造成的损失由甲方自行承担。

## 第十六条 不可抗力

因自然灾害、政府行为、网络运营商故障等不可抗力或乙方无法控制的原因造成合同不能履行的，乙方不承担责任。

## 第十七条 通知

双方的通知以书面形式送达本合同所列地址，或发送至双方指定的电子邮箱，发出后即视为送达。

## 第十八条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官网公布的服务说明为准。

甲方（盖章）：呼和浩特市青禾乳业有限公司　　乙方（盖章）：杭州鲜链科技有限公司

授权代表：　　　　　　　　　　　　　　　　授权代表：

日期：2026年　月　日　　　　　　　　　　　日期：2026年　月　日
"""

E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. ISW-CN-2026-014
P:This Software Licence and Services Agreement (the "Agreement") is made between Ikeja Softworks Limited, a company incorporated in Nigeria with its registered office at 14 Allen Avenue, Ikeja, Lagos State, Nigeria (the "Vendor"), and Changsha Furong Home Appliances Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Yuelu District, Changsha, Hunan Province (the "Customer").
P:Background. The Customer operates two finished-goods warehouses in Changsha and Zhuzhou and wishes to replace its spreadsheet-based stock control with a warehouse management system. The Vendor develops and licenses the StockWise warehouse management software and provides implementation services for it. At the Customer's request all prices in this Agreement are stated and paid in Chinese Yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the StockWise WMS version 7 server, user and handheld modules in object code, with their documentation and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the configurations, interface programs, report templates, data mappings and scripts written by the Vendor for the Customer under this Agreement, with their source code and documentation.
P:1.3 "Go-Live" means the first day on which both warehouses process receipts and shipments in the Software in production.
P:1.4 "Final Acceptance" means the Customer's written acceptance under Article 5.3.
P:1.5 "Customer Data" means all data entered into, stored in or generated by the Software for the Customer, including item masters, stock records, orders and personal data of employees and consignees.
H:Article 2 Licence
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software for the internal business of the Customer and its affiliates in mainland China, within the quantities listed in Article 3.
P:2.2 The Customer may make copies of the Software for backup, testing and disaster recovery.
P:2.3 The Software will be installed on servers owned by the Customer in its Changsha data room. The Vendor shall not install any licence key that stops the Software from working if the Customer stops buying support.
H:Article 3 Price
P:3.1 The Contract Price is CNY 1,176,000, including VAT, made up as follows:
P:(a) StockWise WMS server licence, 1 unit at CNY 420,000: CNY 420,000;
P:(b) named user licences, 120 users at CNY 2,600: CNY 312,000;
P:(c) RF handheld device licences, 60 devices at CNY 1,800: CNY 108,000;
P:Licence Subtotal: CNY 840,000;
P:(d) implementation services (configuration, ERP and e-commerce interfaces, label printing): CNY 268,000;
P:(e) data migration: CNY 46,000;
P:(f) training of key users and administrators: CNY 22,000.
P:3.2 The Contract Price is fixed and covers all travel, living and remote-work costs of the Vendor's personnel.
H:Article 4 Payment
P:4.1 The Customer shall pay the Contract Price in three instalments:
P:(a) 10% (CNY 117,600) within 20 days after signature of this Agreement, against the Vendor's invoice;
P:(b) 55% (CNY 646,800) within 20 days after Go-Live. Go-Live and this payment do not mean acceptance;
P:(c) 35% (CNY 411,600) within 20 days after Final Acceptance.
P:4.2 Payments are made by bank transfer to the Vendor's account. Each party bears its own bank charges.
P:4.3 The Vendor shall issue a commercial invoice for each instalment. The Customer may withhold disputed amounts in good faith until the dispute is resolved.
H:Article 5 Delivery, Implementation and Acceptance
P:5.1 The Vendor shall deliver the Software within 15 days after signature and shall reach Go-Live within 100 days after signature, according to the project plan agreed at the kick-off meeting.
P:5.2 The Vendor shall pay liquidated damages of 0.08% of the Contract Price for each day by which Go-Live is delayed for reasons attributable to the Vendor, up to 8% of the Contract Price in total.
P:5.3 Final Acceptance takes place after 45 days of production use following Go-Live, when all of the following criteria are met: (a) every function in the Customer's requirements specification has passed its test script; (b) a full stock count in both warehouses agrees with the Software's stock records within 0.2% by value; (c) the ERP and e-commerce interfaces have exchanged orders for 20 consecutive working days without unresolved errors; (d) no Severity 1 incident occurred in the last 20 working days; and (e) all Custom Deliverables, source code and documentation have been handed over.
P:5.4 The Customer shall issue a Final Acceptance certificate within 10 working days after the criteria are met, or give written reasons for refusal. Production use, Go-Live or any payment is not acceptance.
P:5.5 The Vendor shall train up to 12 key users and 3 administrators at the Customer's Changsha site before Go-Live and shall deliver user manuals, an administrator guide and the interface specifications in Chinese or English.
H:Article 6 Warranty
P:6.1 The Vendor warrants that the Software and the Custom Deliverables will conform to the documentation and the requirements specification for 18 months after Final Acceptance (the "Warranty Period").
P:6.2 During the Warranty Period the Vendor shall correct every defect free of charge and shall provide updates and remote support at no extra cost.
H:Article 7 Support after the Warranty Period
P:7.1 After the Warranty Period the Customer may order annual support. The annual support fee is 11% of the Licence Subtotal, that is CNY 92,400 per year, and will not increase during the first three support years.
P:7.2 Support is ordered by purchase order for each support year and does not renew automatically.
H:Article 8 Service Levels
P:8.1 During the Warranty Period and any support year the Vendor shall provide support by telephone, e-mail and remote session from 08:00 to 20:00 China Standard Time on working days, and around the clock for Severity 1 incidents.
P:8.2 Response and resolution times are: Severity 1 (a warehouse cannot receive or ship goods) response within 1 hour and a workaround within 6 hours; Severity 2 (a major function is impaired) response within 2 hours and a fix within 2 working days; Severity 3 response within 1 working day.
P:8.3 If the Vendor misses a Severity 1 response or workaround time, it shall pay CNY 800 for each hour of delay, which the Customer may deduct from any amount owed to the Vendor.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all intellectual property rights in the Software.
P:9.2 All rights in the Custom Deliverables vest in the Customer on creation. The Customer may use, modify, copy and license them, and may let third parties maintain them, without further payment.
H:Article 10 Customer Data and Data Security
P:10.1 Customer Data belongs to the Customer. The Vendor may process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not use it for any other purpose.
P:10.2 The Vendor's personnel shall access the Customer's systems only through the Customer's VPN with individual accounts, shall not copy Customer Data outside the Customer's systems, and shall use anonymised test data supplied by the Customer for testing. The Vendor shall comply with the PRC Personal Information Protection Law and Data Security Law.
P:10.3 The Vendor shall notify the Customer of any data security incident within 12 hours after becoming aware of it, shall cooperate in containment and remediation, and shall be liable for all losses caused by incidents attributable to the Vendor.
H:Article 11 Confidentiality
P:Each party shall keep confidential all non-public business, technical and financial information received from the other party and shall use it only for this Agreement. This obligation survives termination for three years.
H:Article 12 Liability
P:12.1 The total liability of the Vendor under this Agreement is limited to one and a half times the Contract Price.
P:12.2 The limit does not apply to personal injury, fraud, wilful misconduct, infringement of third-party rights or breach of Article 10.
H:Article 13 Subcontracting
P:The Vendor shall not subcontract any part of the services without the Customer's prior written consent and remains fully responsible for the work of any approved subcontractor.
H:Article 14 Termination
P:14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after written notice.
P:14.2 The Customer may also terminate if Go-Live is delayed by more than 60 days for reasons attributable to the Vendor. On such termination the Vendor shall refund all amounts paid for services not accepted.
H:Article 15 Governing Law and Disputes
P:15.1 This Agreement is governed by the laws of the Federal Republic of Nigeria.
P:15.2 Any dispute arising out of this Agreement shall be referred to arbitration under the Arbitration and Mediation Act 2023 of Nigeria, seated in Lagos, before a sole arbitrator. The language of the arbitration is English.
H:Article 16 General
P:16.1 This Agreement is the entire agreement between the parties on its subject and may be amended only in writing signed by both parties.
P:16.2 Notices are given in writing to the addresses above, with a copy by e-mail.
P:16.3 Neither party is liable for delay caused by events beyond its reasonable control, such as natural disasters, epidemics or government action, provided it notifies the other party promptly and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate this Agreement by written notice.
P:16.4 Neither party may assign this Agreement without the other party's prior written consent.
P:16.5 This Agreement is signed in two originals in English, one for each party.
P:Signed for Ikeja Softworks Limited: ____________________  Name: Adebayo Ogunleye, Managing Director  Date: __________
P:Signed for Changsha Furong Home Appliances Co., Ltd.: ____________________  Name: Liu Jianhua, General Manager  Date: __________
"""

E02 = """# ORDER FORM — KENTE CLOUD TRADEDESK SUBSCRIPTION

**Order Form No.** KC-OF-2026-0219

**Provider:** Kente Cloud Limited, 7 Liberation Road, Airport Residential Area, Accra, Ghana ("Kente Cloud")

**Customer:** Foshan Nanhai Jinlong Kitchenware Co., Ltd., Lishui Town, Nanhai District, Foshan, Guangdong Province, China ("Customer")

This Order Form is entered into under the Kente Cloud General Terms printed below (the "General Terms"). The Order Form and the General Terms together form the "Agreement". If they conflict, this Order Form prevails.

## Part A — Order Form

**Section 1.1 Service.** TradeDesk distributor ordering platform: web and mobile ordering for Customer's distributors, price lists and promotions, credit limits, order approval workflow, dispatch tracking, and the standard connector to Customer's Kingdee ERP.

**Section 1.2 Subscription Term.** Two Subscription Years. The first Subscription Year runs from 1 September 2026 (the "Subscription Start Date") to 31 August 2027 and the second from 1 September 2027 to 31 August 2028.

**Section 1.3 Users.** 180 named users (Customer's sales staff and distributor accounts). Additional users may be added at the same unit price, pro rata for the rest of the Subscription Year.

**Section 1.4 Fees.** At Customer's request all fees are quoted and invoiced in Chinese Yuan (CNY).

| Item | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|
| TradeDesk subscription, first Subscription Year | 180 named users | 1,150 per user per Subscription Year | 207,000 |
| TradeDesk subscription, second Subscription Year | 180 named users | 1,150 per user per Subscription Year | 207,000 |
| Onboarding (configuration, ERP connector set-up, data load, training) | 1 | 36,000 | 36,000 |
| **Total fees under this Order Form** | | | **450,000** |

**Section 1.5 Invoicing.** Subscription fees are invoiced quarterly in advance, CNY 51,750 per quarter, the first invoice on the Subscription Start Date. The onboarding fee is invoiced after Onboarding Acceptance. Invoices are payable within 30 days. No other amount is payable before the Subscription Start Date.

**Section 1.6 Onboarding.** Kente Cloud shall complete onboarding by 20 August 2026. Onboarding Acceptance requires that: (a) all 180 users can sign in with Customer's single sign-on; (b) price lists, promotions and credit limits for all active distributors are loaded and checked against Customer's ERP; (c) 200 test orders flow from TradeDesk to the ERP and back with correct status, price and quantity; and (d) Customer's sales operations manager signs the onboarding acceptance certificate. Use of the Service before signature is not acceptance. If onboarding is late for reasons attributable to Kente Cloud, Kente Cloud shall pay CNY 400 for each day of delay.

**Section 1.7 Hosting.** The Service is hosted for Customer in the Alibaba Cloud Shenzhen region.

**Section 1.8 Contacts.** Kente Cloud's customer success manager for this Order Form is Ms. Efua Boateng (Accra), supported by a Mandarin-speaking support team working China business hours. Customer's contact is its sales operations manager.

**Section 1.9 Purchase order.** Customer's purchase order number must appear on each invoice. Terms printed on a purchase order do not apply.

## Part B — General Terms

### Section 2 Service levels

2.1 Kente Cloud shall make the Service available at least 99.95% of each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 00:00 and 05:00 China Standard Time.

2.2 Incidents are classified and handled as follows: Priority 1 (the Service is unavailable or no orders can be placed) — response within 30 minutes and restoration within 3 hours; Priority 2 (a major function does not work) — response within 2 hours and a fix within 1 business day; Priority 3 — response within 1 business day.

2.3 If monthly availability falls below the commitment in Section 2.1, Kente Cloud shall credit 5% of that month's subscription fee for each started 0.1 percentage point of shortfall, up to 50% of the monthly fee. A late Priority 1 response earns a credit of CNY 500. Credits are deducted from the next invoice.

2.4 Customer may report incidents through the support portal, by e-mail or by telephone. Priority 1 incidents are accepted at any time; other incidents are handled from 08:00 to 20:00 China Standard Time on business days. Kente Cloud shall report monthly availability and incident statistics to Customer within 10 business days after the end of each month.

### Section 3 Renewal

3.1 At the end of the Subscription Term the subscription renews automatically for successive Subscription Years unless either party gives notice of non-renewal at least 60 days before the end of the current term.

3.2 For each renewal Subscription Year Kente Cloud may increase the subscription unit price by up to 9% by notice given at least 60 days before the renewal.

### Section 4 Customer Data

4.1 Customer Data means all data submitted to the Service by or for Customer and its distributors, including orders, prices, distributor details and personal data of their contact persons. Customer owns Customer Data.

4.2 Kente Cloud processes Customer Data to provide the Service and to perform this Agreement.

4.3 Kente Cloud may also create aggregated and de-identified data from Customer Data and Customer's use of the Service, and may use such data during and after the term to improve its products, train its demand forecasting features and publish industry benchmark reports, provided that the data does not identify Customer or any individual.

### Section 5 Data security

5.1 Kente Cloud maintains an information security programme certified to ISO/IEC 27001, encrypts Customer Data in transit and at rest, limits access to authorised personnel with multi-factor authentication, keeps access logs for at least 180 days, and keeps Customer Data stored in mainland China.

5.2 Kente Cloud shall notify Customer of any security incident affecting Customer Data within 36 hours after becoming aware of it, shall take all reasonable steps to contain it, and shall be responsible for the losses and regulatory costs caused by incidents resulting from its breach of this Section.

5.3 On expiry or termination, Kente Cloud shall make Customer Data available for export for 30 days and shall then delete it and confirm deletion in writing.

### Section 6 Intellectual property

6.1 Kente Cloud owns the Service and all related software and documentation.

6.2 Configurations, workflow definitions, report templates and integration scripts prepared specifically for Customer during onboarding or later ("Customer Configurations") belong to Customer. Customer may use, copy and modify them freely and may give them to any other service provider.

### Section 7 Confidentiality

Each party shall keep confidential the other party's non-public information disclosed under this Agreement, shall use it only for this Agreement and shall disclose it only to employees and advisers who need to know it and are bound by similar duties. This Section survives for three years after the Agreement ends.

### Section 8 Subcontractors

Kente Cloud uses Alibaba Cloud as its hosting provider, which Customer approves by signing this Order Form. Kente Cloud shall not use any other subcontractor or sub-processor for the Service without Customer's prior written consent and remains responsible for the acts of its subcontractors.

### Section 9 Liability

9.1 Each party's total liability under this Agreement is limited to twice the total fees under this Order Form.

9.2 The limit does not apply to breach of Sections 5 or 7, to infringement of intellectual property rights, or to fraud or wilful misconduct.

### Section 10 Term and termination

10.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and fails to cure it within 30 days after written notice.

10.2 Customer may also terminate with immediate effect if monthly availability is below 99% in two consecutive months. On termination by Customer under this Section, Kente Cloud shall refund any prepaid fees for the period after termination.

### Section 11 Governing law and disputes

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time.

### Section 12 General

12.1 Neither party may assign the Agreement without the other party's written consent, except to a successor of its whole business.

12.2 Amendments must be in writing and signed by both parties. Notices are sent to the addresses on this Order Form, with a copy by e-mail.

12.3 Customer is responsible for the accuracy of the data it enters, for keeping its user credentials under its control and for the use of the Service by its users and distributors.

12.4 Neither party is liable for failure to perform caused by events beyond its reasonable control, such as natural disasters, epidemics, war or government action, provided it notifies the other party promptly and takes reasonable steps to resume performance.

12.5 This Order Form is signed in English in two counterparts, each by an authorised representative of the party.

**Signed for Kente Cloud Limited:** ____________________ Name: Kwame Asante-Mensah, Director of Sales, Date: __________

**Signed for Foshan Nanhai Jinlong Kitchenware Co., Ltd.:** ____________________ Name: Chen Weiming, Deputy General Manager, Date: __________
"""

E03 = """T:PURCHASE CONTRACT FOR GREENHOUSE ENVIRONMENTAL SENSORS AND MONITORING SYSTEM
P:Contract No. LY-CG-2026-0088
P:Buyer: Shouguang Lvye Greenhouse Agriculture Co., Ltd., Gucheng Street, Shouguang, Weifang, Shandong Province, China (the "Buyer")
P:Supplier: Teranga Sensing SARL, Route de Khombole, Thiès, Senegal (the "Supplier")
P:The Buyer operates 60 glass and film greenhouses growing tomatoes, cucumbers and sweet peppers. Following a request for quotation, the Buyer has selected the Supplier to supply, install and commission a wireless environmental monitoring system. The parties agree as follows, on the Buyer's standard purchase terms.
H:1. Definitions
P:1.1 "Equipment" means the sensors, gateways, mounting parts and cables listed in clause 2.
P:1.2 "Software" means the Supplier's GreenWatch monitoring software, licensed under clause 2.3.
P:1.3 "System" means the Equipment and the Software installed and configured at the Buyer's site in Shouguang (the "Site").
P:1.4 "Final Acceptance" means the Buyer's signed acceptance certificate under clause 5.3.
H:2. Scope and Price
P:2.1 The Supplier shall supply, deliver to the Site, install, configure and commission the System, connect it to the Buyer's existing irrigation controller and train the Buyer's staff.
P:2.2 At the Buyer's request the price is stated and paid in CNY. The Contract Price is CNY 626,000, including VAT, delivery, import formalities, insurance and all costs of the Supplier's personnel, itemised as follows:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Soil moisture and temperature sensor, LoRaWAN|240|640|153,600
TB:2|Air temperature, humidity and CO2 sensor, LoRaWAN|120|1,380|165,600
TB:3|Light (PAR) sensor, LoRaWAN|60|980|58,800
TB:4|Outdoor LoRaWAN gateway with solar power kit|12|7,600|91,200
TB:5|GreenWatch software, perpetual site licence|1|86,000|86,000
TB:|Equipment and Licence Subtotal|||555,200
TB:6|Installation, configuration and commissioning|1|62,400|62,400
TB:7|Training of operators and administrators|1|8,400|8,400
TB:|Contract Price|||626,000
P:2.3 The Supplier grants the Buyer a perpetual, non-exclusive licence to use the Software at the Site and on any replacement server of the Buyer, with no limit on the number of sensors or users.
P:2.4 The Contract Price is fixed and will not be adjusted for exchange-rate changes.
P:2.5 The Supplier shall train 12 operators and 2 administrators at the Site on installation, calibration checks, alarm handling and use of the Software, and shall provide manuals in Chinese.
H:3. Payment
P:3.1 No advance payment is made under this Contract.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 406,900) within 15 working days after the Supplier has installed all Equipment and the Buyer has signed the installation certificate. The installation certificate confirms completion of installation only and is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 219,100) within 15 working days after Final Acceptance.
P:3.4 The Supplier shall issue a valid invoice before each payment.
H:4. Delivery and Installation
P:4.1 The Supplier shall deliver the Equipment to the Site within 45 days after signature of this Contract and shall complete installation within 25 days after delivery.
P:4.2 If delivery or installation is late for reasons attributable to the Supplier, the Supplier shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price in total.
P:4.3 Risk in the Equipment passes to the Buyer on the signature of the installation certificate; title passes on payment under clause 3.2.
P:4.4 The Supplier shall pack the Equipment for sea and road transport, label each sensor with its serial number and greenhouse number, and provide a packing list with every shipment.
P:4.5 The Buyer shall provide power points, network access for the server and access to the greenhouses during working hours.
H:5. Testing and Acceptance
P:5.1 After installation the System shall run for a trial period of 30 consecutive days.
P:5.2 The System passes the acceptance tests when all of the following are met: (a) every sensor reports to the Software at its configured interval and at least 98% of the expected readings arrive in each trial week; (b) spot checks of 10% of the sensors against the Buyer's calibrated reference instruments are within the accuracy stated in the Supplier's technical offer; (c) alarms for temperature, humidity and CO2 limits reach the duty mobile phones within 2 minutes; (d) the interface with the irrigation controller passes the joint test plan; and (e) all documentation, configuration records and calibration certificates have been handed over.
P:5.3 The Buyer shall sign the Final Acceptance certificate within 7 working days after the tests are passed. Installation, use of the System for production, or any payment is not acceptance. If the tests fail, the Supplier shall correct the defects at its cost within 15 days and the tests are repeated.
P:5.4 The Supplier shall provide a test report for each acceptance test, signed by both parties' representatives.
H:6. Warranty
P:6.1 The Supplier warrants the Equipment and the Software for 24 months from Final Acceptance. During the warranty the Supplier shall repair or replace defective Equipment and correct Software defects free of charge, including parts, labour, shipping and travel.
P:6.2 Sensors replaced under warranty shall be new and of the same or a better model.
P:6.3 The warranty does not cover damage caused by lightning, misuse by the Buyer or repairs by persons not authorised by the Supplier.
H:7. Support and Service Levels
P:7.1 During the warranty the Supplier shall provide remote support through its Qingdao service partner's hotline and by remote session.
P:7.2 Severity 1 (a gateway, the Software or all alarms are down) response within 1 hour and restoration within 8 hours, with spare gateways kept at the Site; Severity 2 (individual sensors fail) response within 8 business hours and replacement within 5 days.
P:7.3 If the Supplier misses a Severity 1 response or restoration time, the Buyer may deduct CNY 300 for each hour of delay from any amount due.
P:7.4 After the warranty the Buyer may order annual support at 9% of the Equipment and Licence Subtotal, that is CNY 49,968 per year, fixed for the first three years after the warranty. Support is ordered each year by purchase order and does not renew automatically.
H:8. Data
P:8.1 All readings, alarm records, configuration data and reports produced by the System ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this Contract.
P:8.2 The Software runs on the Buyer's server. The Supplier may access it remotely only with the Buyer's prior approval for each session through the VPN account assigned by the Buyer, shall not copy Buyer Data off the Buyer's systems, and shall comply with the PRC Data Security Law.
P:8.3 The Supplier shall report any security incident affecting Buyer Data within 12 hours and shall be liable for all losses caused by incidents attributable to it.
P:8.4 At the end of support, the Supplier shall delete any Buyer Data it holds and confirm the deletion in writing.
H:9. Intellectual Property
P:9.1 The Supplier keeps its intellectual property in the Software and the Equipment firmware.
P:9.2 Dashboards, alarm rules, interface programs and configuration files prepared specifically for the Buyer belong to the Buyer, which may use, modify and disclose them freely, including to a later service provider.
H:10. Confidentiality
P:10.1 Each party shall keep confidential the other party's technical and business information received under this Contract, in particular the Buyer's growing recipes, yields and customer information, and shall not disclose it without prior written consent.
P:10.2 This clause survives termination of this Contract for three years.
H:11. Liability
P:The Supplier's total liability under this Contract is limited to twice the Contract Price. The limit does not apply to personal injury, wilful misconduct or breach of clauses 8 and 10.
H:12. Subcontracting
P:The Supplier's Qingdao service partner named in its offer is approved by signature of this Contract. The Supplier shall not subcontract any other part of the work without the Buyer's prior written consent and remains responsible for its subcontractors.
H:13. Termination
P:13.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after written notice, or if liquidated damages reach their maximum.
P:13.2 On termination the Supplier shall refund the amounts paid for Equipment and services not accepted and shall remove its Equipment at its own cost if the Buyer so requests.
H:14. Governing Law and Disputes
P:This Contract is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang.
H:15. General
P:15.1 This Contract is made in English in two originals, one for each party. Amendments must be in writing and signed by both parties.
P:15.2 Annex 1 (technical specification) and Annex 2 (acceptance test plan) form part of this Contract.
P:15.3 Neither party is liable for delay caused by force majeure, such as natural disasters, epidemics or government action, if it notifies the other party within 5 days and takes reasonable steps to limit the effect. If such an event lasts more than 60 days, either party may terminate by written notice.
P:15.4 The Supplier shall comply with the Buyer's site rules on safety, hygiene and plant protection while working in the greenhouses.
P:For the Buyer: ____________________  Name: Wang Lixin, General Manager  Date: __________
P:For the Supplier: ____________________  Name: Mamadou Diop, Gérant  Date: __________
"""

E04 = """# MANAGED IT SUPPORT SERVICES AGREEMENT

Agreement No. LMS-2026-CN-07

**Supplier:** Lagune Managed Services SA, Immeuble Alpha 2000, Plateau, Abidjan, Côte d'Ivoire (the "Supplier")

**Customer:** Ningbo Haishu Sunrise Garment Co., Ltd., Shiqi Street, Haishu District, Ningbo, Zhejiang Province, China (the "Customer")

The Customer runs a head office, a factory and two sales offices in China and wishes to outsource its IT service desk, end-user device management and backup operations. The Supplier provides managed IT support services from its service centre in Abidjan with field engineering support in China. The parties agree as follows.

## 1. DEFINITIONS

1.1 "Services" means the managed IT support services described in clause 2 and the Schedules.

1.2 "Service Commencement Date" means the date on which the Customer signs the transition acceptance certificate under clause 4.3.

1.3 "Monthly Charge" means the fixed monthly charge in Schedule 1.

1.4 "Incident" means an unplanned interruption or degradation of an IT service covered by the Services.

## 2. SERVICES

2.1 The Supplier shall provide: (a) a service desk in Chinese and English from 08:00 to 20:00 China Standard Time on working days, with an on-call line for Priority 1 Incidents at all other times; (b) management of 420 laptops and desktops, including patching, antivirus, software distribution and asset records; (c) administration of the Customer's Microsoft 365 tenant and Active Directory; (d) daily backup of the Customer's file servers and ERP database and a restore test every quarter; (e) on-site field support at the four Customer locations in Ningbo and Shaoxing.

2.2 Changes to the scope are agreed in writing through the change procedure in clause 11.

2.3 The Supplier shall keep named personnel as service desk team lead and field support coordinator and shall not replace them without giving the Customer 30 days' notice, except in case of illness or resignation.

2.4 The Supplier shall keep the asset records up to date and provide a quarterly asset report.

## 3. TERM AND CHARGES

3.1 This Agreement runs from signature until 30 September 2029. The Services run for 36 months from the Service Commencement Date, planned for 1 October 2026.

3.2 This Agreement does not renew automatically. Any extension must be agreed in writing by both parties.

3.3 At the Customer's request all charges are stated and paid in Chinese Yuan (CNY). The total charges for the term are CNY 2,160,000, as set out in Schedule 1.

3.4 The charges include all travel of the Supplier's field engineers between the Customer's locations in Ningbo and Shaoxing.

## 4. TRANSITION AND ACCEPTANCE

4.1 The Supplier shall complete the transition of the Services by 30 September 2026, including knowledge transfer from the Customer's IT team, documentation of all systems, set-up of the ticketing tool and remote management agents, and a backup and restore test.

4.2 If the Service Commencement Date is delayed beyond 30 September 2026 for reasons attributable to the Supplier, the Supplier shall pay CNY 1,500 for each day of delay.

4.3 The Customer shall sign the transition acceptance certificate when the following criteria are met: (a) agents are installed on at least 98% of the devices in the asset list; (b) a restore of the ERP database to the test server has succeeded; (c) the service desk has handled a two-week parallel run with the Customer's IT team; and (d) the runbooks for all systems in scope are complete. Start of ticket handling alone is not acceptance.

## 5. SERVICE LEVELS AND SERVICE CREDITS

5.1 The Supplier shall meet the service levels in Schedule 2, measured monthly from the ticketing tool.

5.2 If a service level is missed, the Supplier shall give the service credits in Schedule 3, deducted from the next invoice. Service credits in any month shall not exceed 20% of the Monthly Charge for that month.

5.3 The Supplier shall provide a monthly service report and attend a monthly service review with the Customer's IT manager.

5.4 Service levels do not apply to Incidents caused by the Customer's own changes, by third-party software vendors outside the Supplier's control, or by force majeure.

## 6. PAYMENT

6.1 The transition charge is invoiced after the transition acceptance certificate is signed.

6.2 The Monthly Charge is invoiced monthly in arrears, after the Customer has confirmed the monthly service report.

6.3 Invoices are payable within 30 days after receipt of a correct invoice. No amount is payable in advance.

6.4 Out-of-scope work is charged at the engineer day rate in Schedule 1 only if ordered in advance by the Customer's IT manager in writing.

## 7. CUSTOMER DATA

7.1 All data of the Customer that the Supplier accesses in performing the Services, including business records, e-mails, files and personal data of employees, belongs to the Customer.

7.2 The Supplier may use such data only for the purpose of providing the Services.

## 8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including the Customer's designs, customer lists, prices and system configurations, and shall use it only for this Agreement.

8.2 The Supplier shall ensure that its personnel and subcontractors are bound by equivalent confidentiality obligations. This clause survives for three years after the end of this Agreement.

## 9. INTELLECTUAL PROPERTY

9.1 The Supplier keeps its pre-existing tools, methods and ticketing software.

9.2 Runbooks, scripts, configuration records, asset records and reports prepared for the Customer under this Agreement belong to the Customer, which may use and modify them freely and give them to a successor supplier.

## 10. SUBCONTRACTING

The Supplier may engage subcontractors, including local field engineering companies in China, to perform any part of the Services by giving the Customer 10 days' written notice of the subcontractor's name. The Supplier remains responsible for the performance of its subcontractors.

## 11. CHANGES

Either party may request a change to the Services. The Supplier shall give a written impact assessment within 10 working days. No change is binding until signed by both parties.

## 12. LIABILITY

12.1 Each party's total liability under this Agreement is limited to 150% of the total charges for the term stated in clause 3.3.

12.2 Neither party is liable for indirect or consequential loss. The limits do not apply to breach of clause 8, personal injury or wilful misconduct.

## 13. TERMINATION

13.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after notice.

13.2 The Customer may terminate by written notice if the Supplier misses the Priority 1 resolution time more than three times in any rolling quarter.

13.3 On expiry or termination the Supplier shall provide exit assistance for up to 60 days at the rates in Schedule 1, return all Customer materials and hand over all documents under clause 9.2.

13.4 Exit assistance includes handing over the ticket history, the asset register, administrator passwords and a knowledge transfer of up to ten working days to the Customer or a successor supplier.

## 14. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Shanghai International Arbitration Center for arbitration in Shanghai.

## 15. GENERAL

15.1 Neither party is liable for failure or delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

15.2 Neither party may assign this Agreement without the other party's prior written consent.

15.3 Notices shall be in writing and sent to the addresses above, with a copy by e-mail. This Agreement is made in English in two originals.

## SCHEDULE 1 — CHARGES

| Item | Basis | Amount (CNY) |
|---|---|---|
| Transition (one-time) | fixed | 72,000 |
| Monthly Charge: service desk, device management, M365 and AD administration, backup, field support | 36 months × 58,000 | 2,088,000 |
| **Total charges for the term** | | **2,160,000** |
| Exit assistance and out-of-scope work | per engineer day | 2,400 |

## SCHEDULE 2 — SERVICE LEVELS

| Priority | Definition | Response | Resolution |
|---|---|---|---|
| P1 | ERP, e-mail or network down for a whole site | 15 minutes | 5 hours |
| P2 | a business system degraded or a group of users affected | 1 hour | 1 business day |
| P3 | a single user affected | 6 business hours | 3 business days |
| Backup | a daily backup job fails | failure reported within 1 hour | job rerun successfully by 06:00 the next day |

## SCHEDULE 3 — SERVICE CREDITS

| Missed service level | Credit |
|---|---|
| P1 response or resolution, per Incident | 3% of the Monthly Charge |
| P2 resolution below 95% in a month | 2% of the Monthly Charge |
| Failed backup job not rerun in time, per job | 1% of the Monthly Charge |

**Signed for Lagune Managed Services SA:** ____________________ Name: Aya Kouassi, Directrice Générale, Date: __________

**Signed for Ningbo Haishu Sunrise Garment Co., Ltd.:** ____________________ Name: Zhou Jianguo, General Manager, Date: __________
"""

E05 = """DATA SUBSCRIPTION AGREEMENT - TIMBERTRACK EXPORT DATA API

Agreement No. OKD-API-2026-031

Between:
Okoume Data SA, Boulevard Triomphal Omar Bongo, Libreville, Gabon ("Provider"); and
Zhangjiagang Evergreen Timber Trading Co., Ltd., Free Trade Zone, Zhangjiagang, Jiangsu Province, China ("Customer").

Background: Provider compiles and sells data on timber production, log and sawn-timber exports, export permits and vessel schedules from ports in Gabon, the Republic of the Congo and Cameroon. Customer imports tropical sawn timber and veneer into China and wishes to receive this data through an application programming interface (API) for its purchasing and logistics planning. The parties agree as follows.

1. DEFINITIONS

1.1 "API" means Provider's TimberTrack REST API and the related documentation.

1.2 "Licensed Data" means the data made available to Customer through the API, as described in the Data Specification in the Schedule.

1.3 "Subscription Year" means each of the two periods stated in clause 3.1.

1.4 "Customer Data" means the account details, watchlists, search queries, supplier lists, purchase records and other data that Customer or its users upload to or create in the API and the Provider web portal.

1.5 "Custom Extracts" means data extracts, field mappings and reports prepared by Provider specifically for Customer under clause 6.

2. SUBSCRIPTION

2.1 Provider grants Customer a non-exclusive, non-transferable right during the Subscription Term to access the API with up to 25 user keys and to use the Licensed Data for Customer's internal business purposes, including purchasing, logistics planning and reporting to Customer's management and banks.

2.4 Customer shall keep its API keys under its control and shall not share them with third parties. Provider may suspend a key that is clearly misused after notifying Customer.

2.5 Customer may integrate the API with its ERP and purchasing systems and may display Licensed Data to its employees and to its affiliates' employees.

2.2 Customer shall not resell the Licensed Data or publish it in bulk. Customer may keep and continue to use Licensed Data downloaded during the Subscription Term after it ends.

2.3 The subscription includes up to 400,000 API calls in each Subscription Year. Calls above this volume are charged at CNY 0.06 per call, invoiced at the end of the Subscription Year.

3. TERM AND FEES

3.1 The Subscription Term consists of two Subscription Years: the first from 1 November 2026 to 31 October 2027 and the second from 1 November 2027 to 31 October 2028.

3.2 At Customer's request, fees are stated and paid in Chinese Yuan (CNY):

    Item                                              Amount (CNY)
    TimberTrack API subscription, first Subscription Year    168,000
    TimberTrack API subscription, second Subscription Year   168,000
    Total subscription fees                                  336,000

3.3 The fee for each Subscription Year is invoiced on its first day and is payable within 30 days after the invoice date. There are no set-up or one-time fees.

3.5 Overage charges are based on Provider's monthly usage reports, which Provider shall make available in the web portal. Customer may query any usage report within 30 days.

3.4 The subscription ends at the end of the second Subscription Year. It does not renew automatically; any renewal requires a new written order signed by both parties.

4. ACCESS AND ACCEPTANCE

4.1 Provider shall issue API keys and give Customer access to a test environment by 15 October 2026. If access is provided later for reasons attributable to Provider, Provider shall pay CNY 250 for each day of delay.

4.2 Customer shall test access within 10 working days. Access is accepted when: (a) all endpoints in the Data Specification return data in the documented format; (b) a sample of 50 export records for the previous quarter matches the published export permits; (c) vessel schedules for the three named ports are updated at least daily during the test period; and (d) Customer's purchasing manager confirms acceptance in writing. Use of the API during the test period is not acceptance.

4.3 Provider shall give Customer's IT staff a remote onboarding session covering authentication, endpoints, paging and error codes.

5. SUPPORT AND AVAILABILITY

5.1 Provider will use commercially reasonable efforts to keep the API available and to update the Licensed Data as set out in the Data Specification.

5.2 Customer may report problems by e-mail to Provider's support desk. Provider will use reasonable efforts to answer support requests promptly and to correct errors in the Licensed Data once they are confirmed.

5.3 Provider may carry out maintenance of the API and will try to announce planned maintenance in advance on its portal.

5.4 Provider's support desk can be reached at support@okoumedata.ga from Monday to Friday, 08:00 to 17:00 West Africa Time.

6. CUSTOM EXTRACTS

6.1 On Customer's written request Provider will prepare up to six Custom Extracts in each Subscription Year at no additional charge, such as a weekly report of sawn-timber exports by species and exporter.

6.2 Custom Extracts, including the field mappings and report designs prepared for Customer, belong to Customer. Customer may use, modify and share them with its affiliates, banks and advisers without restriction. Provider keeps its rights in the underlying Licensed Data.

6.3 Requests for Custom Extracts above the included number are quoted separately and are performed only on a written order.

7. CUSTOMER DATA AND DATA SECURITY

7.1 Customer Data belongs to Customer. Provider may use Customer Data only to provide the API and the services under this Agreement and shall not use it for any other purpose, disclose it to other customers or combine it with the Licensed Data.

7.2 Provider shall protect Customer Data with appropriate technical and organisational measures, including encryption in transit and at rest, access limited to named support staff, multi-factor authentication, logging of all access and regular vulnerability testing. Customer's user personal data shall be processed in accordance with the PRC Personal Information Protection Law.

7.3 Provider shall notify Customer of any security incident affecting Customer Data within 48 hours after becoming aware of it, shall take prompt steps to contain it, and shall be liable for the losses caused to Customer by incidents resulting from Provider's failure to meet this clause.

7.4 Within 30 days after the end of the Subscription Term, Provider shall delete Customer Data and confirm the deletion in writing.

8. QUALITY OF THE LICENSED DATA

8.1 Provider compiles the Licensed Data from official sources and its own field reporting and shall correct any error confirmed by Customer in the next scheduled update.

8.2 Provider does not guarantee that the Licensed Data is complete, but shall not knowingly supply false data.

8.3 Provider shall keep the Data Specification up to date and shall give Customer at least 30 days' notice of any change to the API that is not backward compatible.

9. LIABILITY

9.1 Each party's total liability under this Agreement is limited to two times the total subscription fees in clause 3.2.

9.2 Neither party is liable for loss of profit or indirect loss. The limits do not apply to breach of clause 7, to infringement of intellectual property rights or to wilful misconduct.

10. SUBCONTRACTING

Provider shall not subcontract the operation of the API or any processing of Customer Data without Customer's prior written consent, and remains responsible for any subcontractor so approved.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after receiving written notice.

11.2 If Customer terminates under clause 11.1, Provider shall refund the part of the fees paid for the period after termination.

11.3 Provider may suspend access if Customer fails to pay an undisputed invoice within 30 days after a written reminder.

12. GOVERNING LAW AND DISPUTES

This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the Suzhou Arbitration Commission for arbitration in Suzhou.

13. GENERAL

13.1 Notices must be in writing and sent to the addresses above, with a copy by e-mail.

13.2 This Agreement, with its Schedule, is the entire agreement of the parties on its subject. Amendments must be in writing and signed by both parties.

13.3 Neither party is liable for delay or failure caused by events beyond its reasonable control, including natural disasters, epidemics, civil unrest or government action, provided it notifies the other party promptly.

13.4 Neither party may assign this Agreement without the other party's prior written consent, except to an affiliate that takes over the relevant business.

13.5 This Agreement is made in English in two originals, one for each party.

SCHEDULE - DATA SPECIFICATION

Coverage: log and sawn-timber exports from Gabon, the Republic of the Congo and Cameroon; export permits; exporter and species details; vessel schedules and loading status at Owendo, Pointe-Noire and Douala.
Update frequency: export records weekly; vessel schedules daily.
History: export records from 2018 onwards.
Format: JSON through the REST API; CSV download from the web portal.

Signed for Okoume Data SA: ____________________ Name: Jean-Baptiste Nzamba, Directeur General, Date: __________
Signed for Zhangjiagang Evergreen Timber Trading Co., Ltd.: ____________________ Name: Xu Haifeng, General Manager, Date: __________
"""


# ---------------------------------------------------------------- build, labels, checks
KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
        "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
        "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
        "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]

FILES = {
    "z01": ("h443z01_grain_reserve_smart_depot_platform.pdf", "zh", "software", Z01),
    "z02": ("h443z02_stone_bridge_saw_control_retrofit.docx", "zh", "hardware", Z02),
    "z03": ("h443z03_pharmacy_chain_saas_implementation.txt", "zh", "cloud", Z03),
    "z04": ("h443z04_prison_bureau_annual_om_service.txt", "zh", "services", Z04),
    "z05": ("h443z05_yogurt_cold_chain_trace_supplier_template.md", "zh", "software", Z05),
    "e01": ("h443e01_wms_perpetual_licence_nigeria_vendor.pdf", "en", "software", E01),
    "e02": ("h443e02_distributor_ordering_saas_ghana_vendor.md", "en", "cloud", E02),
    "e03": ("h443e03_greenhouse_sensors_senegal_vendor.docx", "en", "hardware", E03),
    "e04": ("h443e04_managed_it_support_cote_divoire_vendor.md", "en", "services", E04),
    "e05": ("h443e05_timber_data_api_gabon_vendor.txt", "en", "services", E05),
}

T, F, N = True, False, None
G, S = "goods_or_licence", "service"
# terms in KEYS order, then extra: sla_clause, ld_stated, post_warranty_fee_capped (goods only), deemed, value
LABELS = {
    "z01": ([99.95, 0.5, T, "buyer", T, T, T, 0.08, N, 20, T, T, 36, 8, F, T, F, "PRC", G], (T, T, T, F, 2318000)),
    "z02": ([N, 1, T, "buyer", T, T, T, 0.03, N, 20, T, T, 24, 8, F, T, T, "PRC", G], (T, T, T, F, 731000)),
    "z03": ([99.5, 0.5, T, "buyer", T, T, T, 600 / 960000 * 100, 6 / 36 * 100, N, T, N, N, N, T, T, F, "PRC", S],
            (T, T, None, F, 960000)),
    "z04": ([N, 20 / 60, T, "buyer", T, T, T, 1500 / 1286000 * 100, 50, N, T, N, N, N, F, F, F, "PRC", S],
            (T, T, None, F, 1286000)),
    "z05": ([N, 8, F, "supplier", T, F, T, N, N, 50, F, F, 6, 28, F, T, N, N, G], (T, F, T, T, 1460000)),
    "e01": ([N, 1, T, "buyer", T, T, T, 0.08, 150, 10, T, T, 18, 11, F, T, F, "Nigeria", G], (T, T, T, F, 1176000)),
    "e02": ([99.95, 0.5, T, "buyer", T, F, T, 400 / 450000 * 100, 200, N, T, N, N, N, T, T, F, "PRC", S],
            (T, T, None, F, 450000)),
    "e03": ([N, 1, T, "buyer", T, T, T, 0.1, 200, N, T, T, 24, 9, F, T, F, "PRC", G], (T, T, T, F, 626000)),
    "e04": ([N, 0.25, T, "buyer", F, T, T, 1500 / 2160000 * 100, 150, N, T, N, N, N, F, T, T, "PRC", S],
            (T, T, None, F, 2160000)),
    "e05": ([N, N, F, "buyer", T, T, F, 250 / 336000 * 100, 200, N, T, N, N, N, F, T, F, "PRC", S],
            (F, T, None, F, 336000)),
}
# design facts not in the labels: TCO fee base (itemised licence / hardware subtotal), forum outside mainland China
FEE_BASE = {"z01": 1260000, "z02": 663200, "z05": 960000, "e01": 840000, "e03": 555200}
FORUM_OUTSIDE = {"e01"}  # Lagos seat (with Nigerian law)

DESIGN = {
    "z01": set(), "e03": set(), "e01": {"CR-GOVERNING-LAW"},
    "z02": {"CR-LD-LOW", "CR-SUBCONTRACT"},
    "z03": {"CR-AUTO-RENEWAL", "CR-LIABILITY-CAP", "CR-SLA-AVAILABILITY"},
    "z04": {"CR-LIABILITY-CAP", "CR-TERMINATION"},
    "z05": {"CR-ACCEPTANCE", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"},
    "e02": {"CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP"},
    "e04": {"CR-DATA-SECURITY", "CR-SUBCONTRACT"},
    "e05": {"CR-CONFIDENTIALITY", "CR-SLA-MISSING", "CR-SLA-RESPONSE"},
}
ALL_RULES = {"CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"}
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}
LOW = {"CR-GOVERNING-LAW"}


def tco_share(key, t, x):
    """policy §4: horizon 5 years from acceptance; post-warranty years pro rata; fee base = itemised subtotal."""
    if t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]:
        return None
    years = max(0.0, 5 - (t["warranty_months"] or 0) / 12)
    fees = years * t["post_warranty_fee_pct"] / 100 * FEE_BASE[key]
    return fees / (x["contract_value"] + fees) * 100


def rules_from_labels(key, t, x):
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
    if not t["acceptance_clause"] or t["final_payment_on_acceptance"] is False:
        r.add("CR-ACCEPTANCE")
    if t["contract_kind"] == G:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (not x["post_warranty_fee_capped"] or t["post_warranty_fee_pct"] is None
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key, t, x)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FORUM_OUTSIDE:
        r.add("CR-GOVERNING-LAW")
    return r


def risk(rules):
    return "high" if rules & HIGH else ("medium" if rules - LOW else "low")


def make_label(key):
    name, lang, cat, _ = FILES[key]
    vals, (sla, ld, capped, deemed, value) = LABELS[key]
    t = dict(zip(KEYS, vals))
    x = {"sla_clause": sla, "ld_stated": ld}
    if t["contract_kind"] == G:
        x["post_warranty_fee_capped"] = capped
    x["acceptance_deemed_on_delivery"] = deemed
    x["contract_value"] = value
    rules = rules_from_labels(key, t, x)
    assert rules == DESIGN[key], (key, sorted(rules), sorted(DESIGN[key]))
    return {"file": name, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
            "expected_rules": sorted(rules)}


# ---------------------------------------------------------------- threshold scan
NUM = r"(?<![\d.,])"
PCT = r"\s*(?:%|％|percent\b|per\s*cent\b)"
THRESHOLD_PATTERNS = [
    ("availability 99.9", NUM + r"99\.9(?!\d)"),
    ("P1 4 h", NUM + r"4\s*(?:-\s*)?(?:个?小时|h(?![a-z])|hrs?\b|hours?\b|business\s*hours?)"),
    ("P1 4 h", r"(?<![十\d零一二三四五六七八九两])四\s*个?小时"),
    ("P1 4 h", r"(?<![\w-])four[\s-]*(?:business\s*)?hours?"),
    ("P1 4 h", NUM + r"240\s*(?:分钟|min)"),
    ("LD 0.05 %", NUM + r"0\.05(?!\d)" + PCT),
    ("LD 0.05 %", r"万分之五(?![十百千\d〇零一二三四五六七八九])"),
    ("LD 0.05 %", r"百分之零点零五(?![\d一二三四五六七八九])"),
    ("cap 100 %", NUM + r"100(?:\.0+)?" + PCT),
    ("cap 100 %", r"百分之(?:一)?百(?![分\d零一二三四五六七八九])"),
    ("cap 100 %", r"(?:one\s+)?hundred\s*(?:percent|per\s*cent)"),
    ("prepayment 30 %", NUM + r"30(?:\.0+)?" + PCT),
    ("prepayment 30 %", r"百分之三十(?![\d点零一二三四五六七八九])"),
    ("prepayment 30 %", r"三成"),
    ("prepayment 30 %", r"thirty\s*(?:percent|per\s*cent)"),
    ("warranty 12 months", NUM + r"12\s*(?:-\s*)?(?:个月|months?\b)"),
    ("warranty 12 months", r"十二个月|一年"),
    ("warranty 12 months", r"(?<![\w-])(?:twelve|one)[\s-]*(?:calendar\s*)?(?:months?|years?)\b"),
    ("warranty 12 months", NUM + r"1\s*(?:-\s*)?(?:years?\b|年(?!度))"),
    ("post-warranty 15 %", NUM + r"15(?:\.0+)?" + PCT),
    ("post-warranty 15 %", r"百分之十五(?![\d点零一二三四五六七八九])"),
    ("post-warranty 15 %", r"fifteen\s*(?:percent|per\s*cent)"),
    ("TCO 40 %", NUM + r"40(?:\.0+)?" + PCT),
    ("TCO 40 %", r"百分之四十(?![\d点零一二三四五六七八九])|四成"),
    ("TCO 40 %", r"forty\s*(?:percent|per\s*cent)"),
    ("horizon 5 years", NUM + r"5\s*(?:-\s*)?(?:年|years?\b)"),
    ("horizon 5 years", r"五年|五个年度"),
    ("horizon 5 years", r"(?<![\w-])five[\s-]*years?\b"),
    ("horizon 5 years", NUM + r"60\s*(?:-\s*)?(?:个月|months?\b)|六十个月|sixty[\s-]*months?"),
]
THRESHOLD_RE = [(n, re.compile(p, re.I)) for n, p in THRESHOLD_PATTERNS]
MUST_HIT = ["99.9%", "99.9 %", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟", "0.05%",
            "0.05 %", "万分之五", "100%", "100 %", "百分之百", "百分之一百", "30%", "百分之三十", "三成", "12个月",
            "12 个月", "十二个月", "twelve months", "12 months", "12-month", "一年", "one year", "15%", "15 %",
            "百分之十五", "40%", "四成", "百分之四十", "5年", "5 年", "五年", "five years", "5 years", "60 months",
            "60个月", "thirty per cent", "one hundred per cent"]
MUST_MISS = ["24小时", "二十四小时", "24 hours", "99.95%", "99.5%", "115%", "0.15%", "150%", "130%", "1,100%",
             "2025年", "2026年", "万分之五十", "万分之八", "服务年度", "Subscription Year", "14 hours", "百分之四十五",
             "百分之三十五", "¥100,800", "满分100分", "45%", "35%", "25%", "0.08%", "36 months", "24 months",
             "18 months", "三年", "三个服务年度", "48小时", "6 hours"]


def threshold_hits(text):
    return [(n, m.group(0)) for n, rx in THRESHOLD_RE for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
        assert threshold_hits(re.sub(r"\s+", "", s)) or s in ("four hours",), ("must hit (no ws)", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


def read_back(path):
    if path.suffix in (".txt", ".md"):
        return path.read_text(encoding="utf-8")
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for tb in d.tables:
            for row in tb.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    from pypdf import PdfReader
    return "\n".join(pg.extract_text() or "" for pg in PdfReader(str(path)).pages)


def length(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def check_labels(label):
    t, x = label["expected_terms"], label["expected_extra"]
    bad = {"availability_pct": 99.9, "p1_response_hours": 4, "ld_rate_per_day_pct": 0.05, "liability_cap_pct": 100,
           "prepayment_pct": 30, "warranty_months": 12, "post_warranty_fee_pct": 15}
    for k, v in bad.items():
        assert t[k] is None or abs(t[k] - v) > 1e-9, (label["file"], k, t[k])
    if t["contract_kind"] == G:
        key = label["file"][4:7]
        share = tco_share(key, t, x)
        assert share is None or abs(share - 40) > 2, (label["file"], share)


def source_text(src):
    if "\nP:" in src or src.startswith("T:"):
        return "\n".join(line.partition(":")[2] for line in src.splitlines() if line.strip())
    return src


if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources = {k: v[3] for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    targets = {k: (v[0], v[0].rsplit(".", 1)[1]) for k, v in FILES.items() if v[0].endswith((".docx", ".pdf"))}
    write(sources, targets, OUT, wrap_words=True)
    for k, (name, lang, cat, src) in FILES.items():
        if name.endswith((".txt", ".md")):
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    covered = set()
    problems = []
    for k, (name, lang, cat, src) in FILES.items():
        label = make_label(k)
        check_labels(label)
        covered |= set(label["expected_rules"])
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        built = read_back(OUT / name)
        raw = source_text(src)
        for variant, text in (("built", built), ("built-collapsed", re.sub(r"\s+", " ", built)),
                              ("built-nows", re.sub(r"\s+", "", built)), ("source", src), ("source-text", raw),
                              ("source-collapsed", re.sub(r"\s+", " ", raw)), ("source-nows", re.sub(r"\s+", "", raw))):
            for hit in threshold_hits(text):
                problems.append((name, variant, hit))
        n = length(built, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        ok = lo <= n <= hi
        if not ok:
            problems.append((name, "length", n))
        share = tco_share(k, label["expected_terms"], label["expected_extra"]) if k in FEE_BASE else None
        print("%-56s %s %5d %s risk=%-6s tco=%s %s" % (name, lang, n, "ok" if ok else "OUT OF RANGE",
              risk(set(label["expected_rules"])), "-" if share is None else "%.2f" % share,
              ",".join(r[3:] for r in label["expected_rules"]) or "(none)"))
    assert covered == ALL_RULES, sorted(ALL_RULES - covered)
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all 20 rules covered; no threshold figure; lengths in range")
