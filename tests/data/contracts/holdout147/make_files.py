"""Builds the holdout147 contracts (blind held-out set of ordinary drafts).

The .md and .txt contracts are written as they are; the .docx and .pdf contracts are built from a small markup by
../word_pdf.py (T: title, H: heading, P: paragraph, TB: table row, cells split by |). Run with
/work/main/.venv/bin/python make_files.py from anywhere.
"""
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------------------------------------------
# h147z01 — 市场监督管理局 食品安全智慧监管平台 (政府采购 公开招标, buyer's paper), .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H147Z01 = """
T:江州市食品安全智慧监管平台建设项目政府采购合同
P:合同编号：JZSJ-2025-047　　项目编号：JZCG-2025-GK-0417（公开招标）
P:采购人（甲方）：江州市市场监督管理局
P:地址：江州市新城区行政中心东楼五层　　联系人：信息化科 周工
P:供应商（乙方）：浙江明衡信息技术有限公司
P:地址：杭州市滨江区江南大道3688号　　联系人：项目经理 许工
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》等法律法规，以及本项目招标文件、乙方投标文件和中标通知书，甲乙双方经协商一致，就江州市食品安全智慧监管平台建设项目签订本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，与本合同具有同等效力。
H:第一条 项目内容
P:1.1 乙方负责建设江州市食品安全智慧监管平台，内容包括：平台软件（食品生产经营主体档案、风险分级、日常监督检查、抽检监测、投诉举报处置及统计分析等模块）的供货与部署；应用服务器、分布式存储及“明厨亮灶”AI边缘分析盒的供货与安装；追溯接口、移动执法APP及风险预警模型的定制开发；历史数据迁移，以及与省局食品安全监管平台、市场主体登记库、冷链食品追溯平台的对接；等保三级测评配合；人员培训和质保期内的运维服务。
P:1.2 平台部署于江州市政务云，边缘分析盒安装于甲方指定的140家学校食堂及大型餐饮单位后厨。具体技术要求以招标文件第三章《采购需求》为准。
H:第二条 合同价款
P:2.1 本合同总价为人民币肆佰零贰万元整（¥4,020,000），为固定总价，包含设备、软件、定制开发、运输、安装、测试、培训、税费及质保期内全部服务费用，明细如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|食品安全智慧监管平台软件（永久许可）|1套|1,160,000|1,160,000
TB:2|应用服务器|6台|78,500|471,000
TB:3|分布式存储|1套|326,000|326,000
TB:4|明厨亮灶AI边缘分析盒|140台|4,600|644,000
TB:|软硬件小计|||2,601,000
TB:5|定制开发（追溯接口、移动执法APP、风险预警模型）|1项|868,000|868,000
TB:6|数据迁移及系统对接|1项|274,000|274,000
TB:7|实施部署及等保测评配合|1项|236,000|236,000
TB:8|培训|1项|41,000|41,000
TB:|合计|||4,020,000
P:2.2 除本合同另有约定外，甲方无须向乙方支付合同总价以外的任何费用。
H:第三条 付款方式
P:3.1 合同签订后10个工作日内，甲方凭乙方开具的合法发票支付合同总价的20%作为预付款，即¥804,000。
P:3.2 初验合格后15个工作日内，甲方支付合同总价的45%，即¥1,809,000。
P:3.3 终验合格后15个工作日内，甲方支付合同总价的35%，即¥1,407,000。
P:3.4 乙方应在每次付款前向甲方提供等额合法发票。甲方依照本合同扣减的违约金，可从应付款项中直接扣除。
H:第四条 交付与实施
P:4.1 乙方应于合同签订后45日内将全部硬件运抵甲方指定地点，于合同签订后150日内完成平台部署、定制开发、数据迁移和系统对接，并提交初验申请。
P:4.2 乙方应在合同签订后10日内提交实施方案及进度计划，经甲方确认后执行。乙方项目经理须为投标文件所列人员，未经甲方书面同意不得更换。
P:4.3 设备到货时双方共同开箱清点，签署到货签收单。到货签收仅确认设备数量和外观，不构成质量验收。
H:第五条 验收
P:5.1 初验标准：（1）各功能模块符合招标文件需求清单及双方确认的需求规格说明书；（2）1,000个并发用户下常用页面响应时间不超过3秒；（3）迁移数据经甲方逐表核对，记录数和关键字段一致；（4）与省局平台等外部系统的接口连续5个工作日数据交换无差错；（5）平台通过等保三级测评，且无高风险问题。
P:5.2 初验合格后平台进入试运行，试运行期为90日。试运行期间未发生一级故障、且二级故障已全部闭环的，乙方可申请终验。
P:5.3 终验由甲方组织专家按本条标准及招标文件要求进行，并形成书面验收报告。未达标的，乙方应在15日内整改并承担复验费用。
P:5.4 平台上线运行、甲方使用平台或支付部分款项，均不视为验收合格。
H:第六条 质保与运维服务
P:6.1 质保期为三年，自终验合格之日起计算。质保期内乙方免费提供软件缺陷修复、版本升级、硬件维修更换及7×24小时技术支持。
P:6.2 平台年度可用率不低于99.95%。计划内维护不计入不可用时间，但须提前3日经甲方同意。
P:6.3 故障分级及响应：一级故障（平台整体不可用或核心业务中断）乙方应在30分钟内响应，2小时内到场，6小时内恢复；二级故障（部分功能不可用）1小时内响应，8小时内解决；三级故障（一般性问题）24小时内解决。
P:6.4 乙方响应、到场或恢复每超时1小时，甲方有权扣减违约金人民币1,500元；年度可用率每低于约定值0.01个百分点，甲方有权扣减违约金人民币2,000元。
P:6.5 质保期满后，乙方按甲方需要继续提供运维服务，年度运维服务费不超过软硬件小计的8%（即不超过人民币208,080元/年），质保期满后三年内不上调，具体以届时签订的运维合同为准。
H:第七条 知识产权
P:7.1 平台软件的著作权属乙方，乙方授予甲方永久、不可撤销的使用许可，甲方可在本市市场监管系统内部署使用。
P:7.2 定制开发成果（含源代码、接口程序、风险预警模型及技术文档）的知识产权归甲方所有，乙方应在终验时全部移交。甲方可自行或委托第三方使用、修改。
P:7.3 乙方保证所供软硬件不侵犯任何第三方的知识产权，否则由乙方承担全部责任。
H:第八条 数据安全
P:8.1 平台中的全部数据（包括市场主体信息、监督检查记录、抽检数据、视频图像及日志）归甲方所有。乙方仅为履行本合同处理上述数据，不得用于其他目的，不得向任何第三方提供。
P:8.2 乙方应落实等保三级要求，采取访问控制、加密存储、日志审计等安全措施；乙方人员须经堡垒机访问系统，操作全程留痕；未经甲方书面批准，不得复制或带离任何数据。
P:8.3 发生或可能发生数据泄露、篡改、丢失的，乙方应在1小时内报告甲方并立即处置。因乙方原因造成数据安全事件的，乙方承担全部责任，并赔偿甲方由此遭受的损失。
H:第九条 保密
P:乙方对履约中知悉的甲方工作秘密、执法信息、市场主体商业信息及个人信息负有保密义务，未经甲方书面同意不得披露或用于本合同以外的目的。本条义务在合同终止后继续有效。
H:第十条 违约责任
P:10.1 乙方逾期交货或逾期提交初验申请的，每逾期一日，按合同总价的万分之六向甲方支付违约金；逾期超过60日的，甲方有权解除合同。
P:10.2 乙方交付的设备或软件不符合合同约定的，应负责更换或整改，并承担由此产生的全部费用。
P:10.3 甲方无正当理由逾期付款的，按逾期金额每日万分之三向乙方支付违约金。
H:第十一条 分包
P:乙方不得转包本项目。综合布线等辅助性工作确需分包的，须事先征得甲方书面同意，乙方对分包工作承担全部责任。
H:第十二条 合同解除
P:12.1 乙方有下列情形之一的，甲方有权书面通知解除合同：逾期超过60日；严重违反数据安全或保密义务；交付成果经两次验收仍不合格；其他根本违约行为经甲方书面催告后15日内未改正。
P:12.2 合同解除后，乙方应返还甲方已付但未履行部分的款项，并赔偿甲方损失。
H:第十三条 不可抗力
P:因不可抗力不能履行合同的，受影响一方应及时通知对方，并在15日内提供证明，根据影响程度部分或全部免除责任。
H:第十四条 适用法律与争议解决
P:14.1 本合同适用中华人民共和国法律。
P:14.2 因本合同发生的争议，双方应协商解决；协商不成的，任何一方可向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:本合同一式六份，甲方四份，乙方两份，自双方法定代表人或授权代表签字并加盖公章之日起生效。
P:甲方（盖章）：江州市市场监督管理局　　乙方（盖章）：浙江明衡信息技术有限公司
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h147z02 — 钢管厂 焊缝超声在线探伤系统 (hardware + post-warranty maintenance), .pdf, 一、/（一）/1.
# ---------------------------------------------------------------------------------------------------------------
H147Z02 = """
T:焊缝超声在线探伤系统采购及维保合同
P:合同编号：CLGG-SB-2025-0913
P:甲方（买方）：沧澜钢管股份有限公司
P:住所：河北省沧州市渤海新区临港工业园海防路18号
P:乙方（卖方）：武汉声准检测设备有限公司
P:住所：武汉市东湖新技术开发区光谷大道77号
P:甲方为其两条直缝高频焊管生产线（ERW-1、ERW-2）采购焊缝超声在线探伤系统，经比选确定乙方为供应商。双方依据《中华人民共和国民法典》，经协商一致，订立本合同。
H:一、合同标的
P:（一）乙方向甲方提供两套焊缝超声在线探伤系统，包括相控阵超声探伤主机、焊缝跟踪机械系统、探头及楔块、喷标及分选联动装置、探伤数据管理软件，并负责安装调试、与轧线PLC对接、对比试块制作标定及操作培训。
P:（二）系统应满足本合同附件一《技术规格书》的要求，适用管径Φ219～Φ610mm、壁厚6～20mm，检测速度不低于每分钟45米。
H:二、合同价格
P:（一）合同总价为人民币贰佰零贰万元整（¥2,020,000），含13%增值税，为固定价格。明细如下：
TB:序号|名称|数量|金额（元）
TB:1|相控阵超声探伤主机（64通道）|2套|972,000
TB:2|焊缝跟踪机械系统（含探头架、耦合水循环）|2套|436,000
TB:3|探头及楔块（含首批备件）|1批|164,000
TB:4|喷标及分选联动装置|2套|114,000
TB:5|探伤数据管理软件（永久许可）|1套|138,000
TB:|硬件及软件许可小计||1,824,000
TB:6|安装调试及与轧线PLC对接|1项|126,000
TB:7|对比试块制作及标定|1项|48,000
TB:8|操作及维护培训|1项|22,000
TB:|合同总价||2,020,000
P:（二）上表第1至5项合计为“硬件及软件许可小计”，即¥1,824,000。
H:三、付款方式
P:（一）合同生效后10个工作日内，甲方支付合同总价的10%作为预付款，即¥202,000。
P:（二）全部设备到货签收后15个工作日内，甲方支付合同总价的50%，即¥1,010,000。到货签收不代表质量验收。
P:（三）终验合格后15个工作日内，甲方支付合同总价的35%，即¥707,000。
P:（四）余款5%（¥101,000）作为质量保证金，质保期满且无未决质量问题后15个工作日内无息支付。
H:四、交货、安装与调试
P:（一）乙方应于合同生效后75日内将全部设备运至甲方焊管分厂指定地点，运输及保险费用由乙方承担。
P:（二）安装调试须利用产线检修窗口进行，乙方应服从甲方生产调度，每条产线因安装停线的时间不超过72小时。
P:（三）乙方应于设备到货后30日内完成两条产线的安装调试并提交验收申请。
P:（四）乙方应随货提供装箱单、产品合格证、出厂检验报告及中文操作手册、维护手册各两套。
H:五、验收
P:（一）验收标准：
P:1. 使用符合GB/T 7735及API 5L要求的对比试块（含内外表面纵向刻槽N5及Φ1.6mm径向通孔）进行动态测试，每个人工缺陷连续通过10次均应被检出并正确喷标；
P:2. 随机抽取生产线上200根钢管，与离线手动超声复检结果对比，不得有漏检，误报不超过3根；
P:3. 系统与轧线PLC联动正常，分选、喷标动作准确；
P:4. 连续在线运行72小时无一级故障；
P:5. 探伤数据完整记录，可按管号追溯查询。
P:（二）满足上述标准的，双方签署终验报告。不合格的，乙方应在15日内整改后重新验收，费用由乙方承担。
P:（三）设备安装完成、投入试生产或甲方支付到货款，均不视为验收合格。
H:六、质量保证
P:（一）质保期为二十四个月，自终验合格之日起计算。质保期内设备及软件出现故障的，乙方免费维修或更换；探头、楔块等易损件按附件二所列寿命标准执行。
P:（二）故障响应：一级故障（探伤系统停机导致产线无法在线探伤）乙方应在1小时内远程响应，8小时内派工程师到场，24小时内恢复检测功能；二级故障（单通道异常、误报明显增多等）2小时内响应，48小时内解决。
P:（三）乙方响应或到场每超时1小时，应向甲方支付人民币800元；因乙方原因导致产线无法在线探伤超过24小时的，每超出1小时再支付人民币1,500元。
P:（四）乙方应在甲方厂区常备关键备件（探头、楔块、主控板），备件清单见附件二。
P:（五）质保期内乙方每半年对系统进行一次免费巡检和标定，并提交巡检报告。
H:七、质保期满后的维保服务
P:（一）质保期满后，甲方可委托乙方提供年度维保服务，内容包括每季度一次现场巡检与标定、故障维修、软件升级及7×24小时技术支持。
P:（二）年度维保费为硬件及软件许可小计的17%，即人民币310,080元/年，自质保期满之日起三年内不作调整。更换的备件按成本价另计。
P:（三）年度维保合同每年签订一次，甲方不续签的，无须承担任何费用。
H:八、知识产权
P:（一）探伤数据管理软件的著作权归乙方，乙方授予甲方永久使用许可。
P:（二）乙方为本项目编写的PLC通讯程序、检测工艺卡、标定程序文件的知识产权归甲方所有，乙方应随终验提交全部源文件，甲方可自行修改使用。
H:九、数据安全
P:（一）探伤数据、缺陷图谱、钢管生产记录等数据归甲方所有，乙方不得用于本合同以外的目的。
P:（二）乙方远程维护须经甲方批准，并通过甲方提供的VPN接入，每次接入留存日志；乙方不得拷贝、带走任何生产数据。
P:（三）发生数据泄露或系统被入侵的，乙方应在2小时内通知甲方并配合处置；因乙方原因造成的，乙方承担赔偿责任。
H:十、保密
P:乙方对在履约中获悉的甲方工艺参数、产品标准、客户信息和生产数据负有保密义务，未经甲方书面同意不得向第三方披露，保密期限至合同终止后五年。
H:十一、违约责任
P:（一）乙方逾期交货或逾期完成安装调试的，每逾期一周，按合同总价的千分之二向甲方支付违约金；违约金累计不超过合同总价的10%。
P:（二）设备质量不符合约定的，乙方应免费更换，并承担由此造成的甲方停产损失。
P:（三）甲方逾期付款的，每逾期一日按逾期金额的万分之二支付违约金。
P:（四）乙方违反本合同关于数据安全或保密的约定的，应赔偿甲方因此遭受的全部损失，甲方并有权解除合同。
H:十二、分包
P:乙方不得将本合同转包。设备吊装等辅助性工作需要分包的，须事先取得甲方书面同意。
H:十三、合同解除
P:乙方逾期交货超过45日、系统经两次验收仍不合格或有其他根本违约行为，经甲方书面通知后15日内未纠正的，甲方有权解除合同，乙方应退还已收款项并赔偿损失。
H:十四、适用法律及争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。
H:十五、其他
P:本合同附件：附件一《技术规格书》；附件二《备品备件及易损件清单》。因不可抗力不能履行合同的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。本合同一式四份，双方各执两份，自双方签章之日起生效。
P:甲方：沧澜钢管股份有限公司（盖章）　　乙方：武汉声准检测设备有限公司（盖章）
"""

# ---------------------------------------------------------------------------------------------------------------
# h147z03 — 健身工作室连锁 会员与课程预约 SaaS (three years + 实施), .md
# ---------------------------------------------------------------------------------------------------------------
H147Z03 = """# 会员与课程预约SaaS服务合同

**合同编号**：RD-IT-2025-031

**甲方（客户）**：上海燃动健身管理有限公司
地址：上海市徐汇区漕溪北路398号

**乙方（服务商）**：杭州约课云科技有限公司
地址：杭州市西湖区文一西路588号

甲方经营“燃动”连锁健身工作室（截至本合同签订时共46家门店）。甲方拟使用乙方的“约课云”平台替换现有会员系统，双方经协商一致，订立本合同。

## 1 服务内容与期限

1.1 乙方通过“约课云”平台向甲方46家门店及总部提供会员管理、团课及私教课程预约、签到核销、储值与课时卡、教练排班、营销消息推送及经营报表服务（以下称“订阅服务”）。

1.2 乙方负责一次性实施服务：从甲方现有系统迁移会员、课时卡和储值数据；对接门店闸机门禁和甲方微信小程序；配置品牌页面；培训门店店长和前台人员。

1.3 订阅服务期限为三年，自上线验收合格次日起计算。

1.4 乙方为甲方开通总部管理员账号及各门店账号，账号数量不设上限。

## 2 费用

2.1 本合同费用如下：

| 项目 | 计费方式 | 数量 | 年费（元） | 三年合计（元） |
|---|---|---|---|---|
| 门店版订阅 | 3,600元/店/年 | 46家 | 165,600 | 496,800 |
| 总部管理后台 | 48,000元/年 | 1套 | 48,000 | 144,000 |
| 短信及消息推送包 | 12,000元/年 | 1项 | 12,000 | 36,000 |
| 订阅费小计 | | | 225,600 | 676,800 |
| 实施费（一次性） | | | | 86,000 |
| **合同总价** | | | | **762,800** |

2.2 服务期内甲方新开门店的，按门店版单价按月折算计费，另行签订补充订单。

## 3 付款

3.1 本合同不设预付款。

3.2 实施费在上线验收合格后15个工作日内一次性支付。

3.3 订阅费按季度结算。每季度结束后15个工作日内，甲方凭乙方开具的发票支付当季订阅费人民币56,400元。

3.4 乙方应在每季度结束后5个工作日内提供当季服务报告，列明可用率、故障记录及服务补偿金额，经甲方确认后开具发票。

## 4 实施与上线验收

4.1 乙方应在合同签订后45日内完成实施工作并提交上线验收申请。

4.2 验收标准：
- 会员数量、剩余课时、储值余额与旧系统导出数据逐条核对一致；
- 46家门店闸机门禁扫码通行测试全部通过；
- 模拟500名会员同时预约同一时段团课，无超约、无重复扣课；
- 课程预约、签到核销、储值扣费、经营报表全流程测试通过。

4.3 甲方应在收到验收申请后7个工作日内组织验收，通过的签署上线验收单。系统切换上线或门店开始使用，均不视为验收合格。

4.4 乙方应为门店店长及前台人员提供两轮线上培训和一轮集中现场培训，并提供操作手册及培训视频。

## 5 服务水平

5.1 平台月度可用率不低于99.5%。计划内维护安排在凌晨1:00至6:00之间，并须提前48小时通知甲方，不计入不可用时间。

5.2 故障分级及处理时限：
- 一级故障（全部或多家门店无法预约、签到或扣费）：30分钟内响应，3小时内恢复；
- 二级故障（单店或单一功能异常）：2小时内响应，24小时内解决；
- 三级故障（其他问题）：1个工作日内响应，5个工作日内解决。

5.3 服务补偿：月度可用率低于99.5%但不低于99.0%的，按当月订阅费的5%抵扣；低于99.0%但不低于98.0%的，抵扣10%；低于98.0%的，抵扣20%。一级故障恢复每超时1小时，另按当月订阅费的1%抵扣。抵扣金额从下一期应付订阅费中扣除。

5.4 乙方提供7×24小时客服热线及在线工单渠道，并为甲方指定专属客户成功经理。

## 6 数据

6.1 甲方及其会员在平台上产生的数据（包括会员资料、消费及课时记录、预约及签到记录）归甲方所有。

6.2 乙方有权对上述数据进行去标识化处理后汇总分析，用于编制健身行业报告、优化产品功能及训练课程推荐算法。本款约定在本合同终止后继续有效。

6.3 数据安全：平台部署于境内云服务商机房，已完成等保三级备案；会员手机号、身份证号加密存储；乙方实行最小权限管理和操作日志审计。发生数据泄露的，乙方应在24小时内书面通知甲方并采取补救措施，并承担因乙方原因造成的全部损失（包括甲方向会员承担的赔偿）。

6.4 合同终止后30日内，乙方应按甲方要求以通用格式返还全部数据，并在甲方确认后删除。

## 7 知识产权

7.1 “约课云”平台及其功能的知识产权归乙方所有。

7.2 乙方为甲方定制的品牌页面、小程序界面、专属报表模板及闸机对接程序，知识产权归甲方所有，甲方可自由使用、修改或交由第三方维护。

## 8 保密

双方对在合作中知悉的对方商业秘密、经营数据及会员信息负有保密义务，未经对方书面同意不得向第三方披露。保密义务在合同终止后三年内继续有效。

## 9 违约责任

9.1 乙方未按4.1条约定时间提交上线验收申请的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

9.2 乙方累计赔偿责任以合同总价的两倍为限，但数据泄露及侵犯第三方知识产权产生的责任不受此限。

## 10 分包

乙方不得将订阅服务或实施服务分包给第三方。乙方使用的云基础设施服务（阿里云华东2区）已经甲方认可，更换云服务商须事先征得甲方书面同意。

## 11 续期

11.1 服务期满前30日内任何一方未书面提出不续约的，本合同自动续期一年，并可依此多次续期。

11.2 每次续期时，乙方有权上调订阅单价，上调幅度不超过上一年度单价的8%。

## 12 合同解除

乙方有下列情形之一的，甲方有权书面通知解除本合同：月度可用率连续两个月低于98.0%；发生因乙方原因导致的重大数据泄露；其他根本违约行为经甲方书面催告后15日内未改正。合同解除的，乙方应配合甲方完成数据迁移。

甲方因门店关停等原因减少门店的，可提前30日书面通知乙方相应减少订阅门店数量，订阅费按月折算调整。

## 13 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方协商不成的，提交上海仲裁委员会仲裁。

## 14 其他

14.1 因不可抗力导致不能履行的，受影响方应及时通知对方并提供证明，相应免除责任；但乙方不得以其云服务商的故障为由主张不可抗力。

14.2 本合同一式两份，双方各执一份，自双方签章之日起生效。

甲方（盖章）：上海燃动健身管理有限公司　　乙方（盖章）：杭州约课云科技有限公司
"""

# ---------------------------------------------------------------------------------------------------------------
# h147z04 — 县退役军人事务局 优抚信息管理系统 年度运维 (政府采购 竞争性磋商), .txt, 1. / 1.1
# ---------------------------------------------------------------------------------------------------------------
H147Z04 = """青禾县优抚信息管理系统2026年度运维服务合同

项目名称：青禾县退役军人事务局优抚信息管理系统运维服务项目
采购方式：竞争性磋商（采购编号：QHCG-2025-CS-086）
采购人（甲方）：青禾县退役军人事务局
地址：青禾县城关镇人民路26号
供应商（乙方）：石门数智科技有限公司
地址：石门市高新区创业大道101号

依据《中华人民共和国政府采购法》《中华人民共和国民法典》，以及本项目磋商文件、乙方响应文件和成交通知书，甲乙双方经协商一致，订立本合同。磋商文件、响应文件及成交通知书为本合同的组成部分。

1. 服务内容与期限

1.1 服务对象：甲方使用的优抚信息管理系统（含优抚对象档案、抚恤补助金发放、优待证管理、数据统计分析等子系统），部署于县政务云，以及配套的两台数据库服务器和一套备份一体机。

1.2 服务内容：
（1）日常运维：每日巡检、性能监测、数据库维护、数据备份及恢复演练；
（2）故障处理：按本合同第4条的时限处理各级故障；
（3）数据治理：配合甲方开展优抚对象信息核查，清理重复及错误数据，配合省级系统数据比对；
（4）安全运维：漏洞扫描、补丁更新、等保测评问题整改及安全加固；
（5）驻场服务：派驻1名运维工程师在甲方办公，工作日8:30至17:30驻场；
（6）每月5日前提交上月运维报告。

1.3 服务期限：2026年1月1日至2026年12月31日。期满本合同终止，续签须依法重新履行采购程序。

1.4 乙方应为本项目配备项目负责人1名和技术工程师2名（含驻场人员），人员名单见响应文件。

2. 服务费用

2.1 本合同总价为人民币叁拾捌万陆仟元整（¥386,000），包含人工、工具、差旅、税费等全部费用，明细如下：

序号  服务项目                    金额（元）
1     系统日常运维及故障处理       168,000
2     数据治理及信息核查支撑        96,000
3     安全运维及等保整改配合        54,000
4     驻场运维（1人，全年）         68,000
      合计                        386,000

2.2 服务期内甲方不再支付本合同总价以外的费用。

3. 付款方式

3.1 合同签订后10个工作日内，甲方支付合同总价的45%，即¥173,700。
3.2 上半年度服务考核合格后15个工作日内，甲方支付合同总价的20%，即¥77,200。
3.3 年度服务考核合格后15个工作日内，甲方支付合同总价的35%，即¥135,100。
3.4 乙方应在每次付款前开具等额合法发票。

4. 服务水平

4.1 故障分级：一级故障指系统整体不可用、抚恤补助金发放功能中断或数据错误影响发放；二级故障指部分功能异常但不影响发放；三级故障指其他一般问题。

4.2 处理时限：一级故障乙方应在30分钟内响应，驻场工程师立即处置，非工作时间2小时内到场，8小时内恢复；二级故障1小时内响应，24小时内解决；三级故障3个工作日内解决。

4.3 每次数据备份须验证可恢复，每季度组织一次恢复演练并提交演练记录。

4.4 抚恤补助金集中发放期间及春节、八一等重要节点前后，乙方应安排专人值守，确保系统稳定运行。

4.5 乙方响应、到场或恢复每超时1小时，甲方扣减服务费500元；因备份失败未及时发现造成数据无法恢复的，每次扣减服务费5,000元。扣减款项从当期应付款中扣除。

5. 考核与验收

5.1 甲方按附件《运维服务考核细则》进行半年度和年度考核，考核内容包括：故障响应及恢复时限达标情况、巡检记录及月报提交情况、工单闭环情况、数据治理任务完成情况、安全整改完成情况和驻场人员出勤情况。

5.2 考核得分85分及以上为合格。得分低于85分的，乙方应在15日内整改，整改后复核合格方可支付相应款项；得分低于70分的，每低1分扣减当期款项的1%。

5.3 乙方应于2026年3月31日前完成等保测评问题整改及安全加固，并提交整改报告，经甲方组织复测确认后该项工作完成。

5.4 服务期满时，乙方应向甲方移交全部运维文档、账号清单和系统配置资料，并配合后续服务商完成交接，交接完成前不得停止服务。

6. 数据安全

6.1 系统中的优抚对象身份信息、银行账户、伤残等级、抚恤发放记录等全部数据归甲方所有，乙方仅为履行本合同访问和处理上述数据。

6.2 乙方人员须签署保密承诺书，经堡垒机实名访问系统，按最小权限操作；严禁下载、导出、拍照或以其他方式留存个人信息；运维终端须安装甲方指定的终端安全软件。

6.3 发现数据泄露、篡改或系统被入侵的，乙方应在1小时内向甲方报告，并立即采取处置措施，保留相关日志和证据，配合甲方及公安、网信部门调查。因乙方原因导致数据安全事件的，乙方承担全部法律责任和赔偿责任。

7. 保密

乙方对履约中接触的甲方工作信息及个人信息负有保密义务，不得向任何第三方披露，保密义务不因合同终止而解除。

8. 知识产权

乙方在服务期间编写的运维脚本、巡检规范、数据治理规则、技术文档等成果归甲方所有。乙方保证所使用的工具软件来源合法，不侵犯第三方权利；因此引起的纠纷由乙方负责处理并承担全部费用。

9. 违约责任

9.1 乙方未按5.3条约定期限完成整改及加固的，每逾期一日，按合同总价的千分之一向甲方支付违约金。

9.2 乙方驻场人员无故缺勤的，每人每日扣减服务费400元；未经甲方同意更换驻场人员的，每次扣减服务费2,000元。

9.3 乙方违反本合同第6条、第7条约定的，除承担赔偿责任外，甲方有权解除合同。

10. 分包

乙方可将机房设备巡检、备份介质异地保管等辅助性工作委托第三方实施，但应提前5个工作日书面告知甲方，并对受托方的行为承担责任。

11. 合同解除

乙方有下列情形之一的，甲方有权书面通知解除合同：连续两次考核不合格；发生因乙方原因导致的重大数据安全事件；其他严重违约行为经甲方书面通知后10日内未改正。合同解除后，甲方按乙方已合格提供的服务结算费用，乙方应退还多收款项并赔偿甲方损失。

12. 适用法律与争议解决

本合同适用中华人民共和国法律。因本合同发生的争议，双方协商不成的，任何一方可向甲方所在地人民法院提起诉讼。

13. 其他

本合同一式五份，甲方三份，乙方两份，自双方签字盖章之日起生效。甲方应为驻场人员提供办公场所及必要的网络接入条件，并指定专人负责对接。因不可抗力导致不能履行的，受影响一方应及时通知对方，并根据影响程度部分或全部免除责任。

甲方（盖章）：青禾县退役军人事务局
乙方（盖章）：石门数智科技有限公司
签订日期：2025年12月  日
"""

# ---------------------------------------------------------------------------------------------------------------
# h147z05 — 干菇包装企业 WMS 许可 + 定制开发 (supplier's own template, many problems), .md, ### 第X条 + X.Y
# ---------------------------------------------------------------------------------------------------------------
H147Z05 = """# 仓擎WMS软件许可及实施服务合同

（厦门仓擎软件有限公司标准合同文本 V4.0）

合同编号：CQ-2025-FJ-0188

甲方（用户）：古田县山珍菌业有限公司
地址：福建省宁德市古田县城东工业区菌都路9号

乙方（供应商）：厦门仓擎软件有限公司
地址：厦门市思明区软件园二期观日路44号

鉴于甲方需要对其干香菇、银耳、茶树菇等干货的原料仓、分级包装车间及成品仓实施数字化仓储管理，乙方同意向甲方许可其仓擎WMS软件并提供定制开发与实施服务，双方经友好协商，达成如下协议。

### 第一条 定义

1.1 “许可软件”指乙方享有著作权的仓擎WMS企业版软件及其更新版本、用户手册。

1.2 “定制开发成果”指乙方根据甲方需求开发的批次溯源、分级包装、称重联动、电商平台接口等功能模块及其源代码、设计文档。

1.3 “上线”指许可软件及定制开发成果在甲方生产环境中正式投入使用。

### 第二条 许可与服务范围

2.1 乙方授予甲方非独占、不可转让的永久使用许可，许可范围为甲方3个仓库、60个并发用户。超出许可范围使用的，甲方应按乙方当时的报价补交许可费。

2.2 乙方提供以下服务：许可软件安装部署；定制开发（详见附件一《需求清单》）；基础数据初始化（库位、物料、批次及等级规则）；PDA及电子秤联调；用户培训。

2.3 合同价款明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS企业版永久许可（3仓/60用户） | 560,000 |
| 2 | 定制开发（批次溯源、分级包装、称重联动、电商接口） | 150,000 |
| 3 | 实施部署及基础数据初始化 | 52,000 |
| 4 | 用户培训（两期） | 18,000 |
| | 合计 | 780,000 |

2.4 上述价格含税，不含PDA、电子秤、标签打印机等硬件及服务器，硬件由甲方自行采购。

### 第三条 付款方式

3.1 合同签订后3个工作日内，甲方支付合同总价的50%，即人民币390,000元，乙方收到款项后启动项目。

3.2 验收合格后10个工作日内，甲方支付合同总价的45%，即人民币351,000元。

3.3 免费维护期满后10个工作日内，甲方支付余款5%，即人民币39,000元。

3.4 甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，且乙方有权暂停实施或维护服务，工期相应顺延。

### 第四条 实施与上线

4.1 乙方在收到首付款后90日内完成部署及定制开发，具备上线条件。因甲方需求变更、基础数据提供延误或硬件未到位造成的延误，工期相应顺延。

4.2 甲方应指定项目负责人，按乙方要求提供需求资料、基础数据和现场条件，并组织关键用户参加培训。

4.3 乙方指派项目经理1名，负责项目计划、需求确认及实施进度；甲方提出的合理修改意见，乙方应在5个工作日内答复。

4.4 附件一《需求清单》以外的新增需求，按每人天2,200元另行计费，并相应调整工期。

### 第五条 验收

5.1 上线运行满15日后，乙方提交验收申请，甲方应在5个工作日内按附件二《验收测试用例》组织验收。

5.2 验收标准：附件二测试用例全部通过；入库、出库、盘点、批次追溯及称重联动流程连续10个工作日运行无单据差错；电商平台订单能自动下发拣货任务。

5.3 验收通过的，双方签署验收报告；未通过的，乙方应在10个工作日内修改后再次提交验收。

### 第六条 免费维护

6.1 免费维护期为六个月，自验收合格之日起计算。免费维护期内乙方提供远程技术支持、缺陷修复及版本更新。

6.2 故障响应：一级故障（系统无法登录或出入库业务无法进行）乙方在8小时内响应；二级故障（部分功能异常）在1个工作日内响应；三级故障（咨询及一般问题）在3个工作日内响应。

6.3 上述响应时间为乙方的服务目标。乙方未达到服务目标的，应继续处理直至故障排除，但不因此承担扣款、赔偿或违约责任。

6.4 免费维护期内，乙方每季度提供一次远程系统健康检查，并向甲方发送检查报告。

### 第七条 年度维护服务

7.1 免费维护期满后，甲方应与乙方签订年度维护服务协议，年度维护费为软件许可费的25%，即人民币140,000元/年。

7.2 年度维护服务内容包括远程技术支持、缺陷修复和版本更新；需要现场服务的，按每人天2,200元另计差旅及服务费用。

7.3 甲方未签订年度维护服务协议的，乙方不再提供缺陷修复和版本更新；此后恢复维护的，甲方应补缴中断期间的维护费。

### 第八条 知识产权

8.1 许可软件的著作权及其他知识产权归乙方所有。

8.2 定制开发成果的知识产权（包括源代码、设计文档）归乙方所有。乙方授予甲方在许可范围内非独占的使用权，甲方不得修改、反向工程或提供给任何第三方。乙方有权将定制开发成果用于其他客户项目。

### 第九条 数据

9.1 甲方在许可软件中录入和产生的业务数据归甲方所有。

9.2 甲方同意乙方为产品改进及行业分析之目的，收集和使用经脱敏处理的仓储作业数据（包括出入库量、库存周转、作业效率等）。

9.3 乙方远程维护须经甲方授权，使用甲方提供的账户，维护完成后由甲方收回权限。乙方应对其知悉的甲方数据采取必要的安全保护措施，不得泄露；因乙方原因导致甲方数据泄露的，乙方应在发现后24小时内通知甲方，并赔偿甲方由此遭受的直接损失。

### 第十条 保密

双方对在合作中获知的对方商业秘密和技术信息负有保密义务，未经对方书面同意不得向第三方披露，保密期限为合同终止后三年。

### 第十一条 违约责任

11.1 因乙方原因未能在4.1条约定期限内具备上线条件的，每逾期一日，乙方按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的5%。

11.2 乙方对本合同项下的全部赔偿责任（包括违约金）累计不超过合同总价的20%。

11.3 任何一方均不对对方的间接损失、利润损失或数据恢复费用承担责任。

### 第十二条 合同解除

一方严重违约，经守约方书面通知后30日内仍未纠正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

### 第十三条 不可抗力

因不可抗力导致不能履行合同的，受影响一方不承担责任，但应及时通知对方并提供证明。

### 第十四条 争议解决

本合同适用中华人民共和国法律。因本合同引起的争议，双方应友好协商；协商不成的，提交厦门仲裁委员会仲裁。

### 第十五条 其他

15.1 本合同附件：附件一《需求清单》；附件二《验收测试用例》。附件与本合同具有同等效力。

15.2 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

甲方（盖章）：古田县山珍菌业有限公司
乙方（盖章）：厦门仓擎软件有限公司
签订日期：　　年　　月　　日
"""

# ---------------------------------------------------------------------------------------------------------------
# h147e01 — Wenzhou eyewear maker: lens-design perpetual licence + configuration + support; Irish vendor (Scattery),
# "Clause N", .txt
# ---------------------------------------------------------------------------------------------------------------
H147E01 = """SOFTWARE LICENCE, CONFIGURATION AND SUPPORT AGREEMENT

THIS AGREEMENT is made on the ____ day of ______________ 2025

BETWEEN:

(1) SCATTERY OPTICAL SOFTWARE LIMITED, a private company limited by shares incorporated in Ireland under company number 648213, whose registered office is at The Old Pilot House, Scattery Island, Kilrush, County Clare, Ireland (the "Licensor"); and

(2) WENZHOU OUJIANG EYEWEAR CO., LTD., a company established under the laws of the People's Republic of China, whose registered address is at No. 18 Binhai Fourth Road, Longwan District, Wenzhou, Zhejiang Province (the "Customer").

BACKGROUND

(A) The Licensor develops FormaLens, software for the design of free-form and progressive spectacle lens surfaces.

(B) The Customer manufactures prescription lenses at its Wenzhou plant and wishes to licence FormaLens, have it configured for its production line and receive support for it.

(C) At the Customer's request, all charges under this Agreement are stated and payable in Chinese Renminbi ("CNY").

IT IS AGREED as follows:

Clause 1 Definitions and Interpretation

1.1 In this Agreement:
"Customer Data" means all prescription data, frame-tracing data, order data, production data and personal information of the Customer's clients that the Licensor accesses or processes under this Agreement;
"Customer Deliverables" means the lens-design parameter sets, product catalogue configurations, interface adapters to the Customer's laboratory management system ("LMS") and free-form generators, scripts and documentation prepared specifically for the Customer under this Agreement;
"Final Acceptance" means the signature of the Final Acceptance Certificate under Clause 6.2;
"Software" means FormaLens Designer and the FormaLens production server runtime, in object code, with its documentation and all updates supplied under this Agreement; and
"Warranty Period" means the period defined in Clause 7.1.

1.2 A reference to a "day" is to a calendar day.

Clause 2 Licence

2.1 The Licensor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the Customer's Wenzhou plant on eight named design workstations and one production server, for the Customer's own lens design and manufacturing.

2.2 Title to the Software remains with the Licensor.

Clause 3 Charges

3.1 The charges are as follows:

Item  Description                                                            CNY
1     FormaLens Designer, perpetual licence, 8 named workstations        1,056,000
2     FormaLens production server runtime and surfacing engine, perpetual  324,000
      Licence Fee subtotal                                               1,380,000
3     Configuration Services (fixed price)                                 362,000
4     Training (two courses at the Customer's plant)                        46,000
      Contract Price                                                     1,788,000

3.2 The Contract Price is fixed and includes PRC value added tax and all costs of the Licensor.

Clause 4 Payment

4.1 The Customer shall pay the Contract Price in three instalments against a valid invoice:
(a) 20% of the Contract Price (CNY 357,600) within 20 days after the date of this Agreement;
(b) 45% of the Contract Price (CNY 804,600) within 20 days after the Customer signs the Configuration Completion Note under Clause 5.4; and
(c) 35% of the Contract Price (CNY 625,800) within 20 days after Final Acceptance.

Clause 5 Delivery and Configuration

5.1 The Licensor shall make the Software available for download within 10 days after the date of this Agreement.

5.2 The Configuration Services comprise set-up of the Customer's lens catalogue (1,860 products), six progressive design families and interface adapters to the Customer's LMS, generators and engravers, as set out in Schedule 2.

5.3 The Licensor shall complete the Configuration Services no later than 120 days after the date of this Agreement (the "Planned Completion Date").

5.4 When the Configuration Services are complete, the parties shall sign a Configuration Completion Note. The Configuration Completion Note records completion only and does not constitute acceptance of the Software or of the Customer Deliverables.

5.5 If Configuration Completion does not occur by the Planned Completion Date for reasons attributable to the Licensor, the Licensor shall pay the Customer liquidated damages of CNY 1,500 for each day of delay, up to a maximum of 8% of the Contract Price. The parties agree that this amount is a genuine pre-estimate of the Customer's loss.

Clause 6 Acceptance

6.1 The Acceptance Tests are:
(a) calculation of 300 reference prescriptions across the catalogue, with surface results matching the reference values in Schedule 3 within the tolerances stated there;
(b) 200 lenses produced on the Customer's line from FormaLens output and measured on the Customer's lensmeter, each within the tolerances of ISO 8980-1 and ISO 8980-2;
(c) exchange of jobs between the Software, the LMS and the generators for ten consecutive working days without manual correction; and
(d) calculation of each job within 3 seconds at a load of 1,200 jobs per shift.

6.2 When the Acceptance Tests have been passed, the Customer shall sign a Final Acceptance Certificate within 7 days. Failed tests are repeated after correction at the Licensor's cost.

6.3 Installation, Configuration Completion, use of the Software in production or payment of any instalment shall not constitute Final Acceptance.

Clause 7 Warranty

7.1 The Warranty Period is 18 months from Final Acceptance.

7.2 During the Warranty Period the Licensor warrants that the Software will perform materially in accordance with its documentation and the Acceptance Tests, and shall correct any defect free of charge and supply all new releases free of charge.

7.3 Support under Clause 8.3 is free of charge during the Warranty Period.

Clause 8 Support after the Warranty Period

8.1 After the Warranty Period the Customer may purchase annual support. The Annual Support Fee is 11% of the Licence Fee subtotal, that is CNY 151,800 per year, fixed for the first three support years. Any later increase shall be agreed in writing and shall not exceed 3% per year.

8.2 Support is ordered year by year by purchase order; there is no automatic renewal.

8.3 The following service levels apply during the Warranty Period and any support year:
(a) Severity 1 (the line cannot calculate or send jobs): response within 1 hour, 24 hours a day, seven days a week, and a workaround within 8 hours;
(b) Severity 2 (a function is impaired but production continues): response within 2 hours during the Customer's business hours and a fix within 3 working days;
(c) Severity 3 (other issues): response on the next business day.

8.4 For each full hour by which the Licensor misses a Severity 1 response or workaround time, the Licensor shall credit the Customer CNY 1,200, to be deducted from the next payment or support fee due.

Clause 9 Intellectual Property

9.1 The Licensor retains all intellectual property rights in the Software.

9.2 The Customer Deliverables and all intellectual property rights in them vest in the Customer on creation, and the Licensor hereby assigns them to the Customer. The Customer may use, modify and license the Customer Deliverables freely, including to its contractors. The Licensor shall deliver the source code of the interface adapters at Final Acceptance.

9.3 The Licensor shall indemnify the Customer against any claim that the Software or the Customer Deliverables infringe the rights of a third party.

Clause 10 Customer Data and Security

10.1 Customer Data belongs to the Customer. The Licensor shall process Customer Data only to perform this Agreement and on the Customer's documented instructions, and for no other purpose.

10.2 The Software is installed on the Customer's servers in Wenzhou. The Licensor may access them remotely only through the Customer's VPN with multi-factor authentication, after approval of each session; every session is logged. The Licensor shall keep no copy of Customer Data outside the Customer's systems, shall not transfer Customer Data outside mainland China, and shall comply with the PRC Personal Information Protection Law and Data Security Law.

10.3 The Licensor shall notify the Customer of any actual or suspected security incident affecting Customer Data within 24 hours, shall cooperate in its investigation and remedy, and shall be liable for all loss caused by its breach of this Clause, including regulatory fines.

Clause 11 Confidentiality

Each party shall keep confidential all non-public information received from the other party under this Agreement, including lens designs and prices, and shall not disclose it without the other party's prior written consent, for five years after termination.

Clause 12 Liability

12.1 The Licensor's total aggregate liability arising under or in connection with this Agreement shall not exceed 150% of the Contract Price.

12.2 Clause 12.1 does not limit liability for death or personal injury caused by negligence, for fraud, under Clause 9.3, or for breach of Clause 10 or Clause 11.

12.3 Neither party is liable for indirect or consequential loss.

Clause 13 Subcontracting and Assignment

The Licensor shall not subcontract any part of this Agreement without the Customer's prior written consent and remains responsible for any approved subcontractor. Neither party may assign this Agreement without the other party's prior written consent.

Clause 14 Termination

14.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and fails to remedy it within 30 days after written notice.

14.2 The Customer may also terminate this Agreement by written notice if the liquidated damages under Clause 5.5 reach their maximum.

14.3 On termination by the Customer before Final Acceptance, the Licensor shall refund all sums paid.

Clause 15 Force Majeure

Neither party is liable for delay caused by events beyond its reasonable control, provided it notifies the other party promptly.

Clause 16 Governing Law and Disputes

16.1 This Agreement and any non-contractual obligations arising out of or in connection with it are governed by the laws of Ireland.

16.2 Any dispute arising out of or in connection with this Agreement shall be referred to and finally resolved by arbitration under the UNCITRAL Arbitration Rules. The seat of the arbitration shall be Dublin, Ireland, the tribunal shall consist of one arbitrator, and the language of the arbitration shall be English.

Clause 17 General

17.1 This Agreement, with its Schedules, is the entire agreement of the parties. Amendments must be in writing and signed by both parties. The English text prevails over any translation.

Schedule 1: Software and licensed workstations. Schedule 2: Configuration plan. Schedule 3: Acceptance Tests and reference values. Schedule 4: Support contacts and escalation.

Signed for and on behalf of SCATTERY OPTICAL SOFTWARE LIMITED by a director: ____________________

Signed for and on behalf of WENZHOU OUJIANG EYEWEAR CO., LTD. by its legal representative: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h147e02 — Guilin river-cruise operator: cruise-ticketing SaaS, Order Form + General Terms; German vendor (Lindau),
# "§ N (1)", .md
# ---------------------------------------------------------------------------------------------------------------
H147E02 = """# Order Form No. LBT-2025-0418

**Bodensee Ticketing GmbH** - PierPass Cruise Ticketing Platform

| | |
|---|---|
| Vendor | Bodensee Ticketing GmbH, Inselgraben 12, 88131 Lindau (Bodensee), Germany, registered in the commercial register of the Local Court of Kempten (Allgäu) under HRB 17342, represented by its managing director ("Vendor") |
| Customer | Guilin Lijiang Starlight Cruise Co., Ltd., No. 6 Binjiang Road, Xiufeng District, Guilin, Guangxi, People's Republic of China ("Customer") |
| Service | PierPass software as a service: ticket sales, seat and vessel inventory, fare and capacity management, boarding control with ID verification, travel-agency accounts, settlement and reporting |
| Scope | 14 vessels, 2 piers (Zhujiang Pier and Mopanshan Pier), up to 1.2 million passengers per year |
| Hosting | Alibaba Cloud, Guangzhou region (mainland China); approved subcontractor |
| Initial Term | 36 months from the date of the Go-Live Acceptance Certificate |
| Target Go-Live Date | 15 March 2026 |

## Fees (all amounts in CNY, at the Customer's request)

| Item | Basis | Amount (CNY) |
|---|---|---|
| PierPass subscription, 14 vessels / 2 piers | CNY 26,400 per month x 36 months | 950,400 |
| Set-up and integration (two OTA channel connectors, WeChat mini-program front end, ID-verification gates at both piers, migration of travel-agency accounts) | one-time | 148,000 |
| **Total Contract Value** | | **1,098,400** |

Payment terms: the set-up and integration fee is invoiced on the Go-Live Acceptance Certificate; subscription fees are invoiced quarterly in arrears. No advance payment is due. Invoices are payable within 30 days by bank transfer to the CNY account named in the invoice.

This Order Form incorporates the General Terms and Conditions below. If they conflict, this Order Form prevails.

Signed for Vendor: ____________________ Signed for Customer: ____________________

---

# General Terms and Conditions of Bodensee Ticketing GmbH for PierPass (version 2025-03)

## § 1 Scope

(1) These General Terms apply to the provision of the PierPass platform and related services by Vendor to Customer under an Order Form.

(2) Terms and conditions of Customer apply only if Vendor has agreed to them in writing.

## § 2 Subject Matter of the Services

(1) Vendor provides PierPass as software as a service over the internet and grants Customer, for the term of the contract, the non-exclusive right to use PierPass for its cruise operations on the Guilin-Yangshuo section of the Li River.

(2) Vendor operates PierPass in the hosting environment named in the Order Form. Vendor maintains and updates PierPass continuously; updates shall not materially reduce the agreed functions.

## § 3 Set-up, Go-Live and Acceptance

(1) Vendor shall complete the set-up and integration services so that PierPass is ready for Go-Live acceptance by the Target Go-Live Date.

(2) The Go-Live acceptance tests are:
1. sale of tickets through all four channels (pier counters, WeChat mini-program and the two OTA connectors), with settlement reports reconciled to the bank statements for 7 consecutive days;
2. boarding control at both piers with ID verification at a rate of 2,000 passengers per hour per pier;
3. capacity control: no overbooking in a test of 1,000 simulated concurrent bookings for one sailing;
4. correct migration of 312 travel-agency accounts, including their balances and credit limits.

(3) Customer shall issue the Go-Live Acceptance Certificate within 5 working days after the tests have been passed. Use of PierPass in live operation before that certificate shall not be deemed acceptance.

(4) For each calendar day by which Go-Live acceptance is delayed beyond the Target Go-Live Date for reasons for which Vendor is responsible, Vendor shall pay a contractual penalty of CNY 900, up to a total of 10% of the set-up and integration fee. Further claims for damages remain unaffected; the penalty shall be credited against them.

## § 4 Service Levels

(1) PierPass has an availability of 99.95% per calendar month, measured at the internet handover point of the hosting data centre. Maintenance windows announced at least 5 days in advance and scheduled between 01:00 and 05:00 China Standard Time do not count as downtime.

(2) Incidents are classified and handled as follows:
1. Priority 1 (ticket sales or boarding impossible at a pier or through more than one channel): reaction time 6 hours, resolution target 12 hours;
2. Priority 2 (a function impaired, operations continue): reaction time one business day;
3. Priority 3 (other incidents and questions): reaction time three business days.
The reaction time is the time from receipt of an incident report via the hotline until a qualified engineer starts work on the incident. The hotline is staffed Monday to Friday 08:00 to 18:00 Central European Time; outside these hours Priority 1 incidents are handled by an on-call engineer.

(3) If the monthly availability falls below 99.95%, Customer receives a service credit of 5% of the monthly subscription fee; below 99.5%, 10%; below 99.0%, 20%. Credits are set off against the next invoice.

## § 5 Fees and Payment

(1) The fees stated in the Order Form are fixed for the Initial Term.

(2) Invoices are issued in CNY. In case of late payment, Vendor may charge default interest at the statutory rate applicable in mainland China.

## § 6 Term, Renewal and Termination

(1) The contract runs for the Initial Term stated in the Order Form.

(2) Thereafter it renews automatically for one further year at a time unless either party gives notice of at least three months before the end of the current term. Renewal years are charged at the fees applicable in the last year of the Initial Term.

(3) The right of either party to terminate for good cause without notice remains unaffected. Good cause exists for Customer in particular if Vendor commits a material breach of contract and does not remedy it within 30 days after a written warning, or if the monthly availability is below 99.0% in two consecutive months.

(4) After termination Vendor shall make all Customer Data available for export in a common format for 30 days and then delete it.

## § 7 Customer Data and Data Protection

(1) Passenger, booking and settlement data entered into or generated in PierPass ("Customer Data") belong to Customer. Vendor processes Customer Data only on Customer's instructions and only for the purpose of providing the services.

(2) Customer Data are stored and processed exclusively in mainland China. Vendor shall not transfer Customer Data outside mainland China or permit access to them from outside mainland China.

(3) Vendor maintains appropriate technical and organisational measures, in particular encryption of ID numbers, role-based access, logging of all administrative access, an MLPS level 3 filing of the hosting environment and an annual penetration test.

(4) Vendor shall notify Customer of any data breach within 24 hours, take all measures necessary to remedy it, and bear the costs and damages caused by its breach of these obligations.

## § 8 Confidentiality

Each party shall keep confidential all business and trade secrets of the other party that become known to it in the course of the contract and shall use them only for the purposes of the contract. This obligation survives the end of the contract by three years.

## § 9 Intellectual Property

(1) All rights in PierPass remain with Vendor.

(2) All rights in the Customer-specific deliverables (the WeChat mini-program front end in Customer's branding, Customer's fare rules, report configurations and the gate-scanner interface module) vest in Customer. To the extent copyright cannot be transferred under applicable law, Vendor grants Customer the exclusive, irrevocable and transferable right, unlimited in time and territory, to use, modify and sublicense these deliverables.

## § 10 Liability

(1) Vendor is liable without limitation for intent and gross negligence, for injury to life, body or health, and under mandatory product liability law.

(2) In case of slight negligence, Vendor is liable only for breach of material contractual obligations and only for the foreseeable damage typical of the contract.

(3) In the cases of paragraph (2), Vendor's total liability under this contract is limited to the fees paid by Customer in the six months preceding the event giving rise to the claim.

## § 11 Subcontractors

Vendor may use subcontractors only with Customer's prior written consent. The hosting provider named in the Order Form is approved. Vendor is responsible for its subcontractors as for its own acts.

## § 12 Governing Law and Place of Jurisdiction

(1) This contract is governed by the law of the Federal Republic of Germany, excluding the UN Convention on Contracts for the International Sale of Goods.

(2) The exclusive place of jurisdiction for all disputes arising out of or in connection with this contract is Lindau (Bodensee), Germany.

## § 13 Final Provisions

(1) Amendments and supplements must be made in writing.

(2) Should any provision be or become invalid, the validity of the remaining provisions is not affected. The parties shall replace the invalid provision with a valid provision that comes closest to its economic purpose.

(3) These General Terms are made in English. A Chinese translation is for information only.
"""

# ---------------------------------------------------------------------------------------------------------------
# h147e03 — Ningde large-yellow-croaker farm: net-cage monitoring sensors + maintenance; French integrator (Ile de
# Batz) on the buyer's paper, "Article N — title", .docx with a Word price table
# ---------------------------------------------------------------------------------------------------------------
H147E03 = """
T:Supply, Installation and Maintenance Contract — Net-Cage Environmental Monitoring System
P:Contract No. SDA-PUR-2025-062
P:BETWEEN Ningde Sandu'ao Yellow Croaker Aquaculture Co., Ltd., a company established in the People's Republic of China, with its registered office at No. 3 Haibin Road, Sandu Town, Jiaocheng District, Ningde, Fujian Province, represented by its legal representative (hereinafter the "Buyer"),
P:AND Batz Marine Instruments SAS, a société par actions simplifiée with a share capital of EUR 180,000, registered with the Trade and Companies Register of Brest under number 812 445 390, with its head office at Le Débarcadère, 29253 Île-de-Batz, France, represented by its President (hereinafter the "Supplier").
P:PREAMBLE. The Buyer farms large yellow croaker in 48 deep-water net cages in Sandu Bay. Following a competitive consultation, the Buyer has selected the Supplier to supply, install and maintain an environmental monitoring system for these cages. This Contract is made on the Buyer's standard terms; at the Buyer's request, all prices are stated and paid in Chinese Renminbi (CNY).
H:Article 1 — Purpose of the Contract
P:1.1 The Supplier shall supply, deliver, install, commission and maintain a net-cage environmental monitoring system (the "System") comprising multi-parameter water-quality buoys, underwater cameras, solar-powered LTE gateways, a shore monitoring server and the monitoring software, and shall integrate the alarms of the System with the Buyer's aerator control and SMS alert service.
P:1.2 The technical requirements are set out in Annex 1 (Technical Specification) and the Supplier's offer of 9 September 2025 (Annex 2). In case of conflict, this Contract prevails over Annex 1, and Annex 1 prevails over Annex 2.
H:Article 2 — Contract Price
P:2.1 The Contract Price is CNY 2,210,000, fixed and firm, including PRC VAT, delivery DDP to the Buyer's Sandu'ao shore base (Incoterms 2020), import clearance, installation, training and all services during the Warranty Period. It breaks down as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Multi-parameter water-quality buoy (dissolved oxygen, temperature, salinity, pH, turbidity)|48|21,600|1,036,800
TB:2|Underwater HD camera with automatic wiper|48|9,800|470,400
TB:3|Solar-powered LTE gateway|12|14,500|174,000
TB:4|Shore monitoring server with UPS|2|46,000|92,000
TB:5|Aquaculture monitoring software, perpetual licence|1|168,000|168,000
TB:|Equipment and Licence Subtotal|||1,941,200
TB:6|Installation, mooring and commissioning|1|186,000|186,000
TB:7|Alarm integration with aerator control and SMS|1|64,800|64,800
TB:8|Training of farm technicians|1|18,000|18,000
TB:|Contract Price|||2,210,000
P:2.2 No price revision shall apply for any reason, including exchange-rate movements between the euro and the Renminbi.
H:Article 3 — Payment Terms
P:3.1 An advance of 10% of the Contract Price (CNY 221,000) is paid within 15 days after signature, against an advance-payment bank guarantee of the same amount issued by a bank acceptable to the Buyer.
P:3.2 55% of the Contract Price (CNY 1,215,500) is paid within 20 days after the Installation Certificate. The Installation Certificate records that the equipment has been installed; it does not constitute acceptance.
P:3.3 The balance of 35% of the Contract Price (CNY 773,500) is paid within 20 days after the Final Acceptance Certificate.
H:Article 4 — Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Buyer's shore base within 70 days after signature and complete installation of all 48 cages within 40 days after delivery. Work at sea shall be scheduled with the Buyer's farm manager and avoid typhoon warnings and feeding hours.
P:4.2 Ownership of the equipment passes to the Buyer on delivery; risk passes on the Installation Certificate.
H:Article 5 — Acceptance
P:5.1 After installation the System runs for a trial period of 30 consecutive days. Final acceptance requires that: (a) every buoy has been calibrated against the Buyer's reference instruments and reads within ±0.2 mg/L dissolved oxygen, ±0.3 °C and ±0.5 PSU; (b) no buoy or camera has a data gap longer than 30 minutes during the trial period, other than gaps caused by typhoon warnings declared by the authorities; (c) low-oxygen alarms reach the aerator control and the duty technicians' phones within 60 seconds in three tests per cage group; and (d) the documentation listed in Annex 1 has been delivered.
P:5.2 If the criteria are met, the Buyer signs the Final Acceptance Certificate within 7 days. Otherwise the Supplier shall remedy the defects at its own cost and the trial period is repeated for the affected parts.
P:5.3 Neither delivery, installation, use of the System in production nor payment of any instalment constitutes acceptance.
H:Article 6 — Warranty
P:6.1 The Warranty Period is 36 months from the date of the Final Acceptance Certificate.
P:6.2 During the Warranty Period the Supplier shall repair or replace free of charge any defective equipment or software and shall carry out preventive maintenance every quarter: cleaning of sensors, replacement of membranes and wiper blades, recalibration and a written maintenance report.
H:Article 7 — Maintenance after the Warranty Period
P:7.1 After the Warranty Period the Buyer may order maintenance for the fourth and fifth years at an annual fee of 7.5% of the Equipment and Licence Subtotal, that is CNY 145,590 per year, which shall not be increased. Maintenance is ordered year by year; it does not renew automatically.
P:7.2 Maintenance covers the same services as in Article 6.2; spare parts are invoiced at the prices of Annex 3, which are fixed until the end of the fifth year.
H:Article 8 — Service Levels
P:8.1 A critical fault is the loss of monitoring for more than six cages or the failure of the low-oxygen alarm chain. For a critical fault the Supplier shall respond within 30 minutes, 24 hours a day, have a technician at the shore base within 8 hours and restore the function within 24 hours. Other faults shall be answered within 2 hours and repaired within 3 days.
P:8.2 For each hour by which the Supplier exceeds a time limit in Article 8.1, the Supplier shall pay the Buyer a penalty of CNY 1,000, deducted from any sum due to the Supplier.
H:Article 9 — Delay Penalties
P:9.1 If the Supplier fails to meet a time limit in Article 4.1 or to obtain the Final Acceptance Certificate within 150 days after signature, it shall pay a penalty of 0.08% of the Contract Price per calendar day of delay, without the need for a formal notice, up to 10% of the Contract Price.
P:9.2 The penalties do not release the Supplier from its obligations and are without prejudice to the Buyer's right to terminate under Article 15.
H:Article 10 — Intellectual Property
P:10.1 The monitoring software remains the property of the Supplier or its licensors and is licensed to the Buyer perpetually.
P:10.2 The alarm rules, integration scripts, dashboards and configuration files developed for the Buyer under this Contract belong to the Buyer, which may use, modify and disclose them freely, including to another maintenance provider.
H:Article 11 — Data and Security
P:11.1 All monitoring data, video images and alarm records belong to the Buyer. They are stored on the Buyer's shore server and may be used by the Supplier only to perform this Contract.
P:11.2 The Supplier may access the System remotely only through the Buyer's VPN after approval by the Buyer for each session; all sessions are logged. The Supplier shall not copy or export any data, shall change all default passwords before commissioning and shall apply security updates within 30 days of release.
P:11.3 The Supplier shall notify the Buyer of any security incident within 12 hours, cooperate in its remedy and be liable for any damage resulting from its breach of this Article.
H:Article 12 — Confidentiality
P:The Supplier shall keep strictly confidential all information about the Buyer's farm, stocking density, feeding, production and customers, and shall not disclose it to any third party without the Buyer's prior written consent, during the Contract and for five years after its end.
H:Article 13 — Liability and Insurance
P:13.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except in case of gross negligence, wilful misconduct, personal injury or breach of Articles 11 and 12.
P:13.2 The Supplier shall maintain civil liability insurance covering work at sea for the duration of the works.
H:Article 14 — Subcontracting
P:The Supplier may subcontract the mooring of the buoys to a local marine contractor only with the Buyer's prior written consent. The Supplier remains fully liable for its subcontractors.
H:Article 15 — Termination
P:15.1 If the Supplier fails to perform a material obligation and does not remedy the failure within 20 days after a formal notice sent by registered letter or email, the Buyer may terminate this Contract as of right by written notice, without prejudice to damages.
P:15.2 The Buyer may also terminate if the delay penalties reach their maximum.
H:Article 16 — Force Majeure
P:Typhoons for which the authorities have issued an orange or red warning are force majeure for work at sea. The affected party shall notify the other promptly, and time limits are extended by the duration of the event.
H:Article 17 — Governing Law and Disputes
P:17.1 This Contract is governed by the laws of the People's Republic of China.
P:17.2 Any dispute shall first be settled amicably. Failing settlement within 30 days, it shall be submitted to the Ningde Arbitration Commission for arbitration in Ningde, whose award is final.
H:Article 18 — Miscellaneous
P:This Contract is made in two originals in English and Chinese, each party keeping one; both texts are equally authentic. It enters into force on signature by both parties.
P:Annex 1: Technical Specification. Annex 2: Supplier's offer. Annex 3: Spare-parts price list.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
# h147e04 — Shenzhen drone start-up: managed IT + desktop support; Scottish provider (Flotta), "N. HEADING", .pdf
# ---------------------------------------------------------------------------------------------------------------
H147E04 = """
T:MANAGED IT SERVICES AGREEMENT
P:between
P:FLOTTA MANAGED SERVICES LIMITED, a company incorporated in Scotland under the Companies Acts (registered number SC714582) and having its registered office at Pierhead House, Flotta, Orkney, Scotland (the "Provider"); and
P:SHENZHEN SKYFOLD ROBOTICS CO., LTD., a company incorporated in the People's Republic of China and having its registered office at Unit 1206, Block B, Innovation Tower, Nanshan District, Shenzhen (the "Customer").
P:WHEREAS the Customer designs and tests civil drones and wishes to outsource the operation of its IT environment and desktop support, and the Provider has agreed to provide those services through its wholly owned subsidiary in Shenzhen; and the Customer has asked that all charges be stated and paid in Chinese Renminbi (CNY);
P:NOW THEREFORE the parties HAVE AGREED and DO HEREBY AGREE as follows:
H:1. DEFINITIONS AND INTERPRETATION
P:1.1 In this Agreement: "Business Day" means a day other than a Saturday, Sunday or public holiday in Shenzhen; "Charges" means the charges set out in Clause 6; "Customer Data" means all data, including design files, flight-test logs, source code and personal information, held in or passing through the Customer's IT environment; "Deliverables" means the runbooks, configurations, scripts, asset register and documentation created by the Provider for the Customer; "Service Commencement Date" means the date of the Transition Acceptance Certificate; "Service Levels" means the levels in Schedule 2; and "Services" means the services described in Clause 3 and Schedule 1.
P:1.2 Headings do not affect interpretation. Words in the singular include the plural.
H:2. COMMENCEMENT AND DURATION
P:2.1 This Agreement commences on the date of its execution. The Services shall be provided for an initial term of 24 months from the Service Commencement Date (the "Initial Term").
P:2.2 On expiry of the Initial Term this Agreement shall continue for successive renewal periods of one year each (each a "Renewal Period") unless either party gives the other not less than 90 days' written notice of termination before the end of the Initial Term or the then-current Renewal Period.
P:2.3 With effect from the start of each Renewal Period the Provider may increase the Charges by up to six per cent by giving the Customer written notice not later than 60 days before that Renewal Period begins.
H:3. THE SERVICES
P:3.1 The Provider shall provide: (a) a service desk in Mandarin and English from 08:00 to 20:00 Monday to Saturday, with an on-call engineer outside those hours for Priority 1 incidents; (b) desktop support for up to 160 users at the Customer's Nanshan office and its Bao'an flight-test site; (c) management of the Customer's Microsoft 365 tenant, servers, firewalls, switches and wireless network; (d) monitoring, patching and endpoint-protection management; (e) backup management with a quarterly test restore; (f) IT asset management and joiner-mover-leaver processing; and (g) a monthly service report and review meeting.
P:3.2 The Provider shall perform the Services with reasonable skill and care and in accordance with good industry practice.
P:3.3 The Customer shall give the Provider's staff reasonable access to its premises, a workspace at the Nanshan office and the administrator credentials needed for the Services.
H:4. TRANSITION
P:4.1 The Provider shall carry out the transition of the Services from the Customer's outgoing supplier in accordance with the Transition Plan in Schedule 3, with a planned Service Commencement Date of 1 March 2026 (the "Planned Date").
P:4.2 The Customer shall issue a Transition Acceptance Certificate when: (a) a complete asset inventory has been reconciled with the Customer's records; (b) all servers, firewalls and switches have been onboarded to monitoring; (c) a test restore of three systems nominated by the Customer has succeeded; (d) knowledge transfer from the outgoing supplier has been documented; and (e) the service desk has processed 20 test tickets correctly. The start of any Services before that certificate shall not constitute acceptance.
P:4.3 If the Service Commencement Date has not occurred by the Planned Date for reasons attributable to the Provider, the Provider shall pay the Customer liquidated damages of CNY 1,200 for each day of delay until the Service Commencement Date, up to a maximum of CNY 60,000.
H:5. SERVICE LEVELS
P:5.1 The Provider shall use all reasonable endeavours to meet the following Service Levels:
P:Priority 1 (site-wide outage, engineering servers or firewall down, security incident): response 30 minutes; on site 2 hours; target resolution 6 hours.
P:Priority 2 (a department or a key application affected): response 1 hour; target resolution 1 Business Day.
P:Priority 3 (a single user affected): response 3 hours; target resolution 3 Business Days.
P:Priority 4 (service requests): target completion 5 Business Days.
P:5.2 The Service Levels are targets. Failure to meet a Service Level shall not entitle the Customer to service credits, a reduction of the Charges, damages or any other remedy. Where a Service Level is missed in any month, the Provider shall instead prepare a remediation plan within 10 Business Days and discuss it at the next monthly review.
P:5.3 Performance against the Service Levels shall be measured by the Provider's service management tool and reported in the monthly service report.
H:6. CHARGES AND PAYMENT
P:6.1 The Charges are: (a) a Monthly Service Charge of CNY 58,600 for up to 160 users, with CNY 320 per additional user per month; and (b) a one-off Transition Charge of CNY 72,000. Over the Initial Term the Charges amount to CNY 1,478,400 (24 x CNY 58,600 + CNY 72,000).
P:6.2 The Transition Charge is invoiced on the Service Commencement Date. The Monthly Service Charge is invoiced monthly in arrears. No charge is payable in advance.
P:6.3 Invoices are payable within 30 days by bank transfer in CNY and include PRC value added tax.
P:6.4 The Charges are fixed for the Initial Term, save for additional users under Clause 6.1(a).
H:7. CUSTOMER DATA AND SECURITY
P:7.1 Customer Data belongs to the Customer. The Provider shall access and use Customer Data only to the extent necessary to perform the Services and for no other purpose.
P:7.2 The Provider shall: use named administrator accounts with multi-factor authentication and privileged-access management; log all administrative access and keep the logs for 180 days; keep Customer Data within mainland China; not copy design files, source code or flight-test logs to any system outside the Customer's environment; and comply with the PRC Data Security Law and Personal Information Protection Law.
P:7.3 The Provider shall notify the Customer of any actual or suspected security incident affecting Customer Data within 12 hours, assist in its containment and investigation, and be liable for all losses caused by its breach of this Clause.
H:8. INTELLECTUAL PROPERTY
P:8.1 The Deliverables and all intellectual property rights in them shall vest in the Customer on creation, and the Customer may use, modify and disclose them freely, including to any successor provider.
P:8.2 The Provider's pre-existing tools remain the property of the Provider, which grants the Customer a licence to use them for the duration of this Agreement and any exit period.
H:9. CONFIDENTIALITY
P:Each party shall keep the other party's confidential information secret, use it only for the purposes of this Agreement and not disclose it to any third party without prior written consent. This Clause survives termination for five years.
H:10. STAFF AND SUBCONTRACTING
P:10.1 The Services shall be performed by the Provider's wholly owned subsidiary Flotta IT Services (Shenzhen) Co., Ltd., which the Customer approves by signing this Agreement. The Provider remains liable for its subsidiary's acts and omissions.
P:10.2 The Provider shall not subcontract any other part of the Services without the Customer's prior written consent.
H:11. LIABILITY
P:11.1 The Provider's total liability under or in connection with this Agreement shall not exceed 125% of the Charges payable for the Initial Term.
P:11.2 Clause 11.1 does not apply to death or personal injury caused by negligence, fraud, or breach of Clause 7 or Clause 9.
H:12. TERMINATION
P:12.1 The Customer may terminate this Agreement by written notice if the Provider commits a material breach which is not remedied within 30 days after written notice requiring it to be remedied.
P:12.2 The Provider may terminate this Agreement by written notice if any undisputed invoice remains unpaid 60 days after its due date.
P:12.3 On termination or expiry the Provider shall provide exit assistance for up to 90 days at the Monthly Service Charge rate pro rata, return all Customer Data and Deliverables and delete any copies.
P:12.4 Termination shall not affect any rights or remedies which have accrued before termination.
H:13. GOVERNING LAW AND DISPUTES
P:13.1 This Agreement is governed by the laws of the People's Republic of China.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen in accordance with its rules.
H:14. GENERAL
P:14.1 This Agreement and its Schedules constitute the entire agreement between the parties. No variation is effective unless in writing and signed by both parties.
P:14.2 Schedule 1: Service Description. Schedule 2: Service Levels. Schedule 3: Transition Plan.
P:14.3 Any notice under this Agreement shall be in writing and delivered by hand, courier or email to the addresses stated above.
P:14.4 Neither party shall be liable for delay caused by circumstances beyond its reasonable control, provided it notifies the other party promptly.
P:IN WITNESS WHEREOF these presents consisting of this and the preceding pages are executed as follows:
P:Subscribed for and on behalf of FLOTTA MANAGED SERVICES LIMITED at Kirkwall on ____________ 2025 by ____________________, Director, before this witness: ____________________
P:Signed for and on behalf of SHENZHEN SKYFOLD ROBOTICS CO., LTD. at Shenzhen on ____________ 2025 by ____________________, Legal Representative
"""

# ---------------------------------------------------------------------------------------------------------------
# h147e05 — Fujian tea-oil exporter: certificate-of-origin API subscription + ERP integration; Italian vendor
# (Isola Gallinara), "Art. N (title)", .txt
# ---------------------------------------------------------------------------------------------------------------
H147E05 = """SUBSCRIPTION AND INTEGRATION AGREEMENT
ORIGINPASS CERTIFICATE-OF-ORIGIN API

between

GALLINARA TRADE DATA S.r.l., with registered office at Isola Gallinara, 17031 Albenga (SV), Italy, tax code and VAT number IT02784410091, registered with the Companies Register of Riviere di Liguria, share capital EUR 50,000 fully paid-up, in the person of its legal representative pro tempore (hereinafter "Gallinara" or the "Supplier")

and

FUJIAN YOUXI CAMELLIA OIL EXPORT CO., LTD., with registered office at No. 27 Chengnan Avenue, Youxi County, Sanming, Fujian Province, People's Republic of China, in the person of its legal representative (hereinafter the "Customer")

(each a "Party" and together the "Parties")

WHEREAS

(a) the Supplier operates OriginPass, an application programming interface and web service that checks tariff classifications and rules of origin under the free-trade agreements of the People's Republic of China, prepares certificate-of-origin application data, submits applications to the issuing bodies through their electronic interfaces and tracks their status;

(b) the Customer exports camellia (tea-seed) oil and related products to ASEAN countries, Korea, Pakistan and the European Union and intends to connect OriginPass to its enterprise resource planning system (the "ERP");

(c) at the Customer's request, all fees under this Agreement are stated and paid in Chinese Renminbi (CNY);

NOW, THEREFORE, the Parties agree as follows.

Art. 1 (Premises and Annexes)
1.1 The premises and the Annexes form an integral and substantial part of this Agreement.
1.2 Annex A: Service Description. Annex B: Integration Plan and Acceptance Tests. Annex C: Service Levels.

Art. 2 (Definitions)
2.1 "Customer Data" means all data supplied by the Customer or generated through its use of OriginPass, including invoices, packing lists, consignee data, bills of materials and certificate applications.
2.2 "Integration Deliverables" means the ERP connector, the mapping tables of the Customer's 140 products to tariff codes and origin criteria, the document templates and the configuration developed under this Agreement.
2.3 "Integration Acceptance" means the signature of the acceptance certificate under Art. 7.

Art. 3 (Object)
3.1 The Supplier grants the Customer access to OriginPass as a subscription service, including up to 6,000 API calls per year, and performs the integration services described in Annex B.
3.2 The subscription includes the rules of origin of all free-trade agreements in force for the People's Republic of China and their updates within 10 working days after publication.
3.3 The Customer remains responsible for the accuracy of the commercial data it supplies and for signing its declarations as exporter; OriginPass does not replace the Customer's customs declarant.

Art. 4 (Term)
4.1 The subscription runs for 36 months from Integration Acceptance.
4.2 This Agreement is not subject to tacit renewal. Any renewal requires a written agreement of the Parties.

Art. 5 (Fees)
5.1 The fees are:

Item                                                        Basis                  CNY
OriginPass subscription (up to 6,000 API calls per year)    96,000 per year x 3    288,000
Integration services (ERP connector, mapping of 140
products, document templates, testing, training)            one-time               134,000
Total Contract Value                                                               422,000

5.2 API calls above 6,000 in a subscription year are charged at CNY 6 per call.
5.3 The fees include PRC value added tax and are fixed for the term of the subscription.

Art. 6 (Invoicing and Payment)
6.1 The integration fee is invoiced on Integration Acceptance.
6.2 The subscription fee is invoiced semi-annually in arrears, in two equal instalments of CNY 48,000 per year.
6.3 No advance payment is due. Invoices are payable within 30 days from receipt by bank transfer to the CNY account indicated in the invoice.

Art. 7 (Integration Services and Acceptance)
7.1 The Supplier shall complete the integration services by 31 March 2026 (the "Integration Date").
7.2 Each Party appoints a project manager in Annex B. The Customer shall give the Supplier access to a test instance of the ERP and to sample shipment documents within 10 working days after signature.
7.3 The acceptance tests are: (a) end-to-end processing of 50 sample export shipments, from ERP invoice to submitted application; (b) verification of the mapping of the 140 products by the Customer's customs officer, with no error outstanding; (c) acceptance of the submitted test applications by the issuing bodies' test environment; (d) status synchronisation between OriginPass and the ERP; and (e) ten working days of parallel running without manual correction.
7.4 When the tests are passed, the Customer signs the acceptance certificate within 5 working days. Live use of OriginPass before that date does not constitute acceptance.

Art. 8 (Penalty for Delay)
8.1 If Integration Acceptance does not occur by the Integration Date for reasons attributable to the Supplier, the Supplier shall pay a penalty of CNY 300 for each calendar day of delay, up to a maximum of 10% of the integration fee, without prejudice to compensation for further damage.

Art. 9 (Service Levels)
9.1 OriginPass is available 99.95% of the time in each calendar month, excluding scheduled maintenance announced 72 hours in advance and carried out between 00:00 and 04:00 China Standard Time.
9.2 Severity 1 incidents (the API is unavailable or applications cannot be submitted) receive a response within 1 hour and a workaround within 6 hours; Severity 2 incidents receive a response within 3 hours; Severity 3 incidents within 2 working days.
9.3 If the monthly availability falls below 99.95%, the Customer receives a credit of 5% of the monthly share of the subscription fee; below 99.5%, 10%; below 98%, 20%. For each full hour by which a Severity 1 response or workaround is late, the Customer receives a further credit of CNY 200.
9.4 Incidents are reported through the support portal or a hotline staffed in Mandarin and English. The Supplier sends a monthly service report showing availability, incidents, credits and API call volumes.

Art. 10 (Intellectual Property)
10.1 OriginPass, its databases of rules of origin and all related intellectual property rights belong to the Supplier.
10.2 The Integration Deliverables, although developed for the Customer under this Agreement, are and remain the exclusive property of the Supplier, which may reuse them for other customers. The Customer receives a non-exclusive and non-transferable licence to use them for the duration of the subscription only and may not modify them or have them modified by third parties.

Art. 11 (Customer Data)
11.1 Customer Data belong to the Customer. The Supplier processes them only to perform this Agreement.
11.2 OriginPass and the Customer Data are hosted in a data centre in Hangzhou, People's Republic of China. The Supplier shall not transfer Customer Data outside mainland China, shall encrypt them in transit and at rest, shall restrict access to named personnel and shall keep access logs for one year. The Supplier holds ISO/IEC 27001 certification for the service.
11.3 The Supplier shall notify the Customer of any personal-data or security breach within 24 hours, shall take all measures to limit its consequences and shall compensate the Customer for damage resulting from its breach of this Article.
11.4 Once a year, at the Customer's request, the Supplier shall provide a summary of its latest ISO/IEC 27001 surveillance audit and penetration test.

Art. 12 (Confidentiality)
12.1 Each Party shall keep confidential the information of the other Party that it receives in performing this Agreement, in particular prices, customers, formulations and supply chains, and shall not disclose it to third parties without the other Party's written consent.
12.2 This obligation survives for five years after termination of this Agreement.

Art. 13 (Subcontracting)
13.1 The Supplier may entrust parts of the Services, in particular first-line support, on-site integration work and hosting, to subcontractors, including its Shanghai implementation partner, by informing the Customer in writing of the identity of each subcontractor.
13.2 The Supplier remains responsible towards the Customer for the performance of its subcontractors.

Art. 14 (Liability)
14.1 The Supplier's total liability under this Agreement is limited to twice the Total Contract Value.
14.2 The limitation does not apply to wilful misconduct, gross negligence or breach of Art. 11 and Art. 12.

Art. 15 (Termination for Breach)
15.1 If either Party fails to perform a material obligation and does not remedy the failure within 30 days after receiving a written notice to perform, the other Party may terminate this Agreement by written notice.
15.2 The Customer may also terminate this Agreement with immediate effect by written notice if a breach of Art. 11 occurs.
15.3 On termination the Supplier shall return the Customer Data in a common format within 30 days and then delete them.
15.4 Termination does not affect the fees due for services correctly performed up to the date of termination.

Art. 16 (Governing Law and Disputes)
16.1 This Agreement is governed by the laws of the People's Republic of China.
16.2 Any dispute arising out of or in connection with this Agreement shall be submitted to the Xiamen Arbitration Commission for arbitration in Xiamen in accordance with its rules. The award is final and binding on the Parties.

Art. 17 (Final Provisions)
17.1 Any amendment to this Agreement must be made in writing and signed by both Parties.
17.2 Neither Party is liable for a failure caused by events beyond its reasonable control, including outages of the issuing bodies' systems, provided that it informs the other Party promptly.
17.3 Communications may be sent by certified e-mail (PEC) to the Supplier and by e-mail with acknowledgement of receipt to the Customer.
17.4 This Agreement is made in English and Chinese; in case of discrepancy the English text prevails.

Albenga, ____________ 2025                         Youxi, ____________ 2025

For the Supplier: ____________________              For the Customer: ____________________
"""

# ---------------------------------------------------------------------------------------------------------------
TEXT_FILES = {
    "h147z03_fitness_chain_booking_saas.md": H147Z03,
    "h147z04_county_veterans_bureau_system_om.txt": H147Z04,
    "h147z05_dried_mushroom_wms_supplier_template.md": H147Z05,
    "h147e01_eyewear_lens_design_licence_irish_vendor.txt": H147E01,
    "h147e02_river_cruise_ticketing_saas_german_vendor.md": H147E02,
    "h147e05_tea_oil_origin_certificate_api_italian_vendor.txt": H147E05,
}

SOURCES = {"h147z01": H147Z01, "h147z02": H147Z02, "h147e03": H147E03, "h147e04": H147E04}
TARGETS = {"h147z01": ("h147z01_city_amr_food_safety_platform_integration.docx", "docx"),
           "h147z02": ("h147z02_steel_pipe_weld_ultrasonic_inspection.pdf", "pdf"),
           "h147e03": ("h147e03_croaker_farm_netcage_monitoring_sensors.docx", "docx"),
           "h147e04": ("h147e04_drone_startup_managed_it_scottish_provider.pdf", "pdf")}

if __name__ == "__main__":
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    for name, text in TEXT_FILES.items():
        (OUT / name).write_text(text.lstrip("\n"), encoding="utf-8")
        print("wrote", name)
    write(SOURCES, TARGETS, OUT, wrap_words=True)
