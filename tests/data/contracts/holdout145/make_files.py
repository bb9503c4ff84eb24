"""Builds the holdout145 contracts from the sources kept in this file, so they can be made again.

Run with /work/main/.venv/bin/python. The .txt and .md drafts are written as they are; the two .docx (real Word price
tables) and the two .pdf are built by ../word_pdf.py (PDF paragraphs broken at word boundaries, wrap_words=True).
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h145z01 — 市交通运输局 交通运输综合执法平台 (政府采购 公开招标, 采购人合同文本) — .docx, 第X条 + 1.1
# ---------------------------------------------------------------------------------------------------------------
H145Z01 = """
T:临江市交通运输综合执法平台建设项目政府采购合同
P:合同编号：LJJT-ZFPT-2026-017
P:采购人（甲方）：临江市交通运输局
P:供应商（乙方）：江城智联信息技术有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及临江市交通运输综合执法平台建设项目（项目编号：LJCG-2026-0315，采购方式：公开招标）的招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，订立本合同。
H:第一条 项目内容与合同文件
P:1.1 乙方负责临江市交通运输综合执法平台的软硬件供货、定制开发、系统集成、部署实施、培训及质保期内服务，建成统一的执法办案、执法监督、信用管理和非现场执法平台，并与省交通运输综合执法平台及本市公安、市场监管数据共享平台对接。
P:1.2 招标文件、投标文件、中标通知书及本合同附件均为本合同的组成部分。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰叁拾万柒仟元整（¥4,307,000.00），为固定总价，包含设备、软件许可、定制开发、运输、安装、系统集成、培训、税费及质保期内全部服务费用。分项价格如下表：
TB:序号|名称|规格及说明|数量|单价（元）|金额（元）
TB:1|综合执法业务平台软件许可|永久许可，含案件办理、执法监督、信用管理、非现场执法四个子系统|1套|1,480,000|1,480,000
TB:2|应用服务器|2路32核，512GB内存|6台|68,000|408,000
TB:3|分布式存储|可用容量300TB|1套|296,000|296,000
TB:4|移动执法终端|三防加固型，含执法APP授权|120台|5,600|672,000
TB:5|执法记录仪|1080P，连续录像10小时以上|150台|2,380|357,000
TB:6|网络安全设备|下一代防火墙、堡垒机、日志审计各1台|1批|218,000|218,000
TB:|软硬件小计||||3,431,000
TB:7|定制开发|省平台对接、数据共享接口、电子送达模块|1项|586,000|586,000
TB:8|系统集成与部署实施|机房部署、数据迁移、联调|1项|254,000|254,000
TB:9|培训|执法人员及系统管理员，共300人次|1项|36,000|36,000
TB:|合同总价||||4,307,000
H:第三条 付款方式
P:3.1 本合同生效且甲方收到乙方开具的等额发票后10个工作日内，甲方支付合同总价的20%作为预付款，即人民币861,400元。
P:3.2 全部设备到货、系统部署完成并通过初步验收后10个工作日内，甲方支付合同总价的45%，即人民币1,938,150元。
P:3.3 系统试运行期满并通过最终验收后10个工作日内，甲方支付合同总价的35%，即人民币1,507,450元。
H:第四条 交付与实施
P:4.1 乙方应在合同签订后60日内完成全部设备供货及安装，150日内完成系统部署、定制开发和联调，具备初步验收条件。
P:4.2 乙方应在合同签订后15日内提交实施方案、项目进度计划和项目人员名单，经甲方确认后执行。
P:4.3 设备到货时双方共同开箱清点并签署到货清点单。到货清点单仅证明数量和外观，不构成验收。
H:第五条 验收
P:5.1 初步验收：系统部署完成后，乙方提交初验申请，甲方组织初验。初验标准为：（1）设备品牌、型号、配置与投标文件一致；（2）招标文件功能需求清单所列功能全部实现；（3）与省级平台的案件数据上报接口、与公安及市场监管的数据共享接口联调通过，连续5个工作日数据交换无差错；（4）在500个并发用户下，常用业务页面响应时间不超过3秒；（5）移动执法终端离线办案、电子签名和执法记录仪视频上传功能测试通过。
P:5.2 初验合格后进入为期60日的试运行。
P:5.3 最终验收：试运行期满后，甲方组织最终验收，并委托具备资质的第三方机构进行网络安全等级保护测评和软件功能测试。最终验收标准为：初验遗留问题全部整改完毕，第三方测评结论为符合，技术文档、源代码及操作手册交付齐全。
P:5.4 系统上线运行、甲方使用系统或支付任何款项，均不视为最终验收合格。验收不合格的，乙方应在15日内整改并重新申请验收，由此产生的费用由乙方承担。
H:第六条 质量保证与售后服务
P:6.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供软硬件维修、备件更换、软件升级、缺陷修复和技术支持。
P:6.2 质保期内平台月度可用率不低于99.95%（经甲方同意的计划内维护除外）。
P:6.3 故障分级及响应要求：一级故障（平台整体不可用或案件办理功能中断）30分钟内响应、2小时内到达现场、8小时内恢复；二级故障（部分功能不可用）1小时内响应、24小时内解决；三级故障（一般问题）8小时内响应、3个工作日内解决。
P:6.4 乙方未达到第6.3条时限的，每超时一小时，甲方有权扣除服务费1,000元；月度可用率每低于承诺值0.01个百分点，扣除2,000元。扣款从应付款项中直接抵扣。
H:第七条 质保期满后的维护
P:7.1 质保期满后，甲方可与乙方签订年度维护合同。年度维护费不高于软硬件小计的8%，即每年不超过人民币274,480元；质保期满后前两年的维护费按该上限固定，不因任何原因上调。
P:7.2 年度维护合同须由双方另行书面签订，不自动续期。
H:第八条 知识产权
P:8.1 乙方为本项目定制开发的接口程序、电子送达模块、数据迁移脚本、配置文件及其源代码和技术文档，知识产权归甲方所有，甲方有权自行或委托第三方使用、修改和再开发。
P:8.2 平台标准软件的知识产权仍属乙方或原厂所有，甲方享有永久、不可撤销的使用许可。
H:第九条 数据安全
P:9.1 平台中的执法案件数据、当事人个人信息、车辆和企业信息、视频资料等全部数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存、向任何第三方提供或用于其他目的。
P:9.2 乙方应按网络安全等级保护第三级要求部署安全措施；运维操作须经甲方审批并通过堡垒机进行，全程记录审计；测试须使用甲方提供的脱敏数据。
P:9.3 发生或可能发生数据泄露、篡改、丢失等安全事件的，乙方应在发现后1小时内报告甲方，立即采取补救措施并配合调查。因乙方原因造成数据安全事件的，乙方承担全部责任，赔偿甲方因此遭受的全部损失，包括第三方索赔和行政处罚。
H:第十条 保密
P:10.1 乙方对履行本合同中知悉的甲方工作秘密、执法信息、网络架构和安全配置负有保密义务，未经甲方书面同意不得向任何第三方披露。保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期具备验收条件的，每逾期一日，按合同总价的万分之八向甲方支付违约金，违约金累计不超过合同总价的10%。
P:11.2 甲方无正当理由逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
H:第十二条 分包与转包
P:12.1 乙方不得转包本合同。本项目不允许分包；机房内布线等辅助工作确需委托他人完成的，须事先取得甲方书面同意，乙方对其工作承担全部责任。
H:第十三条 合同解除
P:13.1 乙方有下列情形之一的，甲方有权书面通知解除合同：（1）逾期交付超过60日；（2）验收两次不合格；（3）发生因乙方原因导致的重大数据安全事件；（4）其他严重违约行为经甲方书面催告后15日内仍未纠正。
P:13.2 合同解除后，乙方应退还甲方已付的相应款项，并赔偿甲方损失。
H:第十四条 不可抗力
P:14.1 因不可抗力不能履行合同的，受影响一方应及时通知对方，并根据影响部分或全部免除责任。
H:第十五条 适用法律与争议解决
P:15.1 本合同适用中华人民共和国法律。
P:15.2 因本合同引起的争议，双方协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十六条 其他
P:16.1 本合同一式六份，甲方四份，乙方两份，自双方签字盖章之日起生效。
P:16.2 附件：1. 技术需求及功能清单；2. 设备配置清单；3. 项目实施计划。
P:甲方（盖章）：临江市交通运输局　　乙方（盖章）：江城智联信息技术有限公司
P:签订日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h145z02 — 玻璃瓶在线缺陷检测系统 (hardware + post-warranty maintenance) — .txt, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H145Z02 = """
玻璃瓶在线缺陷检测系统采购合同

合同编号：HJ-ZB-2026-062

甲方（买方）：鲁东华晶玻璃制品有限公司
地址：山东省淄博市博山区玻璃工业园8号

乙方（卖方）：苏州视研智能装备有限公司
地址：江苏省苏州市工业园区星湖街328号

甲方为提升其二车间啤酒瓶及调味品瓶生产线的出厂质量，向乙方采购玻璃瓶在线缺陷检测系统。双方依据《中华人民共和国民法典》，经平等协商，订立本合同。

一、采购内容及价格
（一）乙方向甲方提供瓶口瓶颈检测机、瓶身检测机、瓶底检测机、在线剔除装置、视觉检测软件及中控数据系统，并负责安装调试、与甲方制造执行系统（MES）对接和培训。设备安装于甲方二车间第1至第4号生产线冷端。
（二）合同总价为人民币叁佰玖拾捌万肆仟元整（¥3,984,000），含税、运输、保险、安装调试、培训及质保期内服务费用。明细如下：
1. 瓶口瓶颈检测机（含6台工业相机及光源），4台，单价286,000元，小计1,144,000元；
2. 瓶身检测机（360度环视），4台，单价318,000元，小计1,272,000元；
3. 瓶底检测机（含应力检测），4台，单价168,000元，小计672,000元；
4. 在线剔除装置，12套，单价26,500元，小计318,000元；
5. 视觉检测软件永久许可，4条线，单价58,000元，小计232,000元；
6. 中控工作站及数据服务器，1套，136,000元；
以上设备及软件小计3,774,000元；
7. 安装调试及MES对接，186,000元；
8. 操作及维护培训，24,000元。
（三）设备的品牌、型号、配置及技术参数以附件1《技术规格书》为准。

二、付款方式
（一）合同签订后10个工作日内，甲方支付合同总价的25%，即996,000元，作为预付款。
（二）设备全部到货并经双方清点签收后，甲方支付合同总价的35%，即1,394,400元。到货签收仅确认数量和外观，不构成质量验收。
（三）系统通过最终验收后，甲方支付合同总价的35%，即1,394,400元。
（四）剩余5%即199,200元作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
（五）乙方应在每次收款前开具等额增值税专用发票。

三、交货、安装与调试
（一）乙方应在合同签订后75日内将全部设备运抵甲方指定车间，并在到货后30日内完成安装调试。安装须利用甲方计划停线窗口，每条线停线时间不得超过36小时。
（二）乙方负责设备的机械安装、电气接线、与输瓶线及剔除机构的联动调试，以及与甲方MES的数据对接。乙方应遵守甲方车间安全管理制度，施工人员须持证上岗。
（三）设备安装及电气接线工作，乙方可委托第三方施工单位实施，提前书面告知甲方即可；乙方对该第三方的施工质量和安全负责。

四、验收
（一）安装调试完成后，乙方提交验收申请，双方按以下标准进行最终验收：
1. 使用甲方确认的标准缺陷样瓶（不少于500只，涵盖裂纹、结石、气泡、瓶口缺口、瓶底异物等类型）连续三轮测试，全部检出；
2. 在线漏检率不高于0.02%，误剔率不高于0.3%，以连续72小时生产数据及人工复检结果计算；
3. 每条线检测速度不低于每分钟360只，且不降低产线节拍；
4. 检测结果、缺陷图像及统计报表按约定格式实时上传MES，数据完整。
（二）验收合格的，双方签署最终验收报告。验收不合格的，乙方应在15日内整改并重新验收；第二次验收仍不合格的，甲方有权退货并解除合同。
（三）设备投产使用或甲方支付任何款项，均不视为验收合格。

五、质量保证与故障响应
（一）质保期为十八个月，自最终验收合格之日起计算。质保期内设备及软件出现质量问题的，乙方免费维修或更换，相机、光源等部件亦包括在内。
（二）故障响应：一级故障（检测机停机导致产线需旁路运行）乙方应在30分钟内远程响应，8小时内派工程师到厂；二级故障（检测精度下降、误剔明显增加）2小时内响应，24小时内到厂；三级故障在1个工作日内处理。
（三）乙方未按上述时限响应或到厂的，每超时一小时，甲方有权从质量保证金或应付款项中扣除800元。
（四）乙方应在甲方厂内存放常用备件，备件清单见附件2。

六、质保期满后的维保服务
（一）质保期满后，乙方提供为期四年的年度维保服务，内容包括驻厂工程师一名、易损件（光源、相机、剔除气缸）更换、算法版本升级及季度巡检。
（二）年度维保费按设备及软件小计的24%计取，即每年905,760元，四年内固定不变，按季度支付。
（三）维保期内的故障响应时限及扣款标准与第五条第（二）项、第（三）项相同。

七、知识产权
（一）视觉检测软件的著作权归乙方所有，甲方享有永久、不可撤销的使用许可，可用于本合同约定的生产线及其替换设备。
（二）乙方针对甲方瓶型开发的检测配方、参数、剔除逻辑以及MES接口程序，知识产权归甲方所有，乙方应交付相应文件和源代码，甲方可自行修改或委托第三方修改。
（三）乙方保证所供设备和软件不侵犯第三方知识产权。

八、数据安全
（一）检测图像、缺陷数据、产量及质量统计等数据属于甲方，乙方仅可为履行本合同使用，不得复制、留存，也不得用于训练为其他客户提供的模型。
（二）乙方远程维护须经甲方逐次审批，通过甲方提供的VPN账号进行并保留操作日志；乙方不得在设备上安装与检测无关的软件或开放远程端口。
（三）发生数据泄露、丢失或系统被入侵的，乙方应在发现后2小时内通知甲方并采取补救措施。因乙方原因造成的数据安全事件，乙方承担全部赔偿责任。

九、保密
双方对在履行本合同过程中获悉的对方技术资料、瓶型设计、客户信息、生产工艺参数和商业信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

十、违约责任
（一）乙方逾期交货或逾期完成安装调试的，每逾期一日，按合同总价的千分之一向甲方支付违约金，累计不超过合同总价的10%。
（二）甲方逾期付款的，按同期贷款市场报价利率向乙方支付逾期利息。
（三）因设备质量问题造成甲方批量产品召回或客户索赔的，乙方应赔偿甲方的直接损失。

十一、合同解除
（一）乙方逾期交货超过45日、验收两次不合格，或有其他严重违约行为经甲方书面催告后15日内仍未纠正的，甲方有权解除合同，乙方应退还已收款项并承担违约责任。
（二）甲方逾期付款超过60日的，乙方有权解除合同。

十二、不可抗力
因不可抗力致使合同不能履行的，受影响方应及时通知对方并提供证明，根据影响程度部分或全部免除责任。

十三、争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

十四、其他
（一）本合同一式四份，双方各执两份，经双方签字盖章后生效。
（二）附件：1. 技术规格书；2. 备件清单；3. 验收测试方案。

甲方（盖章）：鲁东华晶玻璃制品有限公司　　授权代表：
乙方（盖章）：苏州视研智能装备有限公司　　授权代表：
日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h145z03 — 幼教集团 家园共育 SaaS (三年订阅 + 实施) — .md, "## N." headings + N.M
# ---------------------------------------------------------------------------------------------------------------
H145Z03 = """
# 家园共育云平台订阅服务协议

协议编号：TBY-QMX-2026-0418

**甲方（客户）**：南京启明星幼教管理有限公司（下属启明星幼儿园共18所）
**地址**：南京市建邺区江东中路108号

**乙方（服务商）**：童伴云科技（杭州）有限公司
**地址**：杭州市滨江区网商路599号

甲方拟为其下属幼儿园订阅乙方"童伴家园"家园共育云平台（以下简称"平台"），用于幼儿考勤与接送管理、成长档案、家园沟通、通知公告、膳食与健康记录、视频直播和园务管理。双方经协商一致，订立本协议。

## 1. 服务内容与服务期

1.1 乙方以软件即服务（SaaS）方式向甲方提供平台的教师端、家长端和园务管理后台，并提供实施服务，包括账号开通、历史数据迁移、园所配置、接送刷卡设备对接和培训。

1.2 服务期为三年，自平台上线验收合格之日起计算。

1.3 平台部署于乙方租用的阿里云华东地域数据中心，全部数据存储于中国境内。

## 2. 费用与支付

2.1 费用明细如下：

| 项目 | 计费方式 | 数量 | 单价（元/园/年） | 年费（元） |
|---|---|---|---|---|
| 家园共育平台订阅（教师端、家长端、园务后台） | 按园/年 | 18所 | 9,600 | 172,800 |
| 视频直播与成长相册模块 | 按园/年 | 18所 | 3,200 | 57,600 |
| 短信通知包（每园每年2万条） | 按园/年 | 18所 | 480 | 8,640 |
| 年度订阅费合计 | | | | 239,040 |

2.2 实施费为一次性费用68,000元。三年服务期订阅费合计717,120元，本协议总金额为785,120元（含增值税）。

2.3 实施费在上线验收合格后15个工作日内支付。订阅费按季度结算，每季度59,760元，由甲方在每个服务季度结束后15个工作日内支付。甲方无需预付任何费用。

2.4 服务期内甲方新增园所的，按上表单价按月折算计费。

## 3. 实施与上线验收

3.1 乙方应在本协议签订后45日内完成全部18所园所的实施工作，并提交上线验收申请。

3.2 上线验收标准：（1）18所园所的教师、家长账号全部开通，园所组织架构和班级配置正确；（2）甲方提供的历史幼儿档案、考勤和成长记录全部迁移，按5%比例抽查无差错；（3）接送刷卡设备与平台对接，刷卡至家长端推送不超过10秒；（4）在3,000名用户同时在线时，常用页面响应时间不超过2秒；（5）需求确认书所列功能全部可用。

3.3 甲方应在收到申请后7个工作日内组织验收。账号开通、甲方试用或支付费用，均不视为验收合格。验收不合格的，乙方应在10日内整改并重新提交。

3.4 乙方未能在第3.1条约定期限内具备验收条件的，每逾期一日向甲方支付违约金600元。

## 4. 服务水平

4.1 平台月度可用率不低于99.5%（经甲方同意的计划维护时间除外）。计划维护应安排在工作日22:00至次日6:00之间，并提前3日通知甲方。

4.2 故障分级与响应：一级故障（平台整体不可用、家长端无法登录或接送签到中断）30分钟内响应、3小时内恢复；二级故障（部分功能异常）1小时内响应、1个工作日内解决；三级故障（咨询及一般问题）8小时内响应、5个工作日内解决。

4.3 月度可用率低于承诺值的，每低0.1个百分点，减免当月订阅费的5%，累计不超过当月订阅费的50%；一级故障未在时限内响应的，每次减免300元。减免金额在下一季度费用中抵扣。

4.4 乙方每月向甲方提供服务报告，内容包括可用率、故障记录及处理情况。

## 5. 数据归属与数据安全

5.1 平台中幼儿、家长和教职工的个人信息以及园所运营数据（以下简称"甲方数据"）属于甲方。乙方作为受托处理者，按甲方指示为提供本协议服务处理甲方数据。

5.2 乙方有权对平台中的甲方数据进行去标识化处理后，用于平台产品功能改进、算法模型训练及编制发布学前教育行业研究报告；该等去标识化数据的使用不受本协议期限的限制。

5.3 乙方应遵守《中华人民共和国个人信息保护法》和《儿童个人信息网络保护规定》，按网络安全等级保护第三级要求保护平台安全，对数据传输和存储进行加密，严格控制员工访问权限并记录日志；视频直播仅向经甲方授权的家长开放。

5.4 发生数据泄露、篡改或丢失的，乙方应在发现后24小时内书面通知甲方，立即采取补救措施，并配合甲方履行告知和报告义务。因乙方原因导致数据安全事件的，乙方承担全部责任并赔偿甲方损失。

5.5 本协议终止后30日内，乙方应按甲方要求以通用格式返还全部甲方数据，并删除其系统中的甲方数据（第5.2条所述去标识化数据除外），出具删除证明。

## 6. 知识产权

6.1 平台软件及其后续版本的知识产权归乙方所有。

6.2 乙方根据甲方要求定制的园所品牌页面、报表模板、课程活动模板等定制内容，知识产权归甲方所有，甲方可自由使用、修改及许可他人使用。甲方上传的课程资源、图片和视频归甲方所有。

## 7. 保密

7.1 双方对因本协议获悉的对方商业信息、技术信息和经营信息负有保密义务，未经对方书面同意不得向第三方披露，法律法规要求披露的除外。保密义务在本协议终止后三年内继续有效。

## 8. 续期

8.1 服务期届满前60日内任何一方未书面通知对方不再续约的，本协议自动续期，续期期限与原服务期相同。

8.2 续期期间的订阅单价按乙方届时公布的标准价格执行，乙方无需另行征得甲方同意。

## 9. 分包

9.1 除第1.3条所述云基础设施服务外，乙方不得将本协议项下服务分包给第三方；确需分包的，应事先取得甲方书面同意，并对分包方的行为承担连带责任。

## 10. 违约责任与责任限制

10.1 任何一方违反本协议给对方造成损失的，应予赔偿。

10.2 乙方在本协议项下的累计赔偿责任不超过本协议总金额的两倍；因乙方故意或重大过失、违反第5条造成的损失不受此限。

## 11. 协议解除

11.1 乙方出现以下情形之一的，甲方有权书面通知解除本协议：（1）连续两个月可用率低于承诺值；（2）发生因乙方原因导致的重大数据安全事件；（3）其他严重违约行为经甲方书面催告后15日内未纠正。

11.2 协议解除的，甲方按实际服务月数支付订阅费，乙方应退还已收取但未提供服务部分的费用，并按第5.5条返还数据。

## 12. 法律适用与争议解决

12.1 本协议适用中华人民共和国法律。

12.2 因本协议发生的争议，双方协商解决；协商不成的，提交甲方所在地人民法院诉讼解决。

## 13. 其他

13.1 本协议自双方盖章之日起生效，一式两份，双方各执一份。

13.2 附件：需求确认书；园所清单。

甲方（盖章）：南京启明星幼教管理有限公司

乙方（盖章）：童伴云科技（杭州）有限公司

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h145z04 — 县自然资源局 国土空间基础信息平台 年度运维 (政府采购 竞争性磋商) — .pdf, 第X条 + （一）
# ---------------------------------------------------------------------------------------------------------------
H145Z04 = """
T:青禾县国土空间基础信息平台运行维护服务合同
P:项目编号：QHZC-2026-C-019（采购方式：竞争性磋商）
P:采购人（甲方）：青禾县自然资源局
P:供应商（乙方）：华图数科信息技术有限公司
P:根据青禾县国土空间基础信息平台运行维护服务项目的竞争性磋商文件、乙方响应文件及成交通知书，依据《中华人民共和国政府采购法》和《中华人民共和国民法典》，甲乙双方订立本合同。
H:第一条 服务内容
P:（一）乙方为甲方国土空间基础信息平台提供运行维护服务。平台包括国土空间规划"一张图"实施监督系统、不动产登记数据共享子系统、自然资源确权登记子系统及其数据库、服务器、存储和网络安全设备。
P:平台现有服务器18台，存储容量约260TB，日均访问约3,000人次。
P:（二）服务内容包括：驻场运维、平台软件维护与升级、年度数据更新入库、安全巡检与网络安全等级保护测评配合、应急保障和技术培训，具体要求见附件1《运维服务需求》。
H:第二条 服务期限
P:服务期自2026年4月1日起至2027年3月31日止。服务期满本合同自动终止，甲方继续采购运维服务的，须重新履行政府采购程序。乙方应在服务期开始前10日内完成与原运维单位的交接。
H:第三条 合同价款
P:（一）合同总价为人民币捌拾叁万伍仟贰佰元整（¥835,200），为固定价格，包含人工、差旅、工具、软件升级、税费等全部费用。
P:（二）分项价格：1. 驻场运维服务（2人，全服务期）403,200元；2. 平台软件维护与升级186,000元；3. 年度数据更新入库148,000元；4. 安全巡检与等级保护测评配合62,000元；5. 应急保障与技术培训36,000元。
H:第四条 付款方式
P:（一）服务费按季度支付。每个服务季度结束后，甲方根据第七条的考核结果确认当季服务，并在收到乙方发票后15个工作日内支付合同总价的25%，即208,800元。
P:（二）本合同不设预付款。
H:第五条 服务要求
P:（一）乙方派驻2名运维工程师在甲方机房驻场服务，工作日8:30至17:30在岗，法定节假日安排人员值守。驻场人员须具备地理信息系统或数据库相关资格，更换人员须经甲方书面同意。
P:（二）乙方每日巡检平台运行状态，每周提交巡检记录，每月提交运维月报，每季度开展一次安全巡检并提交报告。
P:（三）年度数据更新入库：乙方应于2026年9月30日前完成2025年度国土变更调查成果入库，于2027年1月15日前完成详细规划成果和不动产登记数据的同步更新。入库数据须通过甲方组织的质检。
P:（四）乙方应配合甲方完成年度网络安全等级保护测评，并按测评意见在30日内完成整改。
P:（五）乙方每半年为甲方业务人员和信息中心人员提供一次平台使用与维护培训。
P:（六）重大活动、汛期及自然灾害应急期间，乙方应安排专人24小时值守，接到甲方通知后1小时内到场。
P:（七）乙方应建立运维台账，如实记录每次操作、变更和故障处理情况，供甲方随时查阅。
H:第六条 服务水平
P:（一）服务期内平台月度可用率不低于99.95%。
P:（二）故障分级：一级故障指平台整体不可用或"一张图"服务中断；二级故障指部分子系统不可用；三级故障指一般功能异常。
P:（三）一级故障30分钟内响应，2小时内到场，6小时内恢复；二级故障1小时内响应，8小时内恢复；三级故障在2个工作日内解决。
P:（四）上述服务水平的考核结果作为乙方服务质量评价的依据，不与服务费挂钩。响应、到场或恢复超出时限的，甲方可书面督促乙方整改，不另行扣减服务费。
H:第七条 考核与验收
P:（一）甲方每季度对乙方服务进行考核，考核内容包括：巡检和报告提交情况、故障处理是否闭环、数据入库质检合格率（不低于98%）及甲方业务科室的满意度。考核合格的，甲方出具季度服务确认单。
P:（二）季度考核不合格的，乙方应在10个工作日内整改，整改合格后甲方支付当季服务费。
P:（三）服务期满后，甲方组织年度验收。验收标准为：运维文档和操作日志齐全；年度数据更新入库全部完成并通过质检；等级保护测评整改项全部关闭；知识转移完成。年度验收合格的，甲方出具验收报告；不合格的，乙方应在15日内整改。
H:第八条 知识产权
P:乙方在运维过程中为甲方编写的脚本、工具配置、运维文档、数据处理成果及二次开发程序，知识产权归甲方所有。乙方应随时交付上述成果，甲方可自由使用和修改。
H:第九条 数据安全
P:（一）平台数据（包括国土空间规划、不动产登记、确权登记等数据）属于甲方。乙方仅可为履行本合同在甲方机房内处理平台数据，不得复制、外传或用于其他任何目的。
P:（二）乙方人员须通过甲方背景审查。运维操作一律通过甲方堡垒机进行并全程录像审计；禁止使用移动存储介质，禁止将运维终端接入互联网；涉及涉密数据的，只能在甲方涉密网内由甲方人员操作。
P:（四）服务期结束后，乙方应在甲方监督下删除运维终端中的全部甲方数据，并出具书面确认。
P:（三）发生数据泄露、篡改、丢失或网络攻击事件的，乙方应在发现后1小时内报告甲方，并立即采取处置措施。因乙方原因造成的数据安全事件，乙方承担全部法律责任，并赔偿甲方全部损失。
H:第十条 保密
P:乙方及其驻场人员对在服务中知悉的甲方工作秘密、数据内容、网络结构和安全配置负有保密义务，应签署保密承诺书；未经甲方书面同意，不得向任何第三方披露。保密义务不因合同终止而解除。乙方违反保密义务的，甲方有权解除合同并要求赔偿损失。
H:第十一条 违约责任
P:（一）乙方未按第五条第（三）项约定期限完成数据更新入库的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
P:（二）乙方提交的入库数据质检不合格的，应在10个工作日内免费返工。
P:（三）甲方无正当理由逾期支付服务费的，按同期贷款市场报价利率支付逾期利息。
H:第十二条 转包与分包
P:乙方不得将本合同项下服务转包或分包给任何第三方。
H:第十三条 合同解除
P:（一）乙方有下列情形之一的，甲方有权书面通知解除本合同：连续两个季度考核不合格；发生因乙方原因造成的重大数据安全事件；擅自转包或分包；其他严重违约行为经书面催告后10日内未改正。
P:（二）合同解除的，甲方按已确认的服务季度支付服务费。
P:（三）服务期满或合同解除时，乙方应在15日内完成运维交接，移交全部账号、口令、文档和脚本，并交还全部数据和资料。
H:第十四条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在10日内提供证明，按影响程度部分或全部免除责任。
H:第十五条 适用法律与争议解决
P:本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，依法向甲方所在地人民法院提起诉讼。
H:第十六条 其他
P:本合同一式五份，甲方三份，乙方一份，政府采购监督管理部门备案一份，自双方签字盖章之日起生效。附件：1. 运维服务需求；2. 乙方响应文件；3. 保密承诺书。
P:甲方：青禾县自然资源局（盖章）　　乙方：华图数科信息技术有限公司（盖章）
P:签订日期：2026年3月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h145z05 — 酿造企业 ERP 许可 + 定制开发 (供应商自有合同范本) — .md, "## 第X条" + X.Y
# ---------------------------------------------------------------------------------------------------------------
H145Z05 = """
# 云启ERP软件许可及实施服务合同

> 云启软件标准合同文本 V5.0（2025年版）

合同编号：YQ-ERP-2026-0587

**甲方（用户）**：海澄酿造食品股份有限公司
**地址**：广东省江门市新会区酱园路18号

**乙方（供应商）**：云启软件股份有限公司
**地址**：广州市天河区软件路11号

鉴于甲方拟在其酱油、食醋及调味品的生产经营中使用乙方云启ERP软件，并委托乙方进行定制开发和实施，双方在平等自愿的基础上达成如下条款，共同遵守。

## 第一条 合同标的

1.1 乙方向甲方提供云启ERP软件的使用许可，许可模块为财务、供应链、生产制造、质量追溯、经销商管理，共80个并发用户。

1.2 乙方根据甲方需求进行定制开发，内容包括：酿造发酵周期管理（晒池及发酵罐批次、发酵天数、氨基酸态氮检测记录）、原料与成品批次追溯、经销商返利结算，以及与甲方WMS仓储系统的接口。

1.3 乙方提供实施服务（需求调研、系统配置、期初数据导入、上线支持）及培训。

1.4 本合同不包括服务器、数据库、操作系统等软硬件，由甲方自行采购。

## 第二条 合同价款

| 序号 | 项目 | 说明 | 金额（元） |
|---|---|---|---|
| 1 | 云启ERP软件许可 | 五个模块，80个并发用户，永久许可 | 960,000 |
| 2 | 定制开发 | 见第1.2条 | 540,000 |
| 3 | 实施服务 | 调研、配置、数据导入、上线支持 | 320,000 |
| 4 | 培训 | 关键用户及最终用户培训 | 40,000 |
|  | 合计 |  | 1,860,000 |

2.1 合同总价为人民币壹佰捌拾陆万元整（¥1,860,000），含增值税。

2.2 因甲方需求变更增加的工作量，按每人日2,800元另行计费。

2.3 乙方实施人员赴甲方现场发生的差旅费用由甲方按实报销。

## 第三条 付款方式

3.1 合同签订后5个工作日内，甲方支付合同总价的50%，即930,000元。

3.2 系统上线后5个工作日内，甲方支付合同总价的45%，即837,000元。

3.3 系统上线满三个月后5个工作日内，甲方支付合同总价的5%，即93,000元。

3.4 甲方逾期付款的，每逾期一日按逾期金额的千分之一向乙方支付违约金，且乙方有权暂停实施及服务。

3.5 甲方支付各期款项前，乙方开具增值税发票。

## 第四条 实施与上线

4.1 乙方在收到首期款后开始实施，计划在首期款到账后150日内完成系统上线。

4.2 甲方应按乙方实施计划及时提供需求、基础数据和人员配合；因甲方原因导致的延误，上线期限相应顺延。甲方应指定项目负责人及关键用户，并在乙方提交的需求规格说明书和方案确认单上及时签字确认；甲方超过五个工作日未确认的，视为确认。

4.3 乙方逾期上线的，每逾期一日，按合同总价的万分之二向甲方支付违约金，违约金累计不超过合同总价的3%。

4.4 系统上线日期以乙方发出的上线通知为准。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方对系统有异议的，应在上线后七日内以书面形式提出；逾期未提出的，视为甲方对系统无异议。

## 第六条 免费维护期及服务

6.1 免费维护期为六个月，自系统上线之日起计算。免费维护期内，乙方提供远程技术支持及软件缺陷修复。

6.2 故障响应：紧急故障（系统无法登录、无法过账或无法出库）乙方在工作日24小时内响应；一般问题在3个工作日内答复。

6.3 上述时限为乙方的服务目标，乙方不因响应或处理时间超出上述时限而承担扣款、赔偿或违约责任。

6.4 因甲方操作不当、擅自修改或第三方软硬件导致的故障，不属于免费维护范围。

## 第七条 维护服务

7.1 免费维护期满后，甲方如需继续获得技术支持和版本升级服务，应与乙方另行签订年度维护服务合同，年度维护费按乙方当年公布的服务价格标准执行。

7.2 未签订年度维护服务合同的，乙方不再提供技术支持；甲方此后重新购买维护服务的，须补缴中断期间的维护费。

7.3 年度维护服务费应在每个服务年度开始前一次性支付。

## 第八条 知识产权

8.1 云启ERP软件及其全部文档的知识产权归乙方所有。

8.2 乙方为甲方进行的定制开发成果（包括程序、源代码、设计文档及接口程序），知识产权均归乙方所有。甲方在本合同许可范围内享有非独占的使用权，不得修改、反向工程或提供给任何第三方。

8.3 乙方有权将定制开发成果用于其他客户或纳入其标准产品。

8.4 甲方不得将许可软件转让、出租或提供给本合同约定以外的法人主体使用。

## 第九条 数据

9.1 甲方录入系统的业务数据归甲方所有。

9.2 为提升产品及服务质量，乙方有权在对甲方业务数据进行脱敏处理后，将其用于行业数据分析、产品优化和行业解决方案的研发。

9.3 乙方在实施和维护过程中接触甲方数据的，应采取必要的访问控制和加密措施保护数据安全，远程访问须经甲方授权并记录日志。发生数据泄露的，乙方应在知悉后24小时内通知甲方并协助处置；因乙方过错导致数据泄露的，乙方依本合同第十一条承担赔偿责任。

9.4 合同终止后，乙方可应甲方要求协助导出甲方业务数据，协助费用另计。

## 第十条 保密

10.1 双方对在合作中知悉的对方商业秘密和技术秘密负有保密义务，未经对方同意不得向第三方披露，保密期限至合同终止后两年。

10.2 乙方可在其宣传材料及客户名单中使用甲方的名称和标识。

## 第十一条 违约及责任限制

11.1 任何一方违反本合同约定的，应承担相应的违约责任。

11.2 乙方在本合同项下的累计赔偿责任（包括违约金）以本合同约定的软件许可费金额（人民币玖拾陆万元）为限，且乙方不承担甲方的利润损失、数据损失、停产损失等任何间接损失。

## 第十二条 合同解除

12.1 任何一方严重违约，经守约方书面催告后三十日内仍未纠正的，守约方有权书面通知解除本合同。

12.2 因甲方原因解除合同的，乙方已收取的款项不予退还；合同解除的，甲方应支付乙方已完成工作的费用。

## 第十三条 不可抗力

13.1 因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方。不可抗力包括自然灾害、政府行为、公共网络及电力故障、黑客攻击等。

## 第十四条 法律适用及争议解决

14.1 本合同适用中华人民共和国法律。

14.2 因本合同发生的争议，双方协商解决；协商不成的，提交广州仲裁委员会仲裁。

## 第十五条 其他

15.1 本合同采用乙方标准合同文本，经双方签字盖章后生效，一式两份，双方各执一份。

15.2 本合同附件：功能清单、实施计划。

甲方（盖章）：海澄酿造食品股份有限公司　　代表：

乙方（盖章）：云启软件股份有限公司　　代表：

日期：2026年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h145e01 — Foshan tile maker: colour-matching perpetual licence + configuration + support (Irish vendor on
# Inishmaan) — .txt, "Clause N" + N.M
# ---------------------------------------------------------------------------------------------------------------
H145E01 = """
SOFTWARE LICENCE AND SERVICES AGREEMENT

THIS AGREEMENT is made on the ____ day of ______________ 2026

BETWEEN:

(1) INISHMAAN COLOUR SYSTEMS LIMITED, a private company limited by shares incorporated in Ireland (registered number 712846), having its registered office at Baile an Mhothair, Inishmaan, Aran Islands, County Galway, H91 X2C7, Ireland (the "Licensor"); and

(2) FOSHAN HONGTAO CERAMIC TILE CO., LTD., a company incorporated in the People's Republic of China, having its registered office at No. 18 Taoci Avenue, Nanzhuang Town, Chancheng District, Foshan, Guangdong Province, China (the "Licensee").

BACKGROUND:

(A) The Licensor has developed the ChromaMatch colour-matching software for ceramic tile production.

(B) The Licensee manufactures glazed porcelain tiles on nine digital printing lines at its Nanzhuang plant and wishes to license ChromaMatch and to have the Licensor configure it for those lines.

(C) At the Licensee's request all prices in this Agreement are stated and payable in Chinese Renminbi (CNY).

IT IS AGREED as follows:

Clause 1 Definitions

1.1 In this Agreement:
"Configuration Deliverables" means the printer colour profiles, recipe conversion scripts, the MES interface and its source code, and the documentation produced by the Licensor for the Licensee;
"Contract Price" means the total price stated in Schedule 1;
"Final Acceptance" means the issue of the certificate described in Clause 6.4;
"Licence Fee" means the fee for the Licensed Software stated in Schedule 1;
"Licensed Software" means the ChromaMatch Enterprise software, version 7, in object code, with the updates supplied under this Agreement;
"Licensee Data" means all recipes, spectral measurements, colour standards, production data and personal information entered into or generated by the Licensed Software.

Clause 2 Grant of Licence

2.1 In consideration of the Licence Fee the Licensor grants to the Licensee a perpetual, non-exclusive and irrevocable licence to install and use the Licensed Software at the Licensee's plants in the People's Republic of China for the business of the Licensee and its affiliates, for up to 25 named users and six connected spectrophotometers, and to make the copies reasonably needed for back-up, testing and disaster recovery.

Clause 3 Services

3.1 The Licensor shall: (a) install the Licensed Software on the Licensee's servers; (b) import and convert the Licensee's glaze recipe library of approximately 3,400 recipes; (c) build colour profiles for the nine digital printing lines; (d) build the interface between the Licensed Software and the Licensee's manufacturing execution system ("MES"); and (e) deliver the training described in Schedule 1.

3.2 The Licensor shall perform the services with reasonable skill and care, in accordance with good industry practice.

Clause 4 Fees and Payment

4.1 The Contract Price is CNY 1,644,000, inclusive of all taxes, travel and expenses, and is fixed.

4.2 The Licensee shall pay the Contract Price as follows:
(a) 20% (CNY 328,800) within 30 days after signature of this Agreement;
(b) 45% (CNY 739,800) within 30 days after the Installation Certificate under Clause 6.1; and
(c) 35% (CNY 575,400) within 30 days after Final Acceptance.

4.3 The Licensee may withhold any tax that it is required to withhold under the laws of the People's Republic of China and shall give the Licensor the official receipts.

Clause 5 Timetable and Liquidated Damages

5.1 The Licensor shall make the Licensed Software ready for the Acceptance Tests within 120 days after signature (the "Readiness Date").

5.2 If the Licensor fails to meet the Readiness Date for reasons not attributable to the Licensee, it shall pay liquidated damages of CNY 1,200 for each day of delay, up to a maximum of 10% of the Contract Price. The parties agree that this sum is a genuine pre-estimate of loss and not a penalty.

Clause 6 Acceptance

6.1 On completing installation the Licensor shall demonstrate that the Licensed Software starts and connects to the six spectrophotometers, after which the Licensee shall issue an Installation Certificate. The Installation Certificate is not acceptance.

6.2 The Acceptance Tests are:
(a) colour prediction on 200 reference tiles chosen by the Licensee, with a colour difference of ΔE2000 not exceeding 1.0 on at least 95% of them;
(b) conversion of the recipe library, with every converted recipe reconciled against the Licensee's source records;
(c) transfer of recipes and colour profiles to and from the MES on every line for 10 consecutive production days; and
(d) no Severity 1 or Severity 2 defect open at the end of that period.

6.3 If a test fails, the Licensor shall correct the failure and repeat the test at its own cost.

6.4 When all Acceptance Tests are passed the Licensee shall issue a Final Acceptance certificate within five working days. Neither production use of the Licensed Software nor any payment constitutes acceptance.

Clause 7 Warranty

7.1 The Licensor warrants that for eighteen (18) months after Final Acceptance (the "Warranty Period") the Licensed Software and the Configuration Deliverables will perform materially in accordance with their documentation and the Acceptance Tests.

7.2 During the Warranty Period the Licensor shall correct any defect free of charge and shall provide the support and updates described in Clause 8 without further fee.

Clause 8 Support and Service Levels

8.1 The Licensor shall provide support in Mandarin and English by telephone, e-mail and remote session, at all times for Severity 1 and from 08:00 to 20:00 China time on working days for other requests.

8.2 Response and resolution targets:
Severity 1 (the colour engine is unavailable or recipes cannot be sent to any production line): response within 1 hour, workaround within 8 hours;
Severity 2 (a function is impaired with no workaround): response within 2 hours, resolution within 3 working days;
Severity 3 (any other defect or question): response within 1 working day.

8.3 If the Licensor misses a Severity 1 or Severity 2 target, it shall pay or credit CNY 800 for each hour or part of an hour of delay.

Clause 9 Support after the Warranty Period

9.1 After the Warranty Period the Licensee may buy support and updates year by year by purchase order. The Annual Support Fee is 11% of the Licence Fee, namely CNY 129,800 per year, fixed for the first three support years; thereafter it may be changed only by written agreement and by no more than 3% over the previous year's fee.

9.2 Support does not renew automatically.

Clause 10 Intellectual Property

10.1 The Licensed Software and all intellectual property rights in it remain the property of the Licensor and its licensors.

10.2 All intellectual property rights in the Configuration Deliverables vest in the Licensee upon creation, and the Licensor hereby assigns them to the Licensee. The Licensor shall deliver their source code and documentation, and the Licensee may use, modify and license them to others freely.

Clause 11 Licensee Data and Security

11.1 Licensee Data is and remains the property of the Licensee. The Licensor shall process it only to perform this Agreement and shall not copy, aggregate or analyse it for its own use.

11.2 The Licensed Software is installed on the Licensee's servers in Foshan. The Licensor shall access them only through the Licensee's VPN with multi-factor authentication, after approval of each session by the Licensee's IT manager, and every session is logged. No Licensee Data shall leave the Licensee's network.

11.3 The Licensor shall comply with the Personal Information Protection Law and the Data Security Law of the People's Republic of China, and shall notify the Licensee within 24 hours after becoming aware of any unauthorised access to, or loss of, Licensee Data, take immediate remedial steps, and compensate the Licensee for all losses, costs and fines resulting from any such incident caused by the Licensor or its personnel.

Clause 12 Confidentiality

12.1 Each party shall keep confidential all information of the other party disclosed in connection with this Agreement, including recipes, glaze formulations, prices and source code, and shall not use or disclose it except to perform this Agreement. This does not apply to public information or disclosures required by law.

12.2 This Clause survives for five years after termination.

Clause 13 Liability

13.1 Neither party limits its liability for death or personal injury caused by negligence, for fraud, or for breach of Clause 11 or Clause 12.

13.2 Subject to Clause 13.1, the total aggregate liability of each party under or in connection with this Agreement, whether in contract, tort (including negligence) or otherwise, shall not exceed 150% of the Contract Price, and neither party shall be liable for loss of profits or indirect loss.

Clause 14 Subcontracting

14.1 The Licensor shall not subcontract any of its obligations without the Licensee's prior written consent, and remains responsible for any approved subcontractor as for itself.

Clause 15 Termination

15.1 Either party may terminate this Agreement by written notice if the other party commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied, or if the other party becomes insolvent or has a receiver or examiner appointed.

15.2 The Licensee may also terminate if the liquidated damages under Clause 5.2 reach their maximum. If the Licensee terminates before Final Acceptance, the Licensor shall refund all sums paid.

Clause 16 General

16.1 This Agreement is the entire agreement between the parties on its subject matter. Any amendment must be in writing and signed by both parties. Neither party is liable for delay caused by events beyond its reasonable control.

Clause 17 Governing Law and Jurisdiction

17.1 This Agreement and any dispute or claim (including non-contractual disputes or claims) arising out of or in connection with it shall be governed by and construed in accordance with the laws of Ireland.

17.2 The courts of Ireland shall have exclusive jurisdiction to settle any such dispute or claim.

SCHEDULE 1 - FEES (CNY, all taxes included)

Item 1  Licence Fee - ChromaMatch Enterprise, perpetual, 25 named users, six spectrophotometer connectors ....... 1,180,000
Item 2  Configuration services - recipe library conversion, colour profiles for nine printing lines, MES interface ....... 426,000
Item 3  Training - two on-site courses for up to 40 participants ....... 38,000
Contract Price ....... 1,644,000

SIGNED for and on behalf of INISHMAAN COLOUR SYSTEMS LIMITED
by: ______________________ Director

SIGNED for and on behalf of FOSHAN HONGTAO CERAMIC TILE CO., LTD.
by: ______________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h145e02 — Harbin ice-festival operator: visitor-ticketing SaaS, Order Form + General Terms (German vendor on
# Mainau) — .pdf, "§ N (1)"
# ---------------------------------------------------------------------------------------------------------------
H145E02 = """
T:Order Form No. MT-HRB-2026-04
H:Part A - Order Form
P:Supplier: Mainau Ticketing GmbH, Insel Mainau 3, 78465 Konstanz, Germany, registered in the commercial register of the Local Court (Amtsgericht) of Freiburg im Breisgau under HRB 720415, managing directors Katrin Lindemann and Jonas Heller ("Mainau").
P:Customer: Harbin Bingxue Festival Operations Co., Ltd., No. 66 Sun Island Road, Songbei District, Harbin, Heilongjiang Province, China ("Customer").
P:Subject: Mainau TicketCloud visitor-ticketing platform for the Customer's ice and snow festival park (online sales, box offices, real-name verification, gate access control, reporting), with onboarding and integration.
P:Subscription Start Date: 1 October 2026. Subscription Term: 24 months from the Subscription Start Date, covering the festival seasons 2026/27 and 2027/28. "Contract Year" means each year of the Subscription Term from the Subscription Start Date or its anniversary.
P:Go-Live Date: 1 December 2026, the opening day of the 2026/27 festival season.
P:Fees (CNY, including VAT). At the Customer's request all fees are stated and payable in Chinese yuan.
TB:Item|Basis|Amount (CNY)
TB:TicketCloud platform subscription (online and on-site sales, real-name verification, up to 3.2 million tickets per season)|per Contract Year|276,000
TB:Gate integration module (64 turnstiles and handheld scanners)|per Contract Year|46,000
TB:Peak Capacity Package (December to February)|per Contract Year|62,000
TB:Subtotal per Contract Year||384,000
TB:Subscription fees for two Contract Years||768,000
TB:Onboarding and integration (one-time)||124,000
TB:Total Contract Value||892,000
P:Invoicing: The onboarding fee and the subscription fees for the first Contract Year, together CNY 508,000, are invoiced on signature of this Order Form and are payable within 15 days of the invoice and in any event before the Subscription Start Date. The subscription fees for the second Contract Year are invoiced on the first day of that Contract Year and are payable within 30 days.
P:This Order Form and the General Terms and Conditions in Part B together form the agreement between the parties (the "Agreement").
H:Part B - General Terms and Conditions for Subscription Services
H:§ 1 Scope
P:(1) Mainau provides the TicketCloud platform as software as a service, with the onboarding and integration services in the Order Form and in Annex 1 (Service Description).
P:(2) Mainau operates the platform for the Customer in a data centre in mainland China operated by the cloud provider named in Annex 2.
H:§ 2 Term
P:(1) The Agreement begins on signature of the Order Form and runs until the end of the Subscription Term. Ordinary termination before that date is excluded.
P:(2) The Agreement ends on expiry of the Subscription Term. It does not renew automatically; any renewal requires a new Order Form signed by both parties.
H:§ 3 Fees and Payment
P:(1) The fees stated in the Order Form are fixed for the Subscription Term and include hosting, updates, maintenance and support.
P:(2) Payments are made in CNY by bank transfer to the account stated on the invoice. The Customer may withhold taxes that it is required to withhold under the law of the People's Republic of China and provides Mainau with the official tax receipts.
H:§ 4 Onboarding, Go-Live and Acceptance
P:(1) Mainau configures the platform, sets up ticket products, prices and quotas, connects the 64 turnstiles and the handheld scanners through the gate integration module, and integrates the Customer's payment accounts and the real-name verification interface.
P:(2) Before the Go-Live Date Mainau conducts a go-live acceptance test together with the Customer. The test is passed if: (a) a load test sustains 9,000 ticket sales per minute with page response times under two seconds; (b) all 64 turnstiles validate tickets within one second; (c) a three-day reconciliation of test sales with WeChat Pay, Alipay and UnionPay shows no unexplained difference; (d) real-name verification works for identity cards and passports; and (e) no Priority 1 or Priority 2 defect is open.
P:(3) The Customer signs an acceptance certificate when the test is passed. Selling tickets in production before that date does not constitute acceptance.
P:(4) If the platform is not ready for live sales on the Go-Live Date for reasons for which Mainau is responsible, Mainau pays a contractual penalty of CNY 900 for each calendar day of delay, up to a total of CNY 44,600. The penalty is credited against any further damages.
H:§ 5 Service Levels
P:(1) The availability of the sales channels and of gate validation is at least 99.95 % in each calendar month, excluding maintenance windows agreed with the Customer.
P:(2) Priorities and response times: Priority 1 (online or on-site sales or gate validation fails for the park) - response within 30 minutes at any time, restoration within 2 hours; Priority 2 (one sales channel or a group of gates is impaired) - response within 1 hour, restoration within 8 hours; Priority 3 (other defects and questions) - response on the next working day.
P:(3) If the monthly availability falls below the committed level, the Customer receives a service credit of 5 % of the monthly share of the annual subscription fees for each started 0.1 percentage point of shortfall, up to 50 % of that monthly share. For each Priority 1 incident not responded to in time, the Customer receives an additional credit of CNY 2,000. Credits are set off against the next invoice.
H:§ 6 Rights of Use and Intellectual Property
P:(1) Mainau grants the Customer, for the Subscription Term, the non-exclusive and non-transferable right to use the platform for its festival operations.
P:(2) All rights in the platform, its software and its documentation remain with Mainau.
P:(3) The configurations, ticket designs, price structures, reports and the code of the integration adapters written specifically for the Customer belong to the Customer. Mainau transfers all rights in them to the Customer; the Customer may use, modify and license them without restriction, including with another provider.
H:§ 7 Customer Data and Data Security
P:(1) All data that the Customer or its visitors enter into the platform or that arise from its use, including visitor names, identity document numbers, mobile numbers, orders and entry records ("Customer Data"), belong to the Customer. Mainau processes Customer Data only on the Customer's instructions and only to provide the services.
P:(2) Customer Data are stored and processed only in mainland China. Mainau does not transfer Customer Data abroad. Remote access from Germany for second-level support is limited to system logs without personal information and is logged.
P:(3) Mainau maintains the technical and organisational measures described in Annex 2, including encryption of identity data in storage and in transit, role-based access with multi-factor authentication, filing of the platform at MLPS level 3, and an annual penetration test.
P:(4) Mainau notifies the Customer of any security incident affecting Customer Data without undue delay and in any event within 24 hours, supports the Customer's notifications to the authorities and to the persons concerned, and bears the costs and damages arising from incidents for which it is responsible.
P:(5) At the end of the Agreement Mainau returns the Customer Data in a common machine-readable format, deletes them within 30 days and confirms the deletion in writing.
H:§ 8 Subcontractors
P:(1) Mainau may use subcontractors and sub-processors, in particular the cloud provider, SMS gateway providers and local installation partners for the gates. Mainau informs the Customer of any new subcontractor by e-mail at least 14 days before it is engaged; the Customer's consent is not required.
P:(2) Mainau remains responsible for its subcontractors as for its own acts.
H:§ 9 Liability
P:(1) Mainau is liable without limitation for intent and gross negligence, and for injury to life, body or health.
P:(2) For slight negligence Mainau is liable only for breach of essential contractual obligations (cardinal obligations), and then only for the damage that was typical and foreseeable when the Agreement was made.
P:(3) Except in the cases of paragraph (1), the total liability of Mainau under the Agreement, including contractual penalties and service credits, is limited to CNY 250,000.
H:§ 10 Confidentiality
P:(1) Each party keeps confidential all business and technical information of the other party that it receives in connection with the Agreement, in particular visitor figures, prices, revenue and security arrangements, and uses it only for the purposes of the Agreement.
P:(2) Paragraph (1) does not apply to information that is publicly known, was known to the receiving party beforehand, or must be disclosed by law. The obligation continues for three years after the end of the Agreement.
H:§ 11 Cooperation of the Customer
P:The Customer provides the network connections at the gates and box offices, park access for the installation partners, and staff for the acceptance test.
H:§ 12 Termination for Good Cause
P:(1) The right of each party to terminate the Agreement for good cause remains unaffected.
P:(2) Good cause for the Customer exists in particular if Mainau materially breaches the Agreement and fails to remedy the breach within 20 days of a written warning, or if Mainau misses the committed availability in two consecutive months.
P:(3) If the Customer terminates for good cause, Mainau refunds the fees paid for periods after the termination date and, if termination occurs before Go-Live, the onboarding fee.
H:§ 13 Force Majeure
P:Neither party is liable for failures caused by force majeure for as long as the event lasts.
H:§ 14 Governing Law and Disputes
P:(1) The Agreement is governed by the law of the People's Republic of China, excluding the United Nations Convention on Contracts for the International Sale of Goods.
P:(2) All disputes arising from or in connection with the Agreement are finally settled by the Harbin Arbitration Commission in Harbin under its arbitration rules.
H:§ 15 Final Provisions
P:(1) Amendments and additions to the Agreement must be made in writing. This also applies to any waiver of this written-form requirement.
P:(2) Should any provision of the Agreement be or become invalid, the validity of the remaining provisions is not affected.
P:(3) The English version of the Agreement is binding.
P:Annexes: Annex 1 - Service Description; Annex 2 - Technical and Organisational Measures and list of subcontractors.
P:Konstanz, ____________ 2026 / Harbin, ____________ 2026
P:Mainau Ticketing GmbH: ____________________    Harbin Bingxue Festival Operations Co., Ltd.: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h145e03 — Rizhao tea garden: soil-moisture sensors + maintenance (French integrator on Gavrinis, Buyer's contract
# form) — .docx, "Article N – Title" + N.M
# ---------------------------------------------------------------------------------------------------------------
H145E03 = """
T:Supply and Installation Contract - Soil-Moisture Monitoring and Irrigation Control System
P:Contract No. HQ-ZH-2026-011
P:BETWEEN THE UNDERSIGNED:
P:Rizhao Haiqu Green Tea Co., Ltd., a limited liability company incorporated in the People's Republic of China, having its registered office at Jufeng Town, Donggang District, Rizhao, Shandong Province, China, represented by its legal representative, hereinafter "the Buyer",
P:AND
P:Gavrinis Agritech SAS, a simplified joint-stock company (société par actions simplifiée) with a share capital of EUR 420,000, registered with the Trade and Companies Register of Vannes under number 912 408 337, having its registered office at Île de Gavrinis, 56870 Larmor-Baden, France, represented by Mr Yann Le Goff, President, hereinafter "the Contractor",
P:hereinafter referred to individually as a "Party" and together as the "Parties".
H:Preamble
P:The Buyer cultivates terraced green-tea gardens around Jufeng and wishes to install a system measuring soil moisture and weather and controlling its existing drip irrigation. After a consultation organised by the Buyer, the Contractor's offer was selected. This Contract is drawn up on the Buyer's contract form. At the Buyer's request, all prices are expressed and payable in Chinese yuan (CNY).
P:NOW, THEREFORE, IT HAS BEEN AGREED AS FOLLOWS:
H:Article 1 - Purpose of the Contract
P:1.1 The purpose of the Contract is the supply, installation, calibration and commissioning by the Contractor of a soil-moisture monitoring system comprising sensor nodes, LoRaWAN gateways, weather stations, irrigation valve controllers and a monitoring platform; its integration with the Buyer's existing drip-irrigation control system; the training of the Buyer's staff; the warranty; and the maintenance offered after the warranty.
P:1.2 The system covers the Buyer's tea garden zones at Jufeng, Sanzhuang, Houcun and Xiwang (the "Sites").
H:Article 2 - Contractual Documents
P:The Contract consists of this document and its annexes: Annex 1 - Technical Specifications and Site plans; Annex 2 - Acceptance Test Plan.
H:Article 3 - Price
P:3.1 The Contract Price is a lump sum, firm and not revisable, of CNY 1,269,400 (one million two hundred and sixty-nine thousand four hundred yuan), inclusive of VAT, transport, insurance, customs clearance, installation and all taxes. It breaks down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Soil-moisture and temperature sensor node, three depths (10/30/50 cm), solar powered|160|2,860|457,600
TB:2|LoRaWAN gateway with cellular back-haul|12|9,800|117,600
TB:3|Automatic weather station|6|24,500|147,000
TB:4|Irrigation valve controller|48|3,150|151,200
TB:5|Monitoring platform, perpetual licence, unlimited users|1|186,000|186,000
TB:|Equipment and Licence Subtotal|||1,059,400
TB:6|Installation, calibration and commissioning|1|124,000|124,000
TB:7|Integration with the drip-irrigation control system|1|68,000|68,000
TB:8|Training of agronomists and field staff|1|18,000|18,000
TB:|Contract Price|||1,269,400
H:Article 4 - Payment Terms
P:4.1 An advance of 10% of the Contract Price (CNY 126,940) is paid within 15 days after signature, against an on-demand advance-payment guarantee of the same amount issued by a bank in mainland China.
P:4.2 55% of the Contract Price (CNY 698,170) is paid within 30 days after the Delivery and Installation Certificate under Article 5.3.
P:4.3 The balance of 35% (CNY 444,290) is paid within 30 days after the Final Acceptance certificate under Article 6.
H:Article 5 - Delivery and Installation
P:5.1 The equipment is delivered DDP to the Sites (Incoterms 2020) within 60 days after signature.
P:5.2 Installation and calibration are completed within 45 days after delivery.
P:5.3 When all equipment is installed, the Parties sign a Delivery and Installation Certificate. This certificate records quantities and installation only and does not constitute acceptance.
H:Article 6 - Acceptance (Réception)
P:6.1 After installation, the system runs for a trial period of 21 consecutive days.
P:6.2 The acceptance tests, detailed in Annex 2, are: (a) volumetric water content measured by the sensors within 3 percentage points of gravimetric reference samples at 20 points chosen by the Buyer; (b) data completeness of at least 98% for every node over the trial period; (c) all 48 valves opened and closed from the platform within 60 seconds of a command, and automatic irrigation triggered by the moisture thresholds set by the Buyer; (d) weather-station readings consistent with the Rizhao meteorological station within the tolerances of Annex 1; (e) platform alarms, reports and data export working as specified.
P:6.3 If the tests are passed, the Buyer issues the Final Acceptance certificate within 7 days. If not, the Contractor corrects the defects at its own cost and the tests are repeated; after two failed attempts the Buyer may terminate the Contract under Article 16.
P:6.4 Neither the use of the system by the Buyer nor any payment constitutes acceptance.
H:Article 7 - Warranty
P:7.1 The Contractor warrants the equipment and the platform against any defect in design, materials or workmanship for thirty-six (36) months from Final Acceptance. During this period it repairs or replaces defective items free of charge, including parts, labour, travel and transport, and supplies platform updates free of charge.
P:7.2 The batteries and solar panels of the sensor nodes are covered by the same warranty.
H:Article 8 - Maintenance after the Warranty
P:8.1 After the warranty, the Contractor offers, at the Buyer's option, an annual maintenance service comprising two preventive visits per year, recalibration of the sensors, replacement of batteries, platform updates and the service levels of Article 9.
P:8.2 The annual maintenance fee is CNY 74,158, i.e. 7% of the Equipment and Licence Subtotal, fixed for the first two maintenance years. Any later change requires a written amendment and may not exceed 3% per year.
P:8.3 Maintenance is ordered year by year by purchase order and is not renewed tacitly.
H:Article 9 - Service Levels
P:9.1 Critical fault (platform unavailable, more than 10% of the sensor nodes of a Site or any gateway offline, or irrigation control impossible): remote response within 1 hour, technician on Site within 24 hours, restoration within 48 hours. Minor fault (a single node or valve fails): response within 8 working hours, restoration within 5 working days.
P:9.2 For each hour of delay in responding to a critical fault the Contractor owes a penalty of CNY 600, and for each day of delay in restoration CNY 1,000. These penalties are deducted from sums due.
H:Article 10 - Intellectual Property
P:10.1 The platform software remains the property of the Contractor. The Buyer receives a perpetual, irrevocable and transferable licence to use it for its tea gardens.
P:10.2 The dashboards, irrigation rules, calibration curves, integration code and documentation produced specifically for the Buyer are the Buyer's property from their creation. The Contractor assigns all rights in them to the Buyer, who may use, modify and license them freely. The source code of the integration is delivered at Final Acceptance.
H:Article 11 - Data and Data Security
P:11.1 All data collected by the system (soil, weather, irrigation, yield and farm-management data) belong to the Buyer. The Contractor may use them only to perform the Contract and may not exploit, sell or reuse them, even in aggregated or anonymised form.
P:11.2 The platform is installed on the Buyer's own cloud account in mainland China. Remote access by the Contractor is made through named accounts with multi-factor authentication and is logged. Data are encrypted in transit between the gateways and the platform.
P:11.3 In the event of a security incident affecting the Buyer's data or systems, the Contractor notifies the Buyer within 24 hours, takes all measures to contain it and bears the consequences of any incident attributable to it, including the costs of recovery and any third-party claim.
H:Article 12 - Confidentiality
P:12.1 Each Party undertakes to keep confidential all information of any kind received from the other Party in the performance of the Contract, including plot maps, yields, cultivation methods and prices, and not to disclose it to any third party without the other Party's prior written consent.
P:12.2 This obligation continues for five years after the end of the Contract.
H:Article 13 - Penalties for Delay
P:13.1 In the event of delay in delivery, or in readiness for the acceptance tests, attributable to the Contractor, the Contractor pays, without prior formal notice, a penalty of 0.1% of the Contract Price per calendar day of delay, up to 10% of the Contract Price.
H:Article 14 - Liability
P:14.1 Each Party is liable for the damage caused by its breach under the ordinary rules of law. The Contractor's total liability under the Contract is limited to twice the Contract Price, except in the case of wilful misconduct, gross negligence, personal injury or breach of Articles 11 and 12.
H:Article 15 - Subcontracting
P:15.1 The Contractor may not subcontract any part of the Contract without the Buyer's prior written consent. It remains fully responsible to the Buyer for any approved subcontractor.
H:Article 16 - Termination (Résiliation)
P:16.1 If the Contractor fails to perform a material obligation and does not remedy the failure within 15 days after a formal notice (mise en demeure) sent by registered letter, the Buyer may terminate the Contract by written notice, without prejudice to damages.
P:16.2 The Buyer may also terminate the Contract if the penalties for delay reach their ceiling, or after two failed acceptance attempts.
H:Article 17 - Force Majeure
P:17.1 Neither Party is liable for a failure caused by force majeure, provided it informs the other Party without delay.
H:Article 18 - Governing Law and Disputes
P:18.1 The Contract is governed by the law of the People's Republic of China.
P:18.2 The Parties seek an amicable settlement of any dispute for 30 days. Failing this, the dispute is submitted to the Rizhao Arbitration Commission for arbitration in Rizhao; the award is final and binding on both Parties.
H:Article 19 - Miscellaneous
P:19.1 Any amendment to the Contract is made by a written amendment signed by both Parties.
P:19.2 The Contract is drawn up in English, in two originals, one for each Party.
P:Done at Rizhao, on ____________ 2026, in two originals.
P:For the Buyer: ____________________    For the Contractor: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h145e04 — Chengdu game studio: managed IT + desktop support (Scottish provider on Inchcolm) — .txt,
# "N. HEADING" + N.M
# ---------------------------------------------------------------------------------------------------------------
H145E04 = """
MANAGED IT SERVICES AGREEMENT

between

INCHCOLM MANAGED SERVICES LIMITED, incorporated under the Companies Acts and registered in Scotland (company number SC714203), whose registered office is at The Abbey Steading, Inchcolm Island, Firth of Forth, Fife, KY3 0XR ("the Provider")

and

CHENGDU FURONG PIXEL INTERACTIVE CO., LTD., a company incorporated in the People's Republic of China, whose registered office is at Tower C, Tianfu Software Park, High-tech Zone, Chengdu, Sichuan Province ("the Customer")

WHEREAS the Customer develops and publishes video games and wishes to outsource the management of its end-user IT; the Provider has agreed to provide managed IT and desktop support services on the terms of this Agreement; and at the Customer's request all charges are stated and payable in Chinese yuan (CNY);

NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:

1. DEFINITIONS AND INTERPRETATION

1.1 In this Agreement:
"Charges" means the charges set out in clause 5;
"Customer Data" means all data of the Customer, its employees, contractors and players, including game source code, art assets, builds, telemetry and personal information, which the Provider or its personnel access, host or otherwise process;
"Minimum Term" means the period of twenty-four months starting on the Service Commencement Date;
"Service Commencement Date" means 1 August 2026;
"Service Credits" means the credits described in clause 4.3;
"Supported Users" means up to 420 named users of the Customer and the devices assigned to them;
"Transition" means the onboarding activities described in clause 3.

2. THE SERVICES

2.1 From the Service Commencement Date the Provider shall provide:
(a) a service desk by telephone, web portal and WeCom, in Mandarin and English, from 08:00 to 23:00 every day, with an on-call engineer outside those hours for Priority 1 Incidents;
(b) desktop support by two engineers based at the Customer's office in Tianfu Software Park on working days from 09:30 to 21:30, covering workstations, development PCs, console development kits, tablets and peripherals;
(c) endpoint management, patching and anti-malware for all supported devices;
(d) monitoring and administration of the office network, Wi-Fi, firewalls, file servers and the build farm;
(e) daily backup of the file servers and source-code repositories, with a restore test every quarter;
(f) joiner, mover and leaver processing, including device preparation and account changes; and
(g) monthly service reports and quarterly service reviews.

2.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.

2.3 The Provider performs the on-site Services through its wholly owned subsidiary Inchcolm Technology (Chengdu) Co., Ltd., which the Customer approves by signing this Agreement.

3. TRANSITION

3.1 Between signature and the Service Commencement Date the Provider shall enrol all supported devices in its management tools, document the Customer's network, servers and build farm, set up the service desk and knowledge base, and run test tickets for each priority.

3.2 The Customer shall accept the Transition when:
(a) at least 98% of supported devices report to the Provider's management console;
(b) the documentation and runbooks listed in Schedule 1 have been delivered and approved by the Customer's IT lead;
(c) a test restore of a source-code repository chosen by the Customer has succeeded; and
(d) 20 test tickets across all priorities have been handled within the service levels in clause 4.
The Customer shall confirm acceptance in writing within five working days. Starting to use the service desk does not amount to acceptance.

3.3 If Transition acceptance has not been achieved by the Service Commencement Date for reasons attributable to the Provider, the Provider shall pay the Customer CNY 2,000 for each day of delay until it is achieved.

4. SERVICE LEVELS

4.1 Incidents are prioritised as follows:
Priority 1 - the build farm, the source-code repository or the office network is down, or more than 25 users cannot work;
Priority 2 - a team or a business-critical function is impaired;
Priority 3 - a single user is affected;
Requests - new equipment, access changes and other standard requests.

4.2 Service level targets:
Priority 1 - response within 15 minutes, resolution within 6 hours;
Priority 2 - response within 30 minutes, resolution within 1 working day;
Priority 3 - response within 2 hours, resolution within 2 working days;
Requests - fulfilment within 3 working days; devices for new starters ready on the joining date if requested 5 working days in advance.

4.3 Service Credits: for each Priority 1 Incident not responded to or not resolved within target, 3% of the monthly Charges; and, if fewer than 90% of Priority 2 and Priority 3 Incidents in a month meet their targets, 2% of the monthly Charges. Service Credits in any month are capped at 20% of the monthly Charges and are deducted from the next invoice.

5. CHARGES AND PAYMENT

5.1 The monthly Charges are CNY 265 per Supported User per month, i.e. CNY 111,300 per month for 420 Supported Users. Additional users are charged at the same rate, pro rata for part months.

5.2 The Transition charge is CNY 86,000, invoiced on Transition acceptance.

5.3 The total Charges for the Minimum Term are CNY 2,757,200, being 24 monthly Charges of CNY 111,300 and the Transition charge.

5.4 Monthly Charges are invoiced monthly in arrears. The Customer shall pay each invoice within 30 days of receipt of a valid VAT invoice (fapiao) issued by Inchcolm Technology (Chengdu) Co., Ltd. No charges are payable in advance.

5.5 The Charges are fixed for the Minimum Term.

6. CUSTOMER RESPONSIBILITIES

6.1 The Customer shall provide desks, network access and a lockable store room for the on-site engineers, grant the administrative access reasonably needed for the Services, and make its IT lead available for decisions.

7. DATA PROTECTION AND SECURITY

7.1 Customer Data belongs to the Customer. The Provider shall process Customer Data only to perform the Services and on the Customer's documented instructions, and shall not use it for any other purpose.

7.2 The Provider shall:
(a) access Customer systems only through the Customer's privileged-access management tool with multi-factor authentication, with every session recorded;
(b) not copy source code, builds or art assets to any device or location outside the Customer's network;
(c) keep all of its tools that store Customer Data on servers in mainland China;
(d) vet its personnel and give them security training before they are assigned to the Customer; and
(e) comply with the Personal Information Protection Law, the Data Security Law and the Cybersecurity Law of the People's Republic of China.

7.3 The Provider shall notify the Customer of any actual or suspected security breach affecting Customer Data within 24 hours of becoming aware of it, cooperate fully in the investigation, and indemnify the Customer against all losses, fines and third-party claims resulting from a breach caused by the Provider or its personnel.

7.4 On expiry the Provider shall return all Customer Data and credentials, securely wipe any copies held by it, and certify in writing that it has done so.

8. INTELLECTUAL PROPERTY

8.1 The Provider's tools, software and methods remain its property.

8.2 Scripts, device images, configuration baselines, runbooks and documentation prepared for the Customer belong to the Customer. The Provider assigns all rights in them to the Customer, which may use, modify and license them freely, including to a successor provider.

9. PERSONNEL

9.1 The Provider shall keep the same on-site engineers wherever possible and give the Customer at least 30 days' notice of any planned change.

10. SUBCONTRACTING

10.1 Save for the subsidiary named in clause 2.3, the Provider shall not subcontract any part of the Services without the Customer's prior written consent. The Provider is liable for the acts and omissions of its subcontractors as for its own.

11. LIABILITY

11.1 Nothing in this Agreement limits either party's liability for death or personal injury caused by negligence, for fraud, or under clause 7.3.

11.2 Subject to clause 11.1, each party's total liability arising under or in connection with this Agreement, whether in contract, delict or otherwise, shall not exceed 125% of the total Charges for the Minimum Term.

11.3 Subject to clause 11.1, neither party is liable for indirect or consequential loss or for loss of profit.

12. TERM AND TERMINATION

12.1 This Agreement commences on signature and continues until the end of the Minimum Term, when it expires unless the parties agree an extension in writing.

12.2 The Provider may terminate this Agreement on 30 days' written notice if undisputed Charges remain unpaid 60 days after their due date.

12.3 The Customer may not terminate this Agreement before the end of the Minimum Term. The Customer's remedies for any failure in the Services are the Service Credits under clause 4.3 and, subject to clause 11, damages.

13. EXIT

13.1 During the last three months of the Minimum Term, the Provider shall cooperate with the Customer and any successor provider, hand over documentation, credentials and Customer Data. The first 10 person-days of exit assistance are included in the Charges.

14. FORCE MAJEURE

14.1 Neither party is liable for any failure caused by events beyond its reasonable control, provided that it notifies the other party promptly.

15. GENERAL

15.1 This Agreement constitutes the whole agreement between the parties on its subject matter.

15.2 No amendment is effective unless made in writing and signed by both parties.

16. GOVERNING LAW AND DISPUTES

16.1 This Agreement is governed by the law of the People's Republic of China.

16.2 Any dispute arising out of or in connection with this Agreement shall be referred to the Chengdu Arbitration Commission for arbitration in Chengdu in accordance with its rules. The award is final and binding on both parties.

SCHEDULE 1 - TRANSITION DELIVERABLES
Network diagrams and IP plan; server and build-farm inventory; backup schedule and restore procedure; joiner, mover and leaver procedure; service desk knowledge base; escalation contacts.

IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:

Signed for and on behalf of INCHCOLM MANAGED SERVICES LIMITED
at Edinburgh on ____________ 2026
by ______________________ Director
before this witness ______________________ (full name and address)

Signed for and on behalf of CHENGDU FURONG PIXEL INTERACTIVE CO., LTD.
at Chengdu on ____________ 2026
by ______________________ Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h145e05 — Qingdao brewery: customs e-filing API subscription + SAP integration (Italian vendor on Molara) — .md,
# "Art. N (Title)" + N.M
# ---------------------------------------------------------------------------------------------------------------
H145E05 = """
# SUBSCRIPTION AND INTEGRATION AGREEMENT - MOLARADECLARE CUSTOMS E-FILING API

Agreement No. MTS-2026-CN-031

**Between**

**Molara Trade Systems S.r.l.**, with registered office at Località Isola di Molara, 07026 Olbia (SS), Italy, tax code and VAT number IT 02914780904, registered with the Companies Register of Sassari, in the person of its legal representative pro tempore, Ms Chiara Porcu (hereinafter "**Molara**"),

**and**

**Qingdao Jiaozhou Bay Brewing Co., Ltd.**, with registered office at No. 88 Jiaozhou Bay West Road, Huangdao District, Qingdao, Shandong Province, China, in the person of its legal representative, Mr Wang Haitao (hereinafter the "**Customer**"),

(Molara and the Customer, each a "**Party**" and together the "**Parties**").

## Whereas

a) Molara develops and operates MolaraDeclare, an application programming interface (API) platform that prepares and transmits export customs declarations and related trade filings;

b) the Customer brews beer in Qingdao and exports it to buyers in Europe, Korea, Australia and Southeast Asia, and wishes to file its export declarations and certificates of origin electronically from its SAP S/4HANA system;

c) at the Customer's request, all fees under this Agreement are expressed and payable in Chinese yuan (CNY);

now, therefore, the Parties agree as follows.

## Art. 1 (Recitals and annexes)

1.1 The recitals and the annexes form an integral and substantial part of this Agreement.

1.2 Annexes: Annex A - Description of the service and of the API; Annex B - Integration scope and acceptance test plan; Annex C - Security measures and cloud provider.

## Art. 2 (Subject of the Agreement)

2.1 Molara grants the Customer access to MolaraDeclare for:
(a) preparing export customs declarations for beer and packaging materials and transmitting them to the China International Trade Single Window through Molara's registered interface;
(b) receiving declaration status messages and customs release notices;
(c) preparing and filing applications for certificates of origin, including preferential certificates under the free trade agreements of China with Korea and with Australia; and
(d) generating the export document set (commercial invoice, packing list and shipping instructions) for the Customer's freight forwarders.

2.2 Molara also performs the integration services described in Annex B: an adapter between SAP S/4HANA and the API, the mapping of material masters and tariff codes, the set-up of the Customer's declarant and consignor records, testing and the training of the Customer's logistics staff.

## Art. 3 (Fees and payment)

3.1 The fees are the following:

| Item | Basis | Amount (CNY) |
|---|---|---|
| MolaraDeclare API subscription, up to 6,000 declarations per contract year | per contract year | 198,000 |
| Certificate-of-origin module | per contract year | 36,000 |
| Subscription fees for the initial term (2 contract years × 234,000) | initial term | 468,000 |
| Integration services (SAP adapter, mappings, tests, training) | one-time | 152,000 |
| **Total contract value** | | **620,000** |

3.2 Declarations beyond 6,000 in a contract year are charged at CNY 18 each and invoiced at the end of that contract year.

3.3 The integration fee is invoiced after the integration acceptance under Art. 5. Subscription fees are invoiced quarterly in arrears, at CNY 58,500 per quarter. No advance payment is due.

3.4 Invoices are payable within 30 days by bank transfer. The Customer may withhold the taxes required by the law of the People's Republic of China and shall deliver the related tax certificates to Molara.

## Art. 4 (Term and renewal)

4.1 This Agreement enters into force on the date of signature. The initial term of the subscription is twenty-four months from the date of integration acceptance.

4.2 On expiry of the initial term, the Agreement is tacitly renewed for successive periods of twenty-four months, unless either Party gives notice of non-renewal by registered letter with return receipt or by certified e-mail (PEC) at least ninety days before expiry.

4.3 For each renewal period Molara may update the subscription fees by written notice sent at least sixty days before the renewal date. The updated fees apply from the first day of the renewal period.

## Art. 5 (Integration and acceptance)

5.1 Molara shall complete the integration and make the service ready for the acceptance tests within 90 days of signature.

5.2 The acceptance tests, detailed in Annex B, are:
(a) 50 test declarations generated from SAP delivery documents and accepted by the Single Window test environment without manual correction;
(b) status and release messages returned into SAP for all test declarations;
(c) 10 certificate-of-origin applications accepted in the test environment;
(d) rejection messages displayed in SAP with the error reason; and
(e) delivery of the adapter documentation and of its source code.

5.3 When the tests are passed, the Customer signs an acceptance report. The first live declaration does not by itself constitute acceptance.

5.4 If the service is not ready for the acceptance tests by the date in Art. 5.1 for reasons attributable to Molara, Molara shall pay a penalty of 0.08% of the total contract value for each day of delay, up to 8% of the total contract value, without prejudice to further damages.

## Art. 6 (Service quality and support)

6.1 Molara shall use commercially reasonable efforts to keep the API available and to maintain its registration with the operator of the Single Window.

6.2 Support is provided by e-mail and through the support portal during Molara's business hours (Monday to Friday, 9:00 to 18:00 Central European Time), in English and Italian. Molara will deal with requests as promptly as reasonably possible; it does not commit to specific availability levels, response times or resolution times.

6.3 Molara shall inform the Customer in advance of planned maintenance and of any change to the API that requires a change to the adapter, and shall adapt the adapter to such changes at no extra charge.

## Art. 7 (Obligations of the Customer)

7.1 The Customer is responsible for the accuracy of the data it sends through the API, including tariff classification, customs values and consignee data, and for maintaining its own customs registration and electronic port credentials.

7.2 The Customer appoints a project contact with authority to take decisions on the integration.

## Art. 8 (Customer data and security)

8.1 All data that the Customer transmits to or receives from MolaraDeclare, including declarations, shipment, consignee and price data ("Customer Data"), belong to the Customer. Molara processes Customer Data only to provide the service and shall not use them for any other purpose, including in aggregated or anonymised form.

8.2 Customer Data are stored and processed on servers in mainland China (in the Shanghai region of the cloud provider named in Annex C) and are not transferred abroad. Molara's staff in Italy have access only to technical logs without Customer Data.

8.3 Molara implements the measures described in Annex C, including encryption in transit and at rest, multi-factor authentication, role-based access, activity logging and ISO/IEC 27001 certification, and complies with the Personal Information Protection Law and the Data Security Law of the People's Republic of China.

8.4 Molara shall notify the Customer of any breach affecting Customer Data within 24 hours of becoming aware of it, take all measures needed to limit its effects, and compensate the Customer for the damage, including customs penalties and third-party claims, resulting from breaches attributable to Molara.

## Art. 9 (Confidentiality)

9.1 Each Party shall keep confidential the information of the other Party received under this Agreement, including prices, customers, export volumes and technical documentation, and shall use it only for the performance of this Agreement.

9.2 This obligation survives for five years after the termination of this Agreement.

## Art. 10 (Intellectual property)

10.1 Molara owns MolaraDeclare and its documentation; the Customer receives a non-exclusive right to use them for the duration of this Agreement.

10.2 The SAP adapter, the mapping tables and the documentation developed for the Customer under Art. 2.2 belong to the Customer. Molara assigns to the Customer all rights therein, and the Customer may use, modify and license them freely. Molara delivers the source code at acceptance.

## Art. 11 (Subcontracting)

11.1 Molara may not subcontract the integration services or the operation of the service, in whole or in part, without the Customer's prior written consent, except for the cloud provider named in Annex C.

## Art. 12 (Liability)

12.1 Each Party is liable for the damage caused by its breach of this Agreement. Molara's total liability under this Agreement is limited to one and a half times the total contract value, except in the case of wilful misconduct, gross negligence and breach of Art. 8 or Art. 9.

## Art. 13 (Express termination clause)

13.1 The Customer may terminate this Agreement with immediate effect, by registered letter or PEC, if Molara commits a material breach of its obligations and fails to remedy it within 20 days of a written request to do so, or if the penalties under Art. 5.4 reach their maximum.

13.2 On termination, Molara refunds the fees for services not yet performed and returns the Customer Data within 30 days.

## Art. 14 (Force majeure)

14.1 Neither Party is liable for a failure to perform caused by events beyond its reasonable control, provided that it informs the other Party promptly and resumes performance as soon as possible.

## Art. 15 (Governing law and disputes)

15.1 This Agreement is governed by the laws of the People's Republic of China.

15.2 Any dispute arising from or in connection with this Agreement shall be referred to the Qingdao Arbitration Commission for arbitration in Qingdao. The award is final and binding on the Parties.

## Art. 16 (Final provisions)

16.1 Any amendment to this Agreement is valid only if made in writing and signed by both Parties.

16.2 Notices are sent by registered letter or by certified e-mail (PEC) or ordinary e-mail to the addresses stated above.

16.3 This Agreement is signed in two originals in English.

Read, approved and signed.

Olbia, ____________ 2026 - Molara Trade Systems S.r.l. ____________________

Qingdao, ____________ 2026 - Qingdao Jiaozhou Bay Brewing Co., Ltd. ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
PLAIN = {  # written as they are (.txt / .md)
    "h145z02_glass_bottle_inline_inspection_maintenance.txt": H145Z02,
    "h145z03_kindergarten_home_school_saas.md": H145Z03,
    "h145z05_soy_sauce_erp_supplier_template.md": H145Z05,
    "h145e01_tile_colour_matching_licence_irish_vendor.txt": H145E01,
    "h145e04_game_studio_managed_it_desktop_support.txt": H145E04,
    "h145e05_brewery_customs_efiling_api_subscription.md": H145E05,
}
SOURCES = {"h145z01": H145Z01, "h145z04": H145Z04, "h145e02": H145E02, "h145e03": H145E03}
TARGETS = {"h145z01": ("h145z01_city_transport_enforcement_platform_integration.docx", "docx"),
           "h145z04": ("h145z04_county_land_space_platform_annual_om.pdf", "pdf"),
           "h145e02": ("h145e02_ice_festival_ticketing_saas_order_form.pdf", "pdf"),
           "h145e03": ("h145e03_tea_garden_soil_sensors_buyer_paper.docx", "docx")}

if __name__ == "__main__":
    for name, text in PLAIN.items():
        (OUT / name).write_text(text.strip() + "\n", encoding="utf-8")
        print("wrote", name)
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    write(SOURCES, TARGETS, OUT, wrap_words=True)
