"""holdout181: ten ordinary draft contracts (5 Chinese, 5 English), written by hand before any run.

The .md and .txt contracts are written as they stand below; the two .docx and the two .pdf are built from the
small markup of ../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row), PDFs broken at word
boundaries (wrap_words=True). Run with /work/main/.venv/bin/python make_files.py.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- h181z01 (.docx, 第X条 + 1.1, buyer's paper)
H181Z01 = """
T:澄江市寄递安全监管平台建设项目政府采购合同
P:合同编号：CJYZ-2026-ZC-017
P:采购人（甲方）：澄江市邮政管理局
P:地址：澄江市文华路18号
P:供应商（乙方）：云岭数联信息技术有限公司
P:地址：昆明市高新区科医路41号
P:采购方式：公开招标（招标编号：CJZC2026-G-0342）
P:根据《中华人民共和国政府采购法》及其实施条例、《中华人民共和国民法典》，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，签订本合同。招标文件、投标文件、中标通知书为本合同的组成部分；上述文件与本合同条款不一致的，以本合同条款为准。
H:第一条 项目内容
P:1.1 乙方负责建设澄江市寄递安全监管平台（以下简称"平台"），包括实名收寄监管、安检机联网监测、寄递网点视频汇聚、寄递企业数据对接、风险预警研判和移动执法应用六个子系统，并完成软硬件供货、安装调试、系统集成、定制开发、数据对接、人员培训以及质保期内的维护服务。
P:1.2 平台部署于澄江市政务云。乙方提供的服务器、存储及安全设备安装于政务云机房内甲方租用的机柜；安检机联网终端安装于全市120个寄递网点，由乙方负责与各网点现有安检机连接。
P:1.3 具体技术要求以招标文件第三章《采购需求》及乙方投标文件的技术响应为准，乙方的响应优于采购需求的，按响应内容执行。
H:第二条 合同价款
P:2.1 合同总价为人民币贰佰柒拾叁万元整（¥2,730,000.00），包括全部软硬件、定制开发、系统集成、运输、安装、培训、税费以及质保期内服务费用。本合同为固定总价合同，除甲方书面变更需求外不作调整。
P:2.2 分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|应用服务器|6台|68,500|411,000
TB:2|分布式存储|1套|326,000|326,000
TB:3|安检机联网终端|120套|3,850|462,000
TB:4|网络安全设备（防火墙、入侵防御、日志审计）|1批|248,000|248,000
TB:5|监管平台基础软件许可（永久）|1套|386,000|386,000
TB:—|软硬件小计|—|—|1,833,000
TB:6|定制开发（六个子系统业务功能、企业数据接口、移动执法应用）|1项|694,000|694,000
TB:7|系统集成与安装调试|1项|158,000|158,000
TB:8|等保测评配合及培训|1项|45,000|45,000
TB:—|合计|—|—|2,730,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额预付款银行保函后十五个工作日内，甲方支付合同总价的20%作为预付款，即人民币546,000元。
P:3.2 平台初验合格后十五个工作日内，甲方支付合同总价的45%，即人民币1,228,500元。
P:3.3 试运行期满且终验合格后十五个工作日内，甲方支付合同总价的35%，即人民币955,500元。
P:3.4 乙方每次收款前应向甲方开具等额的增值税发票。甲方通过国库集中支付方式付款。乙方应于合同签订后五个工作日内提交合同总价5%的履约保函，有效期至质保期届满。
H:第四条 实施进度
P:4.1 乙方应于合同签订后30日内完成全部设备到货，90日内完成安装调试、数据对接并具备上线条件。平台上线后，乙方书面申请初验；初验合格之日起进入三个月的试运行期。
P:4.2 设备到货时双方进行开箱清点并签署到货签收单。到货签收仅确认设备的品牌、型号、数量和外观，不代表质量验收。
H:第五条 验收
P:5.1 初验标准：（1）设备品牌、型号、配置和数量与投标文件一致；（2）六个子系统按功能清单逐项测试通过；（3）与不少于8家主要寄递企业的数据接口连续7日传输完整、无丢失；（4）120个网点安检机全部联网在线，视频画面可实时调阅；（5）500个并发用户下主要页面响应时间不超过3秒；（6）经第三方安全测评，无高风险问题。
P:5.2 终验标准：试运行期内未发生一级故障；初验遗留问题全部整改完毕；技术文档、源代码、数据库设计说明及操作手册完整移交；平台通过网络安全等级保护第三级测评。
P:5.3 甲方可邀请专家或第三方机构参与验收，费用由甲方承担。平台上线、甲方使用或支付任何款项均不视为验收合格，验收以双方签署的书面验收报告为准。验收不合格的，乙方应在15日内整改并申请复验。
H:第六条 质量保证与维保
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软硬件故障维修、备件更换、软件缺陷修复、安全补丁及版本升级，并每季度进行一次巡检，出具巡检报告。
P:6.2 质保期满后，如甲方需要，乙方应继续提供维保服务。年度维保费不超过软硬件小计的8%，即每年不超过人民币146,640元，该上限在质保期满后三年内保持不变。维保服务另行签订合同，不自动续期。
H:第七条 服务水平
P:7.1 平台月可用率不低于99.95%。计划内维护应提前三个工作日经甲方书面同意，并在夜间进行。
P:7.2 故障分级及处理时限：一级故障（平台整体不可用或任一核心子系统中断）30分钟内响应，2小时内到达现场，6小时内恢复；二级故障（部分功能异常）1小时内响应，24小时内解决；三级故障（一般问题或咨询）2个工作日内解决。
P:7.3 乙方未达到上述响应、到场或恢复时限的，每超过1小时向甲方支付人民币1,000元；月可用率每低于约定值0.01个百分点，乙方向甲方支付人民币2,000元。上述款项可从履约保函或应付款项中扣除。
H:第八条 数据安全
P:8.1 平台采集、产生和存储的全部数据，包括寄递企业数据、实名收寄信息、视频图像及日志，均属于甲方所有。乙方仅可为履行本合同使用上述数据，不得复制、留存、向第三方提供或用于任何其他目的。
P:8.2 乙方应按网络安全等级保护第三级要求落实安全措施：个人信息加密存储，访问权限最小化，运维操作一律通过甲方堡垒机进行并留存审计日志，远程运维须逐次经甲方批准。乙方人员应签署保密及数据安全承诺书。
P:8.3 发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并立即采取处置措施；因乙方原因造成安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的全部损失。
H:第九条 保密
P:9.1 乙方对履约过程中知悉的甲方工作秘密、寄递企业的商业信息以及个人信息负有保密义务，未经甲方书面同意不得向任何第三方披露或用于本合同以外的目的。保密义务不因合同终止而解除。
H:第十条 知识产权
P:10.1 乙方为本项目定制开发的软件、接口程序、源代码、数据库设计及技术文档，其知识产权归甲方所有，甲方可自行或委托第三方修改、使用和再开发。
P:10.2 监管平台基础软件的知识产权仍归乙方或其权利人所有，乙方授予甲方永久、不可撤销的使用许可。
H:第十一条 分包
P:11.1 乙方不得转包本合同。除投标文件已载明的网点布线辅助工作外，乙方不得分包；上述辅助工作的实施单位亦须事先经甲方书面同意，乙方对其工作承担全部责任。
H:第十二条 违约责任
P:12.1 乙方逾期交货或逾期具备上线条件的，每逾期一日按合同总价的万分之八向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:12.2 乙方交付的设备或软件不符合合同约定的，应在甲方规定的期限内更换或整改，并承担由此产生的全部费用。
P:12.3 甲方无正当理由逾期付款的，按逾期金额和中国人民银行授权公布的同期贷款市场报价利率向乙方支付利息。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，并要求乙方退还已付款项、支付违约金及赔偿损失。
P:13.2 因不可抗力致使合同目的不能实现的，任何一方均可解除本合同。
H:第十四条 法律适用与争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的或与本合同有关的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同自双方法定代表人或授权代表签字并加盖公章之日起生效，一式六份，甲方执四份，乙方执二份，具有同等法律效力。
P:甲方（盖章）：澄江市邮政管理局　　　　乙方（盖章）：云岭数联信息技术有限公司
P:授权代表：　　　　　　　　　　　　　　授权代表：
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------- h181z02 (.txt, 一、/（一）/1.)
H181Z02 = """
光学畸变在线检测线采购及维保合同

合同编号：BCBL-SB-2026-0418
甲方（买方）：北辰汽车玻璃（长春）有限公司
地址：长春市绿园区西新工业园区锦程大街266号
乙方（卖方）：睿视光电检测技术（苏州）有限公司
地址：苏州工业园区星湖街328号

甲方因前挡风玻璃产线质量检测升级需要，向乙方采购光学畸变在线检测线。双方根据《中华人民共和国民法典》，经友好协商，订立本合同，共同遵守。

一、合同标的
（一）乙方向甲方供应两条前挡风玻璃光学畸变在线检测线（以下简称"检测线"），安装于甲方长春工厂夹层玻璃二车间L3、L4两条产线，并负责安装调试、与甲方MES系统对接、人员培训及质保期内服务。
（二）检测线依据GB 9656及ECE R43的规定，对前挡风玻璃主视区、次视区进行光学畸变和副像偏离检测，具体技术参数见附件一《技术协议》。附件一与本合同正文具有同等效力。
（三）质保期满后，乙方按本合同第六条的约定向甲方提供维保服务。

二、合同价格
（一）合同总价为人民币贰佰陆拾肆万元整（¥2,640,000），含13%增值税及运输、保险、安装、调试、培训等全部费用。
（二）分项价格如下：
1. 光学畸变检测主机（含线阵相机、远心镜头、条纹投影屏）2套，单价785,000元，小计1,570,000元；
2. 玻璃输送定位机构2套，单价236,000元，小计472,000元；
3. 工控机及检测数据服务器1批，118,000元；
4. 畸变检测分析软件永久许可（两个检测站点）260,000元；
以上第1至4项为设备及软件小计，共计2,420,000元；
5. 安装调试及MES对接186,000元；
6. 操作及维护培训34,000元。

三、付款方式
（一）合同生效后10个工作日内，甲方支付合同总价的20%作为预付款，即528,000元。
（二）全部设备运抵甲方工厂并经甲方签收后，甲方支付合同总价的50%，即1,320,000元。到货签收仅为数量和外观确认，不视为验收。
（三）终验合格后15个工作日内，甲方支付合同总价的25%，即660,000元。
（四）其余5%即132,000元作为质量保证金，质保期满且无未决质量问题后15个工作日内支付。
（五）乙方每次收款前应开具等额增值税专用发票。

四、交货与安装
（一）乙方应于合同生效后75日内将全部设备运至甲方长春工厂，到货后30日内完成安装调试。
（二）安装须在甲方安排的停线窗口内进行，每条产线停线时间不超过5日。
（三）乙方进厂人员须遵守甲方安全生产及EHS管理规定，特种作业人员须持证上岗。

五、验收
（一）预验收：安装调试完成后，乙方提交自检报告，双方按附件一逐项进行预验收。
（二）终验：预验收通过后连续试生产30日，并同时满足下列标准的，双方签署终验报告：
1. 同一标准样片重复测量25次，主视区畸变值的标准差不大于0.02弧分；
2. 与甲方离线检测台对比，200片样品的测量偏差均在±0.06弧分以内；
3. 检测节拍不大于每片18秒；
4. 误判率不大于0.3%，已知缺陷样片的漏检数为零；
5. 检测结果逐片上传甲方MES，试生产期间无漏传记录；
6. 试生产期间未发生因检测线原因造成的停线。
（三）未通过终验的，乙方应在15日内整改并申请复验；复验仍不合格的，甲方有权退货并解除合同。设备安装、投入试生产或甲方付款，均不视为验收合格。

六、质保与维保
（一）质保期为十八个月，自终验合格之日起计算。质保期内乙方免费提供维修、零部件更换、软件缺陷修复及软件升级，条纹投影屏光源等易损件亦在免费更换范围内。
（二）质保期满后，乙方提供全保维保服务（含备件、年度标定、软件升级及季度巡检）。年度维保费为设备及软件小计的25%，即每年605,000元，自质保期满之日起五年内保持不变。
（三）维保服务按年度由甲方下达订单，不自动续期；甲方不下达订单的，乙方仍应按合理价格向甲方供应备件，供应期不少于设备停产后八年。

七、服务水平
（一）故障分级：一级故障指检测线停机导致产线停线或无法出具检测结果；二级故障指部分功能失效但可降级运行；三级故障指其他一般问题。
（二）一级故障：乙方在1小时内电话响应，8小时内由长春服务站工程师到达现场，24小时内恢复运行；二级故障：2小时内响应，48小时内修复；三级故障：5个工作日内处理完毕。
（三）乙方未按时到场或未按时恢复的，每超过1小时向甲方支付800元；因一级故障导致甲方停线的，乙方另按停线每小时2,000元向甲方赔偿。

八、数据与网络安全
（一）检测线产生的图像、检测数据、工艺参数及日志均属于甲方所有。乙方仅可为履行本合同使用，不得复制、带离甲方工厂或向任何第三方提供。
（二）检测线接入甲方工控网络，乙方应配合实施网络隔离。远程诊断须经甲方逐次书面批准，并通过甲方指定的VPN进行，全程留存日志。乙方交付的软件须经病毒查杀，不得含有后门、远程锁定或未声明的数据外传功能。
（三）因乙方原因导致数据泄露、病毒感染或生产系统被入侵等安全事件的，乙方应在2小时内通知甲方，全力配合处置，并赔偿甲方由此遭受的全部损失。

九、保密
乙方对履约过程中知悉的甲方工艺参数、产品图纸、整车厂客户信息及生产数据负有保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。本条义务在合同终止后五年内继续有效。

十、知识产权
（一）检测分析软件的知识产权归乙方所有，甲方享有永久、不可撤销的使用许可。
（二）乙方为甲方定制的MES接口程序、检测配方及判定规则参数归甲方所有，甲方可自行修改或交由第三方使用。
（三）乙方保证检测线及软件不侵犯第三方知识产权，否则由乙方承担全部责任。

十一、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日按合同总价的万分之三向甲方支付违约金，违约金总额不超过合同总价的5%。
（二）设备质量或性能不符合约定的，乙方应负责更换或整改，并承担由此产生的全部费用。
（三）甲方逾期付款的，应按逾期金额和同期贷款市场报价利率支付利息。

十二、分包
乙方可将现场机械吊装工作委托具备相应资质的单位完成，但须事先取得甲方书面同意；其余工作不得分包。乙方对分包单位的行为承担全部责任。

十三、合同解除
乙方严重违约，且在收到甲方书面通知后15日内未予纠正的，甲方有权解除本合同，并要求乙方返还已付款项、赔偿损失。

十四、法律适用与争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，提交长春仲裁委员会仲裁。

十五、其他
本合同一式四份，双方各执两份，自双方签字盖章之日起生效。附件一《技术协议》、附件二《设备清单》为本合同组成部分。

甲方（盖章）：北辰汽车玻璃（长春）有限公司        乙方（盖章）：睿视光电检测技术（苏州）有限公司
授权代表：                                          授权代表：
日期：2026年4月  日
"""

# ---------------------------------------------------------------- h181z03 (.md, Markdown headings + 1.1)
H181Z03 = """
# 约练云会员约课管理系统 SaaS 服务合同

合同编号：YW-IT-2026-006

- **甲方（客户）**：上海一苇瑜伽健身管理有限公司，地址：上海市徐汇区漕溪北路398号
- **乙方（服务商）**：杭州约练云科技有限公司，地址：杭州市余杭区文一西路1218号

甲方经营连锁瑜伽馆，需要一套统一的会员管理与约课系统。乙方为SaaS服务提供商。双方经协商一致，就乙方向甲方提供会员约课管理系统订阅服务及实施服务事宜，订立本合同。

## 1. 服务内容

1.1 乙方向甲方提供"约练云"会员约课管理系统的订阅服务（以下简称"本服务"），功能包括会员管理、团课及私教约课、排课、会员卡与储值、签到核销、教练课时与绩效、微信小程序及经营数据报表，覆盖甲方46家门店及总部。

1.2 乙方同时提供实施服务：历史会员数据迁移（约8.6万名会员及其卡项、剩余课时）、小程序品牌定制、与甲方微信支付商户号及财务系统的对接，以及门店店长、前台和教练的培训。

1.3 本服务的订阅期为三年，自上线验收合格之日起计算。

## 2. 费用

| 项目 | 计费方式 | 金额（元） |
|---|---|---|
| 订阅费 | 168,000元/年 × 3年（46家门店及总部，不限会员数） | 504,000 |
| 实施费 | 一次性（数据迁移、小程序定制、支付及财务对接、培训） | 86,000 |
| 合计 | | 590,000 |

2.1 上述费用含6%增值税。订阅期内订阅费单价固定不变。

2.2 甲方在订阅期内新开门店的，按每店每年3,200元另行签订订单，不影响本合同价款。

## 3. 付款

3.1 实施费在上线验收合格后15个工作日内一次性支付。

3.2 订阅费按季度结算，每季度结束后15个工作日内支付当季费用42,000元。本合同不设预付款。

3.3 乙方应在每次付款前开具合法有效的增值税发票。

## 4. 实施与上线验收

4.1 乙方应于合同签订后45日内完成实施并书面申请上线验收。甲方应及时提供历史数据和门店信息。

4.2 验收标准：

1. 会员、卡项及剩余课时迁移后逐条核对一致，甲方抽查差错为零；
2. 46家门店全部开通，并各完成至少一次真实约课和签到；
3. 微信支付与财务系统连续7日对账一致；
4. 模拟2,000名会员同时约课时，约课提交的响应时间不超过2秒。

4.3 乙方应指派一名实施经理负责本项目，制定实施计划，并在门店上线当周安排专人远程值守。

4.4 上线验收以甲方签署的书面验收单为准。开通账号或甲方门店开始使用系统，均不视为验收合格。

4.5 因乙方原因未能按期完成上线验收的，每逾期一日乙方向甲方支付违约金500元。

## 5. 服务水平

5.1 本服务的月可用率不低于99.5%。计划内维护须安排在凌晨1:00至5:00之间，并提前48小时通知甲方。

5.2 故障响应：一级故障（约课、签到或支付功能不可用）15分钟内响应，2小时内恢复；二级故障（部分功能异常）1小时内响应，次一工作日内解决；三级故障（咨询或一般问题）3个工作日内答复。

5.3 服务赔偿：月可用率低于约定值的，每低0.1个百分点，减免当月订阅费的5%，最多减免当月订阅费的50%；一级故障恢复超时的，每超时1小时减免当月订阅费的2%。减免金额在次季度付款时抵扣。

## 6. 数据

6.1 甲方的会员信息、约课记录和交易数据（"甲方数据"）归甲方所有。

6.2 甲方同意，乙方可将甲方数据去标识化并汇总后，用于改进产品、训练排课推荐模型及发布瑜伽健身行业研究报告；该等汇总数据的权利归乙方，本合同终止后乙方仍可继续使用。

6.3 乙方应保障甲方数据安全：系统通过网络安全等级保护第三级测评，数据存储于中国境内，传输与存储全程加密，访问权限最小化，后台操作日志保存不少于六个月。发生数据泄露等安全事件的，乙方应在24小时内通知甲方并采取补救措施；因乙方原因造成的，乙方承担赔偿责任。

6.4 本合同终止后30日内，乙方应以通用格式向甲方交还全部甲方数据，并在甲方确认后删除，出具删除证明。

## 7. 知识产权

7.1 约练云平台及其后续版本的知识产权归乙方所有。

7.2 乙方为甲方定制的小程序页面设计、品牌素材及对接接口程序归甲方所有，甲方可自由使用、修改或交由第三方继续开发。

## 8. 双方的其他义务

8.1 乙方应为甲方指定一名客户成功经理，每季度与甲方总部召开一次服务回顾会，提交可用率、故障及工单统计报告。

8.2 乙方对平台的版本升级应提前7日通知甲方；升级不得减少本合同约定的功能，涉及门店操作流程变化的，乙方应免费提供线上培训。

8.3 甲方负责其门店网络、收银设备及会员告知事项，按照个人信息保护法的要求向会员告知并取得必要同意；乙方应提供相应的隐私政策模板和技术支持。

8.4 甲方新开门店的开通、店员账号的增减，由甲方管理员在后台自行操作，乙方提供操作指导。

## 9. 保密

双方对在合作中获知的对方商业秘密、会员信息及本合同内容负有保密义务，未经对方书面同意不得向第三方披露。本条在合同终止后三年内继续有效。

## 10. 责任限制

乙方在本合同项下的累计赔偿责任以本合同总金额的两倍为限，但因数据泄露或侵犯知识产权造成的损失不受此限。

## 11. 分包

乙方不得将本服务的主要部分分包给第三方。本服务使用阿里云华东2（上海）地域的云基础设施；乙方更换云服务商或将任何工作分包的，须事先取得甲方书面同意。

## 12. 续期

12.1 订阅期届满前60日，任何一方未书面提出不续约的，本合同自动续期一年，续期次数不限。

12.2 续期时，乙方有权根据其届时价格体系调整订阅费，但调整幅度不超过上一年订阅费的10%；乙方应在续期前60日书面通知甲方调整后的价格。

## 13. 合同解除

13.1 任何一方严重违约，且在收到对方书面通知后15日内未纠正的，守约方有权解除本合同。

13.2 甲方依本条解除合同的，乙方应退还已收取但尚未提供服务部分的费用，并按第6.4条交还数据。

## 14. 不可抗力

因地震、洪水、疫情、政府行为等不可抗力导致一方不能履行本合同的，该方应及时通知对方，并在合理期限内提供证明；受影响期间的订阅费相应减免。

## 15. 法律适用与争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交杭州仲裁委员会仲裁。

## 16. 其他

本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：上海一苇瑜伽健身管理有限公司　　乙方（盖章）：杭州约练云科技有限公司

日期：2026年5月　日
"""

# ---------------------------------------------------------------- h181z04 (.pdf, 第X章 / 第X条 / （一）)
H181Z04 = """
T:南湖区信访信息系统2026年度运维服务合同
P:项目编号：NHCG-2026-DY-005（政府采购 单一来源采购）
P:采购人（甲方）：南湖区信访局
P:地址：南湖区政和路9号区行政中心B座
P:供应商（乙方）：明政软件股份有限公司
P:地址：省城高新技术产业开发区创业路77号
P:鉴于南湖区信访信息系统由乙方于2022年开发建设，系统源代码、数据结构及与省信访信息系统的接口由乙方设计实现，本项目经单一来源采购公示期满无异议并经财政部门批准，甲方确定乙方为本年度运维服务供应商。双方根据《中华人民共和国政府采购法》《中华人民共和国民法典》及单一来源采购协商记录，签订本合同。
H:第一章 服务内容
P:第一条 服务范围。乙方负责南湖区信访信息系统（含网上信访、来信来访登记、事项交办督办、视频接访、领导信箱、统计分析及与省信访信息系统的对接）的日常运行维护，包括：（一）系统监控与故障处理；（二）每月一次的系统巡检及巡检报告；（三）操作系统、数据库和中间件的安全加固与补丁更新；（四）数据备份及每半年一次的恢复演练；（五）根据甲方业务需要进行的适应性修改，全年不超过60人天；（六）用户技术支持与培训。
P:第二条 服务期。自2026年1月1日起至2026年12月31日止。
P:第三条 服务方式。乙方派驻2名运维工程师在甲方现场工作，工作日8:30至17:30驻场；重大节日、重要会议及敏感时期，按甲方通知安排现场值守。驻场人员须具有两年以上同类系统运维经验并经甲方审核同意，乙方更换驻场人员须提前10日书面告知并经甲方同意，且须完成工作交接。驻场人员应遵守甲方的考勤、保密和信访工作纪律，不得接触与运维工作无关的信访材料，不得接待来访群众或对外发表与信访工作有关的言论。
H:第二章 服务费用及支付
P:第四条 本合同年度服务费为人民币肆拾捌万陆仟元整（¥486,000），为固定总价，服务期内不作调整，其中：驻场运维服务216,000元，远程技术支持及故障处理96,000元，系统巡检与安全加固78,000元，适应性修改72,000元，数据备份与恢复演练24,000元。上述费用包含乙方履行本合同的全部成本和税费。
P:第五条 服务费按季度支付。每季度结束后，甲方对乙方服务进行季度考核，并在考核完成后15个工作日内支付当季服务费121,500元。本合同不设预付款。乙方应于每次付款前开具等额发票。
H:第三章 服务水平与考核
P:第六条 服务期内系统年可用率不低于99.95%，计划内停机须提前3个工作日报甲方批准。
P:第七条 故障分级与响应时限：（一）一级故障，指系统整体不可用、与省信访信息系统对接中断或数据异常，乙方须在30分钟内响应，2小时内恢复；（二）二级故障，指部分功能不可用，乙方须在2小时内响应，1个工作日内解决；（三）三级故障，指一般性问题或咨询，乙方须在3个工作日内处理完毕。
P:第八条 乙方未达到第六条、第七条要求的，应在3个工作日内向甲方提交书面情况说明和整改报告，并按期完成整改。当季服务费不因此扣减。
P:第九条 季度考核内容包括巡检报告完成情况、故障处理记录、安全加固记录和用户满意度，考核发现的问题由乙方限期整改。乙方应每月5日前提交上月运维月报，内容包括系统运行情况、故障清单及处理过程、容量与性能分析、安全事件及隐患、下月工作计划。
P:第十条 年度验收。服务期满前15日，甲方按以下标准组织年度验收：（一）每月巡检报告齐全；（二）年度安全加固任务全部完成，复测无高风险漏洞；（三）两次数据恢复演练均在约定时间内恢复成功；（四）适应性修改任务全部完成并经甲方测试通过；（五）运维文档、配置清单和源代码更新后完整移交甲方。验收结果以双方签署的书面验收报告为准。
H:第四章 数据安全与保密
P:第十一条 系统中的全部信访件、来访人个人信息、办理记录及日志均属于甲方所有。乙方仅可为履行本合同访问和处理上述数据，不得复制、导出、留存或用于任何其他目的。
P:第十二条 乙方运维人员须签署保密承诺书；运维操作一律在政务外网环境下通过甲方堡垒机进行，全程录像并留存审计日志；严禁使用个人存储设备或将数据带离甲方机房。乙方对系统的任何变更须填写变更申请单，经甲方批准后在非办公时间实施，并事先完成数据备份和回退方案。发生数据泄露、篡改、丢失等安全事件的，乙方应在1小时内报告甲方并配合处置；因乙方原因造成的，乙方承担全部法律责任并赔偿甲方全部损失。
P:第十三条 乙方对在服务过程中知悉的信访事项、来访人信息及甲方工作秘密负有保密义务，该义务不因合同终止而解除。
H:第五章 知识产权
P:第十四条 信访信息系统定制部分的知识产权按原建设合同的约定归甲方所有，乙方在本合同项下不得以任何方式限制甲方对系统的使用或另行委托他人维护。本年度适应性修改形成的源代码、程序和文档归甲方所有，乙方应在年度验收时完整移交，甲方可自行或委托他人修改和使用。
H:第六章 分包
P:第十五条 乙方可将机房巡检辅助工作及备份介质异地存放等工作委托第三方服务机构完成，但应提前5个工作日书面告知甲方，并对第三方的行为承担责任。
H:第七章 违约责任与合同解除
P:第十六条 乙方未按期完成适应性修改任务、月度巡检报告或恢复演练的，每逾期一日按年度服务费的千分之一向甲方支付违约金。
P:第十七条 因乙方原因造成数据泄露或信访事项处理延误并造成不良影响的，乙方除承担第十二条的责任外，甲方有权解除合同。
P:第十八条 乙方严重违约，经甲方书面催告后10日内仍未改正的，甲方有权解除本合同，按实际服务期结算费用，并要求乙方赔偿损失。
H:第八章 其他
P:第十九条 本合同服务期满即终止，不自动续期。下一年度运维服务由甲方按照政府采购程序另行确定，乙方应配合做好交接。
P:第二十条 本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
P:第二十一条 因自然灾害、疫情、政府行为等不可抗力导致本合同不能履行的，受影响方应及时书面通知对方，并在合理期限内提供证明，双方协商调整服务安排。
P:第二十二条 乙方及其人员不得向甲方工作人员提供任何形式的财物或不正当利益；违反本条的，甲方有权解除合同并依法处理。
P:第二十三条 服务期满或合同解除时，乙方应在15日内向甲方或甲方指定的后续服务单位移交全部运维文档、账号口令、配置清单和源代码，并配合完成不少于10个工作日的交接。
P:第二十四条 本合同一式四份，甲方执三份，乙方执一份，自双方签字盖章之日起生效。
P:甲方（盖章）：南湖区信访局　　　　乙方（盖章）：明政软件股份有限公司
P:签订日期：2025年12月　日
"""

# ---------------------------------------------------------------- h181z05 (.md, supplier's template, 第N条 + N.N)
H181Z05 = """
# 食品质量追溯系统软件许可及开发合同

**溯源通标准合同文本 V4.0**（本文本由乙方提供）

合同编号：STT-2026-FJ-0093

甲方（用户）：福州海鲜坊食品有限公司
住所：福州市连江县经济开发区东湖路16号

乙方（供方）：厦门溯源通信息技术有限公司
住所：厦门市思明区软件园二期望海路55号

甲方主营鱼丸、虾滑等速冻鱼糜制品，拟建设覆盖原料、生产、冷链和销售的食品质量追溯系统。乙方为溯源通食品追溯系统的开发商。双方经协商，就甲方购买溯源通软件许可并由乙方进行定制开发事宜，签订本合同。

## 第1条 定义

1.1 "标准软件"：指乙方开发的溯源通食品追溯系统V4及其配套数据库、移动端程序。

1.2 "定制开发"：指乙方根据甲方需求开发的功能，包括鱼浆原料批次、擂溃成型、速冻、包装赋码的全流程追溯，冷库及冷藏车温度数据对接，以及经销商和消费者扫码查询页面。

1.3 "上线"：指系统部署至甲方服务器，甲方用户可以登录使用。

1.4 "追溯码"：指系统为每一包装单元生成的唯一编码，用于关联原料批次、生产班次、质检结果、冷链温度记录和发货信息。

1.5 "用户"：指甲方在系统中开设的可同时登录的操作账号。

## 第2条 合同价款

| 序号 | 内容 | 金额（元） |
|---|---|---|
| 1 | 标准软件许可（3个车间、20个用户，永久） | 320,000 |
| 2 | 定制开发 | 268,000 |
| 3 | 部署实施（含喷码机、扫码枪及电子秤对接） | 52,000 |
| 4 | 培训 | 10,000 |
| | 合计 | 650,000 |

2.1 上述价款含税。服务器、喷码机、扫码枪、电子秤及网络设备由甲方自行采购，不在本合同范围内。

2.2 甲方增加车间或用户数的，按乙方届时的标准报价另行购买许可。

2.3 乙方的差旅费用已包含在部署实施费中；上线后甲方要求乙方人员到现场服务的，差旅费用由甲方承担。

## 第3条 付款

3.1 合同签订后5个工作日内，甲方支付合同总价的55%，即357,500元，作为预付款。

3.2 系统上线后5个工作日内，甲方支付剩余的45%，即292,500元。

3.3 甲方逾期付款的，每逾期一日按未付金额的千分之一向乙方支付违约金，且乙方有权暂停服务。

## 第4条 交付与上线

4.1 乙方在收到预付款后60日内完成部署并上线。因甲方需求变更、现场条件不具备或配合不及时造成延误的，交付期相应顺延。

4.2 甲方应按乙方要求提供服务器、操作系统、数据库、网络环境及喷码机、扫码枪、电子秤等设备的接口资料，并指定项目联系人。甲方未能按期提供的，乙方有权暂停实施。

4.3 本合同签订后甲方提出的需求变更，由乙方评估工作量，按每人天2,800元另行收费，交付期相应顺延。

4.4 因乙方原因逾期上线的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

## 第5条 验收

5.1 系统上线即视为甲方验收合格。甲方在上线后使用系统的，视为对系统全部功能的确认。

5.2 甲方对系统功能有异议的，应在上线后3日内以书面形式提出，逾期视为无异议。

## 第6条 免费维护

6.1 乙方自系统上线之日起提供六个月的免费维护，内容包括缺陷修复和远程技术支持。

6.2 紧急故障（系统无法登录或无法赋码）由乙方在接到甲方通知后24小时内响应，并在工作日内远程处理；一般问题在3个工作日内响应。

6.3 乙方将尽力在合理期限内排除故障，但不对故障排除时间作出承诺，亦不因系统停用承担任何扣款、赔偿或违约责任。

6.4 乙方在上线前为甲方提供一次集中培训（2天，不超过20人），培训内容包括系统操作、赋码规则维护和追溯查询。额外培训按乙方标准另行收费。

6.5 因甲方自行修改系统配置、操作不当、服务器或网络故障、病毒侵入或第三方设备原因导致的问题，不属于免费维护范围。

## 第7条 后续维护

7.1 免费维护期满后，甲方如需继续获得维护服务，应与乙方另行签订年度维护协议，维护费按乙方当年公布的价格标准执行。

7.2 甲方未签订维护协议的，乙方不再提供缺陷修复和升级服务。

## 第8条 知识产权

8.1 标准软件及定制开发成果（包括源代码、数据库结构、追溯码编码规则、接口程序及相关文档）的全部知识产权归乙方所有。

8.2 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得对软件进行反向工程、修改，或提供给第三方使用。

## 第9条 数据

9.1 甲方录入系统的生产、质检及销售数据归甲方所有。

9.2 乙方有权对系统中的数据进行脱敏处理后，用于产品改进、行业质量分析及为其他客户提供对标服务。

9.3 系统部署在甲方服务器上，甲方负责服务器的日常管理和数据备份。

9.4 乙方在部署和远程维护中应采取必要的安全措施，包括账号权限管理、传输加密及操作日志审计。因乙方原因导致甲方数据泄露的，乙方应在48小时内通知甲方，并依本合同第11条承担赔偿责任。

## 第10条 保密

双方对本合同内容及在履约中获知的对方技术信息、经营信息负有保密义务，未经对方书面同意，不得向第三方披露，但依法律规定或政府部门要求披露的除外。保密期限为合同终止后两年。甲方不得向第三方披露乙方的软件操作界面、技术文档和报价。

## 第11条 违约责任与责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任（含违约金）不超过合同总价的20%。乙方不承担任何间接损失、利润损失、商誉损失或数据丢失的责任。

## 第12条 合同解除

12.1 一方严重违约，经另一方书面催告后30日内仍未纠正的，守约方有权解除本合同。

12.2 合同解除的，乙方已完成工作对应的款项不予退还。

## 第13条 不可抗力

因地震、台风、洪水、疫情、政府行为、网络运营商故障等不可抗力或乙方无法合理控制的原因导致本合同不能履行或延迟履行的，乙方不承担责任，交付期相应顺延。

## 第14条 通知

本合同项下的通知以书面形式送达本合同首部所列地址，或发送至双方指定的电子邮箱，发出后第三日视为送达。

## 第15条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应协商解决；协商不成的，任何一方可向乙方住所地人民法院提起诉讼。

## 第16条 其他

16.1 本合同一式两份，双方各执一份，自双方盖章之日起生效。

16.2 本合同未尽事宜，由双方另行协商确定。

甲方（盖章）：福州海鲜坊食品有限公司　　乙方（盖章）：厦门溯源通信息技术有限公司

日期：2026年6月　日
"""

# ---------------------------------------------------------------- h181e01 (.pdf, Irish house style, Clause N / N.N)
H181E01 = """
T:SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT
P:THIS AGREEMENT is dated the ___ day of March 2026
H:BETWEEN
P:(1) TINTMARK COLOUR SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (registered number 614207), whose registered office is at The Boathouse, Rabbit Island, Myross, Union Hall, Co. Cork, Ireland (the "Licensor"); and
P:(2) SHAOXING KEQIAO HENGRUN DYEING AND FINISHING CO., LTD., a company established under the laws of the People's Republic of China, whose registered address is at No. 88 Haitao Road, Binhai Industrial Zone, Keqiao District, Shaoxing, Zhejiang Province, China (the "Customer").
H:BACKGROUND
P:(A) The Licensor develops TintMatch, a colour formulation and quality-control software for textile dye-houses.
P:(B) The Customer operates a dyeing plant in Keqiao and wishes to license TintMatch and have it configured for its dyes, substrates and equipment.
P:(C) At the Customer's request, all charges under this Agreement are stated and payable in Chinese Renminbi (CNY).
P:IT IS AGREED as follows:
H:Clause 1 Definitions and Interpretation
P:1.1 In this Agreement: "Contract Price" means the sum stated in Clause 3.1; "Customer Data" means all recipes, spectral measurements, colour standards and production data entered into or generated by the Software; "Customer Deliverables" means the Customer-specific recipe database, calibration data, interface scripts, report templates and documentation produced under this Agreement; "Final Acceptance" means the Customer's signature of the certificate under Clause 5.4; "Go-Live" means the first production use of the Software at all licensed stations; and "Software" means TintMatch version 9 in object code, with its documentation and updates.
H:Clause 2 Licence and Scope
P:2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software on three laboratory workstations and four production dispensing stations at the Customer's Keqiao plant, for the Customer's own business, and to make such copies as are reasonably necessary for backup and disaster recovery.
P:2.2 The Licensor shall configure the Software as set out in Schedule 1, including calibration of the Customer's dye library, loading of 2,400 existing recipes, connection to the automatic dispensing system and the ERP system, brand tolerances and staff training.
H:Clause 3 Charges and Payment
P:3.1 The Contract Price is CNY 1,280,000, consisting of the Licence Fee of CNY 860,000, the Configuration Fee of CNY 372,000 and the Training Fee of CNY 48,000. The Contract Price is fixed and includes all expenses of the Licensor; PRC VAT is invoiced by the Licensor's appointed PRC reseller.
P:3.2 The Contract Price shall be paid in three instalments: (a) 20% (CNY 256,000) within 30 days after signature of this Agreement, against an advance-payment guarantee for the same amount from a bank acceptable to the Customer; (b) 45% (CNY 576,000) within 30 days after Go-Live; and (c) 35% (CNY 448,000) within 30 days after Final Acceptance.
H:Clause 4 Delivery and Project Timetable
P:4.1 The Licensor shall deliver the Software and complete the configuration so that the system is ready for the Acceptance Tests within 120 days after signature of this Agreement, in accordance with the project plan in Schedule 2.
P:4.2 If, for reasons attributable to the Licensor, the system is not ready for the Acceptance Tests by the date in Clause 4.1, the Licensor shall pay the Customer liquidated damages of 0.08% of the Contract Price for each day of delay, up to a maximum of 8% of the Contract Price.
H:Clause 5 Acceptance
P:5.1 The Acceptance Tests are carried out jointly at the Customer's plant under Schedule 3.
P:5.2 The system passes the Acceptance Tests only if all of the following are met: (a) on a test set of 200 recipes chosen by the Customer, at least 170 first-shot laboratory dyeings fall within a colour difference of Delta E CMC (2:1) 0.8 of the standard; (b) repeat measurements of the Customer's reference tiles on each spectrophotometer agree within Delta E 0.08; (c) all 2,400 migrated recipes reconcile with the Customer's source records; (d) dispensing orders pass from the Software to the dispensing system and results return to ERP without manual re-entry for 10 consecutive production days; and (e) no Severity 1 or Severity 2 defect remains open.
P:5.3 Go-Live, use of the Software in production, or payment of any instalment shall not by itself constitute acceptance.
P:5.4 When the Acceptance Tests have been passed, the Customer shall sign a final acceptance certificate within 10 working days. If any test fails, the Licensor shall correct the defects and repeat the tests within 20 days.
H:Clause 6 Warranty
P:6.1 The Licensor warrants that for 24 months from Final Acceptance (the "Warranty Period") the Software and the Customer Deliverables will perform materially in accordance with the documentation and Schedule 1. During the Warranty Period the Licensor shall correct defects, provide all updates and new versions of the Software and provide the support in Clause 8, free of charge.
H:Clause 7 Support after the Warranty Period
P:7.1 After the Warranty Period, the Customer may order annual support, comprising the services in Clause 8, updates and new versions, for an Annual Support Fee equal to 11% of the Licence Fee, namely CNY 94,600 per year.
P:7.2 The Annual Support Fee is fixed for the first three support years. Any later change requires the written agreement of both parties and shall not exceed 3% per year.
P:7.3 Support is ordered by the Customer's purchase order for each support year and does not renew automatically.
H:Clause 8 Service Levels
P:8.1 The Licensor shall provide a support desk in Chinese and English, with on-site attendance by its Hangzhou engineer where remote support cannot resolve the issue.
P:8.2 Severity 1 means the Software is unavailable at any production dispensing station or produces wrong dispensing quantities: initial response within 1 hour, at any time; workaround within 8 hours; permanent fix within 5 days. Severity 2 means a material function is impaired without stopping production: response within 2 hours during business hours, fix within 3 business days. Severity 3 means any other issue: response within 1 business day.
P:8.3 For each hour by which the Licensor exceeds the Severity 1 response or workaround time, the Licensor shall credit the Customer CNY 1,000 against the next sum payable or, if none, pay that amount to the Customer.
H:Clause 9 Intellectual Property
P:9.1 All intellectual property rights in the Software remain with the Licensor or its licensors.
P:9.2 All intellectual property rights in the Customer Deliverables vest in the Customer on creation. The Licensor shall deliver them, including interface scripts in source form, and the Customer may use, modify and license them to any third party without restriction.
P:9.3 The Licensor shall indemnify the Customer against third-party infringement claims.
H:Clause 10 Customer Data and Security
P:10.1 Customer Data belongs to the Customer. The Licensor may access and process Customer Data only to perform this Agreement and on the Customer's instructions, and shall not copy, retain, analyse or use it for any other purpose, including product development or benchmarking.
P:10.2 The Software is installed on the Customer's own servers. The Licensor may access them remotely only through the Customer's VPN with multi-factor authentication, per session approved by the Customer, and all sessions shall be logged. No Customer Data may be taken off the Customer's site or stored outside the People's Republic of China.
P:10.3 The Licensor shall maintain appropriate technical and organisational security measures, comply with the PRC Data Security Law and Personal Information Protection Law, and notify the Customer within 24 hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data. The Licensor shall be responsible for, and shall indemnify the Customer against, all losses arising from any such incident caused by the Licensor or its personnel.
H:Clause 11 Confidentiality
P:11.1 Each party shall keep confidential all information of the other party disclosed under this Agreement, in particular the Customer's recipes and colour standards, and shall not disclose it to any third party without prior written consent, except as required by law. This obligation survives termination for five years.
H:Clause 12 Limitation of Liability
P:12.1 The total liability of the Licensor arising under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Contract Price.
P:12.2 The limit in Clause 12.1 does not apply to liability for death or personal injury, fraud, breach of Clause 10 or Clause 11, or the indemnity in Clause 9.3.
H:Clause 13 Subcontracting and Termination
P:13.1 The Licensor shall not subcontract any part of its obligations without the Customer's prior written consent, and remains responsible for any subcontractor so approved.
P:13.2 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice requiring it to do so. If the Customer so terminates before Final Acceptance, the Licensor shall refund all sums paid.
H:Clause 14 Force Majeure
P:14.1 Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other promptly.
H:Clause 15 Governing Law and Disputes
P:15.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.
P:15.2 Any dispute arising out of or in connection with this Agreement shall be finally resolved by arbitration under the UNCITRAL Arbitration Rules, administered in Dublin. The seat of arbitration is Dublin, Ireland, the tribunal shall consist of one arbitrator and the language of the arbitration is English.
H:Clause 16 General
P:16.1 This Agreement, with its Schedules, is the entire agreement between the parties on its subject matter. Any variation must be in writing and signed by both parties.
P:16.2 This Agreement may be executed in counterparts.
P:Schedule 1: Configuration scope. Schedule 2: Project plan. Schedule 3: Acceptance test protocol.
P:Signed for and on behalf of TINTMARK COLOUR SYSTEMS LIMITED: ____________________ Director
P:Signed for and on behalf of SHAOXING KEQIAO HENGRUN DYEING AND FINISHING CO., LTD.: ____________________ Authorised Representative
"""

# ---------------------------------------------------------------- h181e02 (.md, Order Form + General Terms, German style § N (1))
H181E02 = """
# Order Form No. KT-2026-0147 — Kirr Ticketing Cloud

**Provider:** Kirr Ticketing Systems GmbH, Kirr 1, 18374 Zingst, Germany, registered with the Local Court (Amtsgericht) Stralsund under HRB 21784, managing director: Dr. Henrike Albrecht ("Provider")

**Customer:** Guizhou Huangguoshu Waterfall Tourism Service Co., Ltd., No. 6 Pubu Road, Huangguoshu Town, Zhenning County, Anshun, Guizhou Province, People's Republic of China ("Customer")

This Order Form and the General Terms and Conditions for Kirr Ticketing Cloud printed below (together, the "Contract") govern the Customer's subscription. If they conflict, this Order Form prevails.

| Item | Description | Charge (CNY) |
|---|---|---|
| Subscription | Kirr Ticketing Cloud, "Destination" edition: online sales, timed-entry quotas, group bookings, 14 turnstile lanes, 3 scenic areas (Huangguoshu Main Falls, Doupotang, Tianxingqiao), shuttle-bus seat allocation; CNY 228,000 per contract year × 3 | 684,000 |
| Onboarding | Configuration, WeChat mini-programme in Customer branding, integration with two online travel agency channels and the turnstile controllers, staff training | 96,000 |
| **Total** | | **780,000** |

- **Initial Term:** 36 months from the Go-Live Date (§ 4 (4)).
- **Invoicing:** at the Customer's request all charges are in Chinese Renminbi (CNY). Subscription charges are invoiced quarterly in arrears (CNY 57,000 per quarter); the onboarding charge is invoiced on Go-Live Acceptance. No charge is payable in advance.
- **Hosting region:** a data centre in Guizhou Province, People's Republic of China.
- **Target Go-Live Date:** 75 days after signature of this Order Form.

Signed for Provider: ____________  Signed for Customer: ____________  Date: ____________

---

# General Terms and Conditions for Kirr Ticketing Cloud (Version 2026-01)

## § 1 Subject Matter

(1) Provider makes the Kirr Ticketing Cloud software ("Platform") available to the Customer as a service over the internet for the Initial Term, in the edition and scope stated in the Order Form, and performs the onboarding services stated there.

(2) The Platform is provided in its current version. Provider may further develop the Platform, provided that the functions described in the Order Form are not materially reduced.

(3) The Customer's ticket revenue is collected through the Customer's own payment merchant accounts. Provider does not hold Customer funds at any time.

## § 2 Onboarding

(1) Provider configures the Platform according to a configuration workbook agreed with the Customer within 14 days after signature, builds the mini-programme in the Customer's branding, connects the two online travel agency channels named in the workbook and integrates the turnstile controllers at the three scenic areas.

(2) The Customer provides its product and price lists, quota rules, merchant account credentials and access to the turnstile controllers in good time, and names a project lead.

## § 3 Fees and Payment

(1) The fees are those stated in the Order Form. They are fixed for the Initial Term.

(2) Invoices are payable within 30 days after receipt of a valid invoice (fapiao) issued through Provider's appointed PRC billing agent.

(3) Provider may not suspend the Platform for non-payment unless an undisputed amount is more than 60 days overdue and Provider has given 15 days' written warning.

## § 4 Go-Live Acceptance and Delay

(1) When the onboarding is complete, Provider notifies the Customer that the Platform is ready for the acceptance test.

(2) The acceptance test passes only if: (a) all test cases in the configuration workbook are passed; (b) a load test with 3,000 simultaneous bookings completes with a median response time of no more than 2 seconds; (c) tickets sold through the mini-programme and both travel agency channels reconcile with the merchant account statements for 7 consecutive days; and (d) every turnstile lane validates test tickets correctly, including offline validation during a simulated network outage.

(3) Live sales, use of the Platform or payment of an invoice do not by themselves constitute acceptance. Acceptance is declared in writing ("Go-Live Acceptance").

(4) The Go-Live Date is the date of Go-Live Acceptance.

(5) If Go-Live Acceptance is delayed beyond the target date in the Order Form for reasons for which Provider is responsible, Provider pays the Customer CNY 600 for each calendar day of delay, up to CNY 30,000 in total.

## § 5 Service Levels

(1) Provider ensures a monthly availability of the booking front-end and the validation interface of 99.95%. Scheduled maintenance is carried out between 00:30 and 05:30 Beijing time, announced at least 72 hours in advance, and is excluded from the calculation, save that no maintenance may be scheduled on Chinese public holidays.

(2) Priority 1 incidents (ticket sales or turnstile validation not possible in any scenic area) are responded to within 30 minutes, around the clock, and restored within 3 hours. Priority 2 incidents (material function impaired) are responded to within 2 hours and resolved within 1 business day. Priority 3 incidents are handled within 5 business days.

(3) If monthly availability falls below the level in paragraph (1), the Customer receives a service credit of 5% of the monthly share of the subscription charge for each started 0.1 percentage point of shortfall, up to 50% of that monthly share. For each hour by which a Priority 1 restoration time is exceeded, the Customer receives a further credit of CNY 1,000. Credits are set off against the next invoice.

## § 6 Customer Data and Data Security

(1) All data entered into or generated in the Platform for the Customer, in particular visitor and booking data, including personal information, ("Customer Data") belongs to the Customer. Provider processes Customer Data exclusively to provide the services under this Contract and on the Customer's documented instructions, and does not use it for any other purpose.

(2) Customer Data is stored and processed only in the hosting region stated in the Order Form. Provider does not transfer Customer Data outside the People's Republic of China; remote administration from Germany is performed without access to personal information.

(3) Provider maintains the technical and organisational measures described in Annex 2, including encryption in transit and at rest, role-based access with multi-factor authentication, logging of administrative access and a hosting environment with a valid MLPS level 3 filing, and complies with the PRC Personal Information Protection Law and Data Security Law.

(4) Provider notifies the Customer of any personal-information breach or other security incident affecting Customer Data without undue delay and at the latest within 24 hours, supports the Customer's own reporting duties and is liable for damage caused by the incident where Provider is responsible for it.

(5) Upon termination, Provider returns Customer Data in a common machine-readable format within 30 days and then deletes it, confirming deletion in writing.

## § 7 Rights of Use and Work Results

(1) All rights in the Platform remain with Provider. The Customer receives a non-exclusive right, limited to the term of the Contract, to use the Platform for its own business.

(2) The mini-programme designs, Customer-specific configurations, interface adaptations to the Customer's turnstiles and all documentation prepared specifically for the Customer ("Work Results") are the Customer's property. Provider assigns to the Customer all transferable rights in them; the Customer may use, modify and have them further developed by third parties without restriction.

## § 8 Confidentiality

(1) Each party keeps confidential all business and technical information of the other party that is marked confidential or is evidently confidential, and uses it only for the purposes of the Contract.

(2) This obligation continues for three years after the end of the Contract.

## § 9 Subcontractors

(1) Provider may use subcontractors to perform its obligations, in particular for hosting, local installation work at the scenic areas and second-level support.

(2) Provider will inform the Customer in text form of any new subcontractor before it begins work. Provider remains responsible for its subcontractors as for its own performance.

## § 10 Liability

(1) Provider is liable without limitation for intent and gross negligence and for injury to life, body or health.

(2) In all other cases, Provider's total aggregate liability under or in connection with the Contract is limited to CNY 390,000.

(3) Provider is not liable for lost profits or indirect damage, save in the cases in paragraph (1).

## § 11 Term, Renewal and Termination

(1) The Contract begins on signature of the Order Form and runs for the Initial Term.

(2) After the Initial Term, the Contract renews automatically for one further year at a time, at unchanged fees and on unchanged terms, unless either party gives notice of non-renewal at least three months before the end of the current term.

(3) Each party's right to terminate for good cause remains unaffected. Good cause exists for the Customer in particular if Provider commits a material breach of the Contract, including repeated failure to meet the service levels in § 5, and does not remedy it within 30 days after written notice.

(4) On termination for good cause by the Customer, Provider refunds any fees paid for periods after the termination date.

## § 12 Force Majeure

Neither party is responsible for failure to perform caused by events beyond its reasonable control, such as natural disasters, floods in the scenic area, epidemics or government orders. The affected party notifies the other without delay.

## § 13 Governing Law and Place of Jurisdiction

(1) The Contract is governed by the laws of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising from or in connection with the Contract is Stralsund, Germany.

## § 14 Final Provisions

(1) Amendments to the Contract must be made in writing.

(2) Should any provision of the Contract be or become invalid, the validity of the remaining provisions shall not be affected.

(3) The English version of the Contract is binding.

Annex 1: Configuration workbook (to be agreed under § 2 (1)). Annex 2: Technical and organisational measures.
"""

# ---------------------------------------------------------------- h181e03 (.docx, buyer's paper, French counterparty, Article N – Title)
H181E03 = """
T:Contract for the Supply, Installation and Maintenance of a Pond Water-Level Monitoring System
P:Contract No. SYJX-2026-07
P:BETWEEN Yancheng Sheyang Jinxie Crab Farming Professional Cooperative, a farmers' professional cooperative registered in Sheyang County, Yancheng, Jiangsu Province, People's Republic of China, represented by its chairman, Mr. Zhou Jianguo (the "Buyer"),
P:AND Hydrolys Méditerranée SAS, a simplified joint-stock company (société par actions simplifiée) registered with the Trade and Companies Register of Cannes, whose registered office is at Fort Royal, Île Sainte-Marguerite, 06400 Cannes, France, represented by its president, Mr. Olivier Ravel (the "Supplier").
P:The Buyer farms Chinese mitten crabs in 180 ponds along the Sheyang River and wishes to measure and record pond water levels continuously in order to manage water exchange, typhoon-season drainage and oxygen supply. The Supplier designs and installs hydrological monitoring systems. This Contract is drawn up on the Buyer's standard form. All prices are in Chinese Renminbi (CNY) at the Buyer's request.
H:Article 1 – Purpose
P:1.1 The Supplier shall supply, install, calibrate and commission a water-level monitoring system (the "System") covering the Buyer's 180 ponds, comprising water-level sensors, solar power kits, LoRa gateways and a monitoring software licence, and shall train the Buyer's staff and maintain the System as provided in this Contract.
P:1.2 The technical specification in Annex 1 forms part of this Contract.
H:Article 2 – Price
P:2.1 The total price of this Contract is CNY 986,000 (the "Contract Price"), broken down as follows:
TB:Item|Description|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Ultrasonic water-level sensor with stilling tube and mounting post|180|2,650|477,000
TB:2|LoRa gateway with 4G backhaul|14|8,400|117,600
TB:3|Solar power kit (panel, controller, battery)|180|760|136,800
TB:4|Monitoring software, perpetual licence, unlimited users|1|146,000|146,000
TB:—|Hardware and Licence Subtotal|—|—|877,400
TB:5|Installation, survey of staff-gauge datum and calibration (180 points)|1|96,600|96,600
TB:6|Training of cooperative staff|1|12,000|12,000
TB:—|Contract Price|—|—|986,000
P:2.2 The Contract Price is fixed. It includes transport to the Buyer's site, customs clearance, import duties, VAT, installation materials and all expenses of the Supplier's personnel.
H:Article 3 – Payment
P:3.1 10% of the Contract Price (CNY 98,600) shall be paid within 15 days after signature, against a bank guarantee for the same amount issued by a bank in mainland China.
P:3.2 55% (CNY 542,300) shall be paid within 15 days after the Installation Certificate under Article 5.2. The Installation Certificate confirms completion of installation only and is not acceptance.
P:3.3 35% (CNY 345,100) shall be paid within 15 days after Final Acceptance under Article 6.
P:3.4 Each payment requires a valid VAT invoice issued by the Supplier's appointed agent in China.
H:Article 4 – Delivery
P:4.1 The Supplier shall deliver all equipment to the Buyer's site in Sheyang within 60 days after signature and complete installation within a further 45 days. No pond shall be disturbed during the moulting periods notified by the Buyer.
P:4.2 Risk passes to the Buyer on Final Acceptance. Title passes on payment of the instalment under Article 3.2.
H:Article 5 – Installation
P:5.1 The Supplier shall survey the datum of each pond's staff gauge, install each sensor on a post at the position agreed with the Buyer, and connect all sensors through the gateways to the monitoring software on the Buyer's cloud account.
P:5.2 When installation is complete, the parties shall inspect the installation and sign an Installation Certificate listing any defects to be corrected.
H:Article 6 – Acceptance
P:6.1 After the Installation Certificate, the System shall run for a trial period of 30 days.
P:6.2 The System passes acceptance only if: (a) for every pond, three manual readings of the staff gauge taken on different days agree with the sensor reading within ±1 cm; (b) readings from every sensor reach the monitoring software at least every 10 minutes and no sensor misses more than 20 scheduled readings in the trial period; (c) high-water and low-water alarms are delivered by SMS and in the mobile application to the duty staff within 2 minutes in a test of each pond; (d) the solar power kits keep every sensor operating through three consecutive overcast days; and (e) the documentation, configuration records and as-built drawings are handed over.
P:6.3 If the System meets these criteria, the Buyer shall sign a Final Acceptance certificate within 7 days. Otherwise the Supplier shall remedy the defects within 15 days and the trial shall be repeated for the affected ponds. Installation, use of the System or payment shall not constitute acceptance.
H:Article 7 – Warranty
P:7.1 The Supplier warrants the System for 36 months from Final Acceptance (the "Warranty Period"). During the Warranty Period the Supplier shall repair or replace, free of charge and including transport and labour, any part that is defective or fails in normal use, including batteries and sensors damaged by humidity, but excluding damage caused by flooding above the design level stated in Annex 1.
P:7.2 During the Warranty Period the Supplier shall also provide software updates and two preventive maintenance visits per year, one before the typhoon season and one after the autumn harvest.
H:Article 8 – Maintenance after the Warranty Period
P:8.1 After the Warranty Period, the Supplier shall, if the Buyer so requests, provide maintenance services of the same scope as in Article 7 for an annual fee of 7% of the Hardware and Licence Subtotal, namely CNY 61,418 per year.
P:8.2 This fee is fixed for the fourth and fifth years after Final Acceptance. Thereafter it may be changed only by written agreement and by no more than 3% per year. Maintenance is ordered year by year in writing and does not renew automatically.
H:Article 9 – Service Levels
P:9.1 Severity 1 means that a gateway or the monitoring software is down, or that more than ten sensors have stopped reporting. The Supplier shall respond within 1 hour, at any time, and send an engineer from its Yancheng service point to the site within 8 hours; service shall be restored within 24 hours.
P:9.2 Severity 2 means that up to ten sensors have stopped reporting or report implausible values. The Supplier shall respond within 2 hours and correct the fault within 2 days.
P:9.3 For each hour of delay beyond the Severity 1 response, attendance or restoration time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from any sum due or claim under the guarantee.
H:Article 10 – Delay Penalties
P:10.1 If the Supplier fails to complete installation or to achieve Final Acceptance by the dates resulting from Articles 4 and 6, it shall pay the Buyer a penalty of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
P:10.2 If the delay exceeds 45 days, the Buyer may also terminate the Contract under Article 15.
H:Article 11 – Data
P:11.1 All measurement data, alarm records, pond records and configuration data generated by the System (the "Buyer Data") belong to the Buyer. The Supplier may use the Buyer Data only to install, commission and maintain the System, and shall not copy, analyse or disclose it for any other purpose.
P:11.2 The monitoring software runs on the Buyer's own cloud account in mainland China. The Supplier's personnel shall access it only with individual accounts and multi-factor authentication granted by the Buyer, and all access shall be logged. The Supplier shall not transfer Buyer Data outside the People's Republic of China.
P:11.3 The Supplier shall notify the Buyer within 24 hours of any unauthorised access, loss or disclosure of Buyer Data, shall take all measures to contain it and shall bear all losses resulting from an incident caused by the Supplier or its personnel.
H:Article 12 – Confidentiality
P:12.1 Each party shall keep confidential the other party's technical and commercial information obtained under this Contract, including the Buyer's pond layouts, stocking densities and yields, and shall not disclose it to third parties without prior written consent. This obligation lasts for five years after the end of the Contract.
H:Article 13 – Intellectual Property
P:13.1 The monitoring software remains the property of its publisher; the Buyer receives a perpetual and irrevocable licence under Article 2.
P:13.2 The configuration, dashboards, alarm rules, reports and as-built documentation prepared for the Buyer belong to the Buyer, which may use, modify and have them modified by third parties freely.
H:Article 14 – Liability and Subcontracting
P:14.1 The Supplier's total liability under this Contract shall not exceed twice the Contract Price, except for personal injury, wilful misconduct or gross negligence, and breach of Articles 11 and 12, for which liability is unlimited.
P:14.2 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The local installation company named in the Supplier's tender may be used only after the Buyer has given that consent in writing. The Supplier remains fully responsible for its subcontractors.
H:Article 15 – Termination
P:15.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and does not remedy it within 15 days after a written notice, or in the case described in Article 10.2.
P:15.2 On such termination, the Supplier shall refund the sums paid for any part of the System not accepted and shall pay the penalties and damages due.
H:Article 16 – Governing Law and Disputes
P:16.1 This Contract is governed by the laws of the People's Republic of China.
P:16.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The arbitral award is final and binding on both parties.
H:Article 17 – Miscellaneous
P:17.1 This Contract is made in English and Chinese, in two originals each; both versions are equally authentic. It takes effect on signature by both parties.
P:Annex 1: Technical specification. Annex 2: Pond list and sensor positions.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- h181e04 (.txt, Scottish house style, N. HEADING / N.N)
H181E04 = """
MANAGED IT SERVICES AGREEMENT

between

KYLEAKIN MANAGED IT LIMITED, a company incorporated under the Companies Acts in Scotland with registered number SC604118 and having its registered office at The Keeper's Cottage, Eilean Bàn, Kyle of Lochalsh, IV40 8DA (the "Provider")

and

NANCHANG LUMEN VR STUDIO CO., LTD., a company established in the People's Republic of China and having its principal place of business at Floor 9, Building 3, Honggutan Creative Park, Nanchang, Jiangxi Province (the "Client")

WHEREAS the Client develops virtual-reality experiences and real-time 3D content and wishes to outsource the management of its IT environment, and the Provider has agreed to provide managed IT and desktop support services on the terms set out below, the parties HAVE AGREED AND DO HEREBY AGREE as follows:

1. DEFINITIONS

1.1 In this Agreement, unless the context otherwise requires: "Business Day" means a day other than a Saturday, Sunday or public holiday in the People's Republic of China; "Business Hours" means 09:00 to 18:00 Beijing time on a Business Day; "Charges" means the charges set out in Clause 4; "Client Data" means all data, content, source code, art assets, builds and personal information of the Client or its users that the Provider accesses in performing the Services; "Commencement Date" means the date of Onboarding Acceptance; "Local Delivery Partner" means Kyleakin IT Services (Nanchang) Co., Ltd., a wholly-owned subsidiary of the Provider; "Minimum Term" means the period of 24 months from the Commencement Date; and "Services" means the services described in Clause 2 and Schedule 1.

1.2 Headings are for convenience only. References to the singular include the plural.

2. THE SERVICES

2.1 The Provider shall provide the following Services to the Client's studio in Nanchang: (a) a service desk available by telephone, WeChat and web portal, in Chinese and English; (b) on-site desktop support for 85 users, including the 46 GPU workstations used for VR development; (c) management and monitoring of the studio network, firewall, Wi-Fi and the 16-node render farm; (d) patching and endpoint protection for all managed devices; (e) management of the Client's backup system, with a test restore each month; (f) user account administration, joiners and leavers; and (g) a monthly service report and review meeting.

2.2 On-site Services are delivered by the Local Delivery Partner, which shall station two engineers at the Client's premises on Business Days from 09:00 to 18:00. The Provider remains responsible for all acts and omissions of the Local Delivery Partner as if they were its own.

2.3 The Client shall give the Provider's personnel reasonable access to its premises and systems and shall nominate a service manager.

3. ONBOARDING

3.1 The Provider shall complete onboarding within 45 days after the date of last signature of this Agreement. Onboarding comprises: a full inventory of hardware, software and licences; installation of monitoring and endpoint agents on every managed device; documentation of the network and render farm; a test restore of a complete VR project from backup; and the setting-up of the service desk.

3.2 Onboarding is accepted only when the Client confirms in writing that: (a) the inventory is complete and agreed; (b) monitoring covers every managed device and the render farm; (c) the test restore has been completed and verified by the Client's technical director; (d) the runbooks for the top twenty service requests have been delivered; and (e) the service desk has handled a trial week of live tickets ("Onboarding Acceptance"). The start of live support does not of itself constitute Onboarding Acceptance.

3.3 If Onboarding Acceptance is not achieved within the period in Clause 3.1 owing to the Provider's default, the Provider shall pay the Client CNY 1,000 for each day of delay, up to a maximum of CNY 45,000.

4. CHARGES AND PAYMENT

4.1 At the Client's request all Charges are stated and payable in Chinese Renminbi:

   Onboarding charge (one-off, invoiced on Onboarding Acceptance) ........ CNY 68,000
   Monthly service charge: CNY 58,000 x 24 months (Minimum Term) ........ CNY 1,392,000
   Total Charges over the Minimum Term ................................... CNY 1,460,000

4.2 The monthly service charge is invoiced monthly in arrears. No Charges are payable in advance of the Services.

4.3 The Client shall pay each valid invoice (fapiao issued by the Local Delivery Partner) within 30 days after receipt.

4.4 The monthly service charge covers up to 85 users and 120 managed devices. Additional users are charged at CNY 560 per user per month by written order.

5. SERVICE LEVELS

5.1 The Provider shall meet the following response times, measured from the logging of a ticket: Priority 1 (the render farm, the studio network or the internet connection is down, or more than ten users cannot work): response within 6 hours, 24 hours a day, 7 days a week, and restoration within 12 hours; Priority 2 (a single workstation or critical application unavailable): response within 8 Business Hours; Priority 3 (service requests): within 3 Business Days.

5.2 If the Provider fails to meet a Priority 1 or Priority 2 response or restoration time, the Client shall be entitled to a service credit of 2% of the monthly service charge for each failure, up to 20% of the monthly service charge in any month. Service credits are deducted from the next invoice.

5.3 The Provider shall report on its performance against these service levels in the monthly service report.

6. CLIENT DATA AND SECURITY

6.1 Client Data is and remains the property of the Client. The Provider and the Local Delivery Partner may access and process Client Data only so far as necessary to perform the Services and in accordance with the Client's written instructions, and shall not copy, use or disclose it for any other purpose.

6.2 The Provider shall: (a) use named administrator accounts with multi-factor authentication, with all privileged sessions recorded; (b) keep all backups on the Client's own storage in Nanchang, encrypted, and not move any Client Data off the Client's premises or outside the People's Republic of China; (c) comply with the PRC Cybersecurity Law, Data Security Law and Personal Information Protection Law; and (d) ensure that its personnel have signed confidentiality undertakings and received security training.

6.3 The Provider shall notify the Client within 24 hours of becoming aware of any actual or suspected security incident affecting Client Data, shall assist the Client to contain and investigate it, and shall be liable for all loss suffered by the Client as a result of any incident caused by a breach of this Clause 6 by the Provider or the Local Delivery Partner.

7. CONFIDENTIALITY

7.1 Each party shall keep secret and confidential all information of the other party obtained under this Agreement, in particular the Client's unreleased projects, source code and art assets, and shall not disclose it without the other party's prior written consent, except to the extent required by law. This Clause 7 continues in force for five years after termination.

8. INTELLECTUAL PROPERTY

8.1 The Provider's monitoring tools and service-desk platform remain the property of the Provider.

8.2 All runbooks, network documentation, scripts and configurations prepared by the Provider for the Client shall belong to the Client, and the Client may use, modify and provide them to any successor provider without restriction.

9. LIMITATION OF LIABILITY

9.1 Subject to Clause 9.2, the total liability of the Provider under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 150% of the Total Charges over the Minimum Term stated in Clause 4.1.

9.2 Nothing in this Agreement limits liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 6 or Clause 7.

10. SUBCONTRACTING

10.1 The Local Delivery Partner is approved by the Client on signature of this Agreement. The Provider shall not otherwise subcontract any part of the Services without the Client's prior written consent.

11. DURATION AND TERMINATION

11.1 This Agreement shall come into force on the date of last signature and shall continue for the Minimum Term. Thereafter it shall continue for successive periods of one year at the same Charges unless either party gives not less than 90 days' written notice to expire at the end of the Minimum Term or of any such later period.

11.2 The Client acknowledges that the Charges are calculated on the basis of the Minimum Term. Accordingly, the Client may not terminate this Agreement before the end of the Minimum Term, save where the Provider becomes insolvent, and the Client's remedies for any failure of the Services shall be limited to service credits under Clause 5.2 and a claim for damages under Clause 9.

11.3 The Provider may terminate this Agreement on 30 days' written notice if the Client fails to pay any undisputed invoice within 60 days after its due date.

11.4 On expiry or termination, the Provider shall provide reasonable exit assistance for up to 30 days, return all Client Data and credentials and deliver the documentation referred to in Clause 8.2.

12. FORCE MAJEURE

12.1 Neither party shall be liable for any failure or delay caused by circumstances beyond its reasonable control, including epidemic, flood, power failure not caused by the affected party, or acts of government, provided that it notifies the other party without delay.

13. GOVERNING LAW AND JURISDICTION

13.1 This Agreement shall be governed by and construed in accordance with the law of Scotland.

13.2 The parties prorogate the exclusive jurisdiction of the Court of Session in Edinburgh in respect of any dispute arising out of or in connection with this Agreement.

14. GENERAL

14.1 This Agreement constitutes the entire agreement between the parties. No variation shall be effective unless in writing and signed by both parties.

14.2 Notices shall be in writing and delivered by hand, courier or e-mail to the addresses stated above.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages together with Schedule 1 are executed as follows:

Subscribed for and on behalf of KYLEAKIN MANAGED IT LIMITED at Kyle of Lochalsh on ____________ 2026 by ____________, Director, before this witness: ____________

Subscribed for and on behalf of NANCHANG LUMEN VR STUDIO CO., LTD. at Nanchang on ____________ 2026 by ____________, Legal Representative

Schedule 1: Service description and managed device list
"""

# ---------------------------------------------------------------- h181e05 (.txt, Italian house style, Art. N (Title) / numbered paragraphs)
H181E05 = """
SUBSCRIPTION AND INTEGRATION AGREEMENT
FitoCert Phytosanitary Data API

BY AND BETWEEN

FitoCert Data S.r.l., with registered office at Località Spalmatore, Isola Tavolara, 07026 Olbia (SS), Italy, tax code and VAT number IT02871460904, registered with the Companies Register of Sassari, in the person of its managing director and legal representative pro tempore, Ms. Giulia Serra (hereinafter "FitoCert")

AND

Meizhou Jinyou Pomelo Export Co., Ltd., with registered office at No. 21 Guoyuan Road, Meixian District, Meizhou, Guangdong Province, People's Republic of China, in the person of its legal representative, Mr. Li Hanqing (hereinafter the "Customer")

(FitoCert and the Customer hereinafter jointly the "Parties" and each a "Party")

WHEREAS

a) FitoCert operates a data service which provides, through an application programming interface, the phytosanitary import requirements of destination countries, regulated pest lists, treatment and pre-clearance protocols, and the validation of electronic phytosanitary certificate data (the "Service");

b) the Customer exports fresh honey pomelos from orchards and packing houses in Meizhou to markets in Europe, the Middle East and South-East Asia, and wishes to connect its export management system to the Service in order to check each consignment against the requirements of the destination country before inspection and shipment;

c) the Customer has asked that all fees be stated and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)
1. The premises and the annexes form an integral and substantial part of this Agreement.
2. The annexes are: Annex A (Service Description), Annex B (Integration Specification) and Annex C (Service Levels).

Art. 2 (Subject Matter)
1. FitoCert grants the Customer, for the duration of this Agreement, a non-exclusive and non-transferable right to access and use the Service through the API for the Customer's own export business, up to 60,000 API calls per month.
2. FitoCert shall also carry out the integration of the Service with the Customer's export management system and with the Customer's declarations to the China customs single-window system, as described in Annex B (the "Integration").
3. The Service covers the destination markets listed in Annex A. FitoCert shall update the data within two working days after the official publication of any change in a destination country's requirements.

Art. 3 (Duration)
1. This Agreement is effective from the date of signature and the subscription runs for twenty-four months from the date of Integration acceptance under Art. 6 (the "Initial Period").

Art. 4 (Fees)
1. The fees for the Initial Period are as follows:
   - subscription fee: CNY 186,000 per subscription year, for two subscription years: CNY 372,000;
   - Integration fee (one-off): CNY 64,000;
   - total: CNY 436,000.
2. Fees are exclusive of VAT, which is invoiced by FitoCert's authorised distributor in China.

Art. 5 (Invoicing and Payment)
1. The Integration fee and the subscription fee for the first subscription year, totalling CNY 250,000, shall be invoiced on signature of this Agreement and paid within 15 days of the invoice date, before FitoCert begins the Integration.
2. The subscription fee for each further subscription year shall be invoiced at the beginning of that year and paid within 15 days.
3. In the event of late payment, FitoCert may suspend access to the Service after a written reminder granting 10 days to pay.

Art. 6 (Integration and Acceptance)
1. FitoCert shall complete the Integration within 60 days of receiving the payment under Art. 5.1.
2. The Integration shall be accepted by the Customer in writing when all of the following criteria are met: (a) the test cases in Annex B pass for all destination markets in Annex A; (b) the checks of 50 historical consignments chosen by the Customer give the same result as the Customer's manual checks, and any difference is explained by a documented change in the rules; (c) consignment data flows from the Customer's export management system to the Service and the result returns without manual re-entry; and (d) the single-window declaration fields are pre-filled correctly for ten test consignments.
3. The use of the Service in production before written acceptance shall not constitute acceptance.
4. If the Integration is not accepted within the period in paragraph 1 for reasons attributable to FitoCert, FitoCert shall pay the Customer a penalty of CNY 350 for each day of delay, up to a maximum of CNY 20,000, without prejudice to the Customer's right to compensation for further damage.

Art. 7 (Service Levels)
1. FitoCert guarantees a monthly availability of the API of 99.95%, measured at FitoCert's gateway, excluding scheduled maintenance announced at least five days in advance and carried out outside 06:00 to 22:00 Beijing time.
2. Severity 1 incidents (the API unavailable or returning wrong results for any destination market) shall be responded to within 1 hour, at any time, and resolved within 6 hours. Severity 2 incidents shall be responded to within 3 hours and resolved within 2 working days.
3. If the monthly availability is lower than that stated in paragraph 1, the Customer shall receive a credit of 10% of the monthly portion of the subscription fee for each started 0.1 percentage point below the guaranteed level, up to 50% of that monthly portion. If a Severity 1 incident is not resolved in time, the Customer shall receive a further credit of CNY 800 for each hour of delay. Credits shall be deducted from the next invoice or, at the end of the Agreement, paid to the Customer.

Art. 8 (Customer Data)
1. All consignment data, orchard and packing-house registration numbers, consignee details and results of checks transmitted by the Customer or generated for the Customer through the Service (the "Customer Data") belong to the Customer.
2. FitoCert shall use the Customer Data exclusively to provide the Service and the Integration to the Customer and shall not use it for any other purpose, nor communicate it to third parties except on the Customer's instructions.
3. Upon termination of this Agreement, FitoCert shall return the Customer Data in CSV format within 30 days and shall then delete it.

Art. 9 (Confidentiality)
1. Each Party shall keep confidential all information received from the other Party in connection with this Agreement, including the Customer's customers, volumes and prices, and shall use it only for the purposes of this Agreement. This obligation shall remain in force for three years after termination.

Art. 10 (Intellectual Property)
1. The Service, the underlying databases and the API remain the exclusive property of FitoCert.
2. The connectors, data mappings and interface code developed specifically for the Customer in the Integration shall belong to the Customer from their creation. FitoCert shall deliver them in source form and the Customer may use and modify them, and have them modified by third parties, freely.

Art. 11 (Subcontracting)
1. FitoCert shall not subcontract the Integration or any part of the Service without the prior written consent of the Customer.

Art. 12 (Liability)
1. FitoCert's total liability arising from this Agreement shall not exceed one and a half times the total fees stated in Art. 4.1, except in the case of wilful misconduct or gross negligence.
2. FitoCert shall not be liable for the rejection of a consignment by the authorities of a destination country where the rejection results from information that was not officially published at the time of the check.

Art. 13 (Renewal)
1. At the end of the Initial Period, this Agreement shall be automatically renewed for successive periods of one year each, unless either Party gives notice of termination by registered letter or certified e-mail at least 90 days before the expiry date.
2. On each renewal, FitoCert may update the subscription fee in accordance with its price list in force at the time of renewal, communicating the new fee to the Customer at least 30 days before the renewal date.

Art. 14 (Termination for Breach)
1. Either Party may terminate this Agreement by written notice if the other Party commits a material breach of its obligations and fails to remedy it within 30 days of a written notice. The Customer may in addition terminate this Agreement if the monthly availability falls below the guaranteed level in three consecutive months.
2. In the event of termination by the Customer for FitoCert's breach, FitoCert shall refund the portion of the subscription fee paid for the period after termination.

Art. 15 (Force Majeure)
1. Neither Party shall be liable for non-performance caused by events beyond its reasonable control, including natural disasters, epidemics, war and measures of public authorities, provided that it informs the other Party promptly.

Art. 16 (Applicable Law and Disputes)
1. This Agreement is governed by the laws of the People's Republic of China.
2. Any dispute arising out of or in connection with this Agreement shall be submitted to the China International Economic and Trade Arbitration Commission, South China Sub-Commission, for arbitration in Shenzhen in accordance with its rules in force at the time of the application. The award shall be final and binding upon the Parties.

Art. 17 (Final Provisions)
1. Any amendment to this Agreement shall be valid only if made in writing and signed by both Parties.
2. This Agreement is drawn up in English in two originals, one for each Party.

Olbia / Meizhou, ____________ 2026

FitoCert Data S.r.l.                        Meizhou Jinyou Pomelo Export Co., Ltd.
The Managing Director                       The Legal Representative
____________________                        ____________________
"""

# ---------------------------------------------------------------- targets
PLAIN = {  # written as they stand (UTF-8, one final newline)
    "h181z02": ("h181z02_auto_glass_optical_distortion_line.txt", H181Z02),
    "h181z03": ("h181z03_yoga_chain_member_booking_saas.md", H181Z03),
    "h181z05": ("h181z05_fishball_traceability_supplier_template.md", H181Z05),
    "h181e02": ("h181e02_waterfall_ticketing_saas_order_form_german_vendor.md", H181E02),
    "h181e04": ("h181e04_vr_studio_managed_it_scottish_provider.txt", H181E04),
    "h181e05": ("h181e05_pomelo_phytosanitary_api_italian_vendor.txt", H181E05),
}
SOURCES = {"h181z01": H181Z01, "h181z04": H181Z04, "h181e01": H181E01, "h181e03": H181E03}
TARGETS = {"h181z01": ("h181z01_city_postal_bureau_delivery_safety_platform.docx", "docx"),
           "h181z04": ("h181z04_district_petition_bureau_system_om.pdf", "pdf"),
           "h181e01": ("h181e01_dyehouse_colour_matching_licence_irish_vendor.pdf", "pdf"),
           "h181e03": ("h181e03_crab_cooperative_water_level_sensors.docx", "docx")}

if __name__ == "__main__":
    for key, (name, text) in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
