"""holdout303: ten ordinary draft contracts (5 zh, 5 en) with labels. Run: /work/main/.venv/bin/python -B make_files.py"""
import sys; sys.dont_write_bytecode = True
import json
import re
from pathlib import Path

OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(OUT.parent))
from word_pdf import write  # noqa: E402

# ---------------------------------------------------------------- z01 (pdf, 第X条 + 1.1)
Z01 = """T:江岚市城市生命线安全监测平台建设项目 政府采购合同
P:合同编号：JLCG-2025-0417　　采购项目编号：JLZC2025-GK-0093（公开招标）
P:采购人（甲方）：江岚市城市管理局，地址：江岚市滨河区政和路18号
P:供应商（乙方）：澄衡智感科技有限公司，地址：江岚市高新区启明路266号
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件和中标通知书，甲乙双方就江岚市城市生命线安全监测平台建设项目（以下简称“本项目”）的采购事宜，经协商一致，订立本合同。招标文件、投标文件、中标通知书及双方确认的澄清文件均为本合同的组成部分，内容不一致的，以本合同为准。
H:第一条 项目内容
P:1.1 乙方负责在本市主城区燃气管网和供水管网的重点部位布设监测终端，建设城市生命线安全监测平台，实现燃气泄漏、管网压力、流量及漏损噪声的实时监测、分级报警和处置闭环管理。
P:1.2 布点范围以招标文件附件《监测点位清单》为准，涉及燃气阀室、相邻地下空间、供水主干管及老旧管段。点位如需调整，由甲方书面确认；调整数量在点位总数百分之五以内的，合同价格不变。
P:1.3 平台须与市城市运行管理服务平台、燃气公司和供水集团的调度系统对接，接口规范由甲方组织三方确认后执行。
H:第二条 合同价格
P:2.1 本合同总价为人民币叁佰陆拾柒万陆仟元整（¥3,676,000），为固定总价，包含设备、软件、运输、安装、调试、对接、培训、税费及质保期内服务等全部费用。分项价格如下：
TB:序号|项目|数量|单价（元）|金额（元）
TB:1|激光甲烷监测仪（燃气阀室及相邻空间）|320台|3,800|1,216,000
TB:2|供水管网压力/流量监测终端|180套|5,200|936,000
TB:3|漏损噪声监测仪|240台|2,100|504,000
TB:4|城市生命线监测平台软件许可（永久）|1套|580,000|580,000
TB:小计|软硬件小计|||3,236,000
TB:5|安装调试及平台对接|1项|412,000|412,000
TB:6|操作及运维培训|1项|28,000|28,000
TB:合计|合同总价|||3,676,000
H:第三条 付款方式
P:3.1 合同签订且乙方提交等额银行预付款保函后10个工作日内，甲方支付合同总价的20%作为预付款，计¥735,200。
P:3.2 全部监测终端安装完成、平台上线并通过初步验收后，甲方支付合同总价的45%，计¥1,654,200。
P:3.3 本项目通过最终验收后，甲方支付合同总价的35%，计¥1,286,600。
P:3.4 乙方每次请款前应开具合法有效的增值税发票。甲方按财政资金支付流程付款，因财政审批造成的合理延迟不视为甲方违约。
H:第四条 交付与进度
P:4.1 乙方应在合同签订后90日内完成全部设备到货与安装，120日内完成平台部署、接口对接并书面申请初步验收。
P:4.2 设备到货时双方共同清点，签署到货签收单。到货签收仅确认数量和外观，不代表质量合格，也不构成验收。
H:第五条 验收
P:5.1 初步验收标准：（1）终端安装位置、数量与点位清单一致；（2）燃气浓度、压力、流量读数与甲方指定的校验仪器比对，误差在产品技术规格范围内；（3）报警从触发到推送至值班终端不超过60秒；（4）与三方系统的接口联调通过，数据字段完整；（5）平台通过第三方网络安全等级保护测评（第三级）。
P:5.2 初步验收合格后进入90日试运行。试运行期间未发生一级故障、系统性误报问题已整改完毕，且乙方已提交竣工资料、接口文档和运维手册的，甲方组织专家进行最终验收并出具最终验收报告。
P:5.3 设备安装完成、平台上线使用或甲方支付任何款项，均不视为验收合格。验收不合格的，乙方应在15日内整改并承担复验费用。
H:第六条 服务水平
P:6.1 质保期内平台月可用率不低于99.95%。计划内维护须提前3个工作日经甲方同意，且不计入不可用时间。
P:6.2 故障分级：一级故障指平台整体不可用或燃气报警无法推送；二级故障指部分区域数据中断；三级故障指其他功能性问题。乙方对一级故障30分钟内响应、2小时内到场、8小时内恢复；二级故障1小时内响应、24小时内修复；三级故障在下一版本中修复。
P:6.3 一级故障响应或恢复每超时1小时，扣减人民币1,000元；月可用率每低于承诺值0.01个百分点，扣减人民币2,000元。扣款从应付款项或维保费中抵扣。
H:第七条 质保与维保
P:7.1 质保期为三十六个月，自最终验收合格之日起计算。质保期内乙方免费提供设备维修更换、软件缺陷修复和版本升级。
P:7.2 质保期满后，甲方如需继续由乙方提供维保，年度维保费不超过软硬件小计的7%（即每个服务年度不超过¥226,520），该上限在质保期满后三个服务年度内不变。维保服务另行签订合同，不自动续期。
H:第八条 数据安全
P:8.1 平台采集、产生的全部监测数据、报警记录、点位信息及日志归甲方所有，乙方仅为履行本合同使用，不得留存、复制或用于任何其他目的。
P:8.2 平台部署于甲方指定的政务云，乙方应落实访问控制、加密传输、操作审计和等级保护第三级要求；远程运维须经甲方审批并通过堡垒机进行。
P:8.3 发生或可能发生数据泄露、篡改的，乙方应在2小时内报告甲方并采取补救措施。因乙方原因造成数据安全事件的，乙方承担全部责任并赔偿甲方因此遭受的损失。
H:第九条 保密
P:9.1 乙方对履约中知悉的管网布局、点位坐标、调度信息等资料负有保密义务，未经甲方书面同意不得向任何第三方披露。本条义务在合同终止后继续有效。
H:第十条 知识产权
P:10.1 乙方为本项目开发的接口程序、定制报表、数据模型及相关文档的知识产权归甲方所有，乙方应随最终验收交付源代码。平台软件的原有知识产权仍归乙方，甲方享有永久使用许可。
P:10.2 乙方保证所供货物和软件不侵犯第三方权利，否则由乙方承担全部责任。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期完成验收的，每逾期一日，按合同总价的千分之一向甲方支付违约金；逾期超过30日的，甲方有权解除合同。
P:11.2 乙方交付的货物或服务不符合合同约定的，应无偿更换或整改，并赔偿由此给甲方造成的损失。
H:第十二条 分包
P:12.1 未经甲方书面同意，乙方不得将本项目的任何部分分包或转包给第三方。
H:第十三条 合同解除
P:13.1 乙方严重违约，经甲方书面催告后15日内仍未纠正的，甲方有权解除本合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 争议解决
P:14.1 本合同适用中华人民共和国法律。因本合同引起的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。
H:第十五条 其他
P:15.1 本合同未尽事宜，双方可签订补充协议。本合同一式六份，甲方四份，乙方二份，自双方签字盖章之日起生效。
P:甲方（盖章）：江岚市城市管理局　　乙方（盖章）：澄衡智感科技有限公司
P:法定代表人或授权代表：__________　　法定代表人或授权代表：__________
P:签订日期：2025年　月　日
"""

# ---------------------------------------------------------------- z02 (docx, 一、/（一）, Word price table)
Z02 = """T:尿素造粒塔控制系统改造项目合同
P:合同编号：FH-SB-2025-062
P:甲方（买方）：临泽丰禾化肥有限公司
P:乙方（卖方）：沧润自动化工程有限公司
P:鉴于甲方拟利用年度大修停车窗口，对尿素装置造粒塔的控制系统进行改造，乙方具备相应的设计、供货与施工能力，双方经友好协商，就改造项目的供货、施工、验收及后续维保事宜达成如下条款，共同遵守。
H:一、项目范围
P:（一）乙方负责造粒塔控制系统的整体改造，包括：拆除原有控制柜并更换DCS控制器及I/O模件；新增操作员站和工程师站；对造粒喷头进行称重及变频驱动改造；安装在线粒度分析仪；部署造粒先进控制（APC）软件，并与甲方现有尿素合成工段DCS和全厂MES完成数据对接。
P:（二）改造施工须在甲方年度大修停车窗口内完成，停车改造期不超过18日。乙方应在进场前提交施工组织方案和安全措施，经甲方生产部和安环部审批后实施。
P:（三）乙方负责开车保运，协助甲方完成首次开车和负荷提升。
P:（四）乙方应遵守甲方作为危险化学品生产企业的安全生产管理规定，进入装置区作业须办理动火、登高、受限空间等作业票证，乙方人员须接受甲方三级安全教育。因乙方违反安全规定造成事故的，由乙方承担全部责任。
H:二、合同价格
P:（一）本合同总价为人民币贰佰玖拾伍万元整（¥2,950,000），含税，包括设备、软件、设计、施工、调试、培训及质保期内服务费用。分项见下表：
TB:序号|名称|数量|单价（元）|金额（元）
TB:1|DCS控制器及I/O模件|1套|1,180,000|1,180,000
TB:2|操作员站/工程师站|6台|26,000|156,000
TB:3|造粒喷头称重及变频驱动|12套|38,500|462,000
TB:4|在线粒度分析仪|2台|145,000|290,000
TB:5|控制软件及APC先进控制许可|1套|360,000|360,000
TB:|设备及软件小计|||2,448,000
TB:6|设计、安装及停车改造施工|1项|386,000|386,000
TB:7|调试及开车保运|1项|94,000|94,000
TB:8|操作及维护培训|1项|22,000|22,000
TB:|合同总价|||2,950,000
P:（二）除经甲方书面确认的变更外，合同总价不作调整。
H:三、付款方式
P:（一）合同生效后15日内，甲方支付合同总价的10%作为预付款，计¥295,000。
P:（二）设备全部到货并经双方清点签收后，甲方支付合同总价的50%，计¥1,475,000。到货签收不视为质量验收。
P:（三）项目最终验收合格后，甲方支付合同总价的35%，计¥1,032,500。
P:（四）其余5%（¥147,500）作为质量保证金，质保期满且无未决质量问题后15日内无息支付。
H:四、工期
P:（一）设备应于合同生效后75日内运抵甲方现场；停车改造在甲方书面通知的大修窗口内完成。
P:（二）因甲方原因推迟停车的，工期相应顺延。
P:（三）乙方应在停车改造前完成控制程序离线组态和工厂验收测试（FAT），甲方派员参加，FAT记录作为最终验收资料的一部分。FAT通过仅表示具备现场安装条件，不构成验收。
H:五、验收
P:（一）开车后，系统须满足下列条件方可申请最终验收：装置连续72小时稳定运行；主要控制回路全部投入自动；造粒喷头称重与变频联调正常；粒度分析仪数据与实验室筛分结果比对误差在技术协议范围内；APC投用后造粒塔负荷波动达到技术协议指标；与合成工段DCS及MES的数据通讯无中断。
P:（二）甲方在收到申请后10日内组织验收并签署最终验收报告。安装完成、开车或投入生产使用，均不视为验收合格。
P:（三）验收不合格的，乙方应在10日内整改并重新申请验收，费用由乙方承担。
H:六、质保及维保服务
P:（一）质保期为二十四个月，自最终验收合格之日起计算。质保期内乙方免费维修或更换损坏部件，免费提供软件缺陷修复。
P:（二）质保期满后，乙方继续提供维保服务，年度维保费按设备及软件小计的17%计取，即每年人民币416,160元，质保期满后三年内价格不变，按年度结算。
P:（三）维保服务内容包括备件更换、季度巡检、控制程序优化及7×24小时远程支持。乙方每季度现场巡检后提交巡检报告，列明控制回路运行情况、备件消耗和改进建议；甲方大修停车期间，乙方派员配合检修。
H:七、故障响应
P:（一）一级故障指造粒塔联锁停车或控制系统失去监控；二级故障指单个回路或单台设备故障；三级故障指其他一般问题。
P:（二）一级故障乙方应在30分钟内电话响应，2小时内到达现场，8小时内恢复运行；二级故障1小时内响应，24小时内处理完毕；三级故障在3个工作日内处理。
P:（三）一级故障到场或恢复每超时1小时，乙方支付人民币2,000元；二级故障每超时1小时支付人民币500元，从质量保证金或维保费中扣除。
H:八、数据及网络安全
P:（一）控制系统中的工艺参数、配方、生产数据和操作记录归甲方所有，乙方不得复制、带离或用于本合同以外的任何目的。
P:（二）乙方应遵守甲方工控安全管理制度：工程师站专机专用，移动介质须经查杀登记，远程维护须事先申请并通过甲方工业防火墙和堡垒机进行，全程录像审计。
P:（三）乙方发现安全漏洞或数据泄露的，应在1小时内通知甲方并协助处置；因乙方原因导致数据泄露或控制系统被入侵的，乙方承担全部责任。
P:（四）项目结束时，乙方应删除其工程师电脑中保存的甲方组态备份和工艺数据，并出具书面确认。
H:九、保密
P:乙方对在履行合同中知悉的甲方工艺技术、生产数据和经营信息负有保密义务，不得向第三方披露，保密义务不因合同终止而解除。
H:十、知识产权
P:乙方为本项目编制的控制组态程序、联锁逻辑、APC模型参数及技术文档的知识产权归甲方所有，甲方可自行修改、使用或委托他人维护。乙方原有的软件产品著作权仍归乙方，甲方享有永久使用权。
H:十一、分包
P:乙方可将土建配合、电缆桥架安装及保温施工分包给具备相应资质的单位，但应在分包单位进场前5个工作日书面通知甲方。乙方对分包单位的工作质量和安全承担全部责任。
H:十二、违约责任
P:（一）乙方逾期交货或逾期完成改造的，每逾期一日，按合同总价的千分之一支付违约金。
P:（二）甲方逾期付款的，每逾期一日按应付未付金额的万分之三支付违约金。
P:（三）乙方在本合同项下的累计赔偿责任以合同总价的2倍为限，但因乙方故意或重大过失造成的损失除外。
H:十三、合同解除
P:乙方严重违约且在甲方书面通知后15日内未能纠正的，甲方有权解除合同并要求乙方赔偿损失。
H:十四、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决；协商不成的，提交张掖仲裁委员会仲裁。
H:十五、其他
P:（一）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:（二）本合同附件包括：附件一 技术协议；附件二 供货清单及技术参数；附件三 施工组织方案；附件四 培训计划。附件与本合同具有同等效力。培训内容包括DCS操作、APC投用与参数调整、粒度分析仪校准和日常维护，培训对象为甲方操作工及仪表维护人员，不少于20人。
P:甲方（盖章）：临泽丰禾化肥有限公司　　乙方（盖章）：沧润自动化工程有限公司
P:授权代表：__________　　授权代表：__________　　日期：2025年　月　日
"""

# ---------------------------------------------------------------- z03 (txt, 第X条 + （1）)
Z03 = """门店订货及会员管理系统SaaS服务合同

合同编号：MX-SaaS-2025-0318

甲方（客户）：麦香里烘焙餐饮管理有限公司
住所：杭州市拱墅区丽水路58号
乙方（服务商）：云栈零售科技有限公司
住所：杭州市余杭区文一西路998号

甲方经营“麦香里”连锁烘焙工坊，目前在浙江省内共有门店70家及中央工厂1座。为统一门店订货、中央工厂生产排程和会员营销，甲方选用乙方的“栈货通”SaaS平台。双方根据《中华人民共和国民法典》等法律法规，经平等协商，订立本合同。

第一条 服务内容
（1）乙方通过其云平台向甲方提供以下SaaS服务：门店订货模块（门店要货、配送单、收货差异、报损）、中央工厂订货总部端（订单汇总、生产计划、配送路线）以及会员营销模块（储值、积分、优惠券、小程序会员中心）。
（2）乙方负责一次性实施服务：系统配置、70家门店及中央工厂的上线部署、历史会员及储值余额迁移、员工培训。
（3）乙方负责开发与甲方现有收银系统和财务软件的数据接口。

第二条 服务期限
（1）服务期为三个服务年度，自上线验收合格之日起算。
（2）服务期满前30日，任何一方未书面提出不续约的，本合同自动续期一个服务年度，续期次数不限。续期时乙方有权按其届时公布的价目表调整订阅费，并以书面或系统公告方式通知甲方。

第三条 费用
（1）本合同总价为人民币1,182,000元，构成如下：
项目 | 计费方式 | 金额（元）
门店订货模块订阅 | 70家 × 2,600元/服务年度 × 3 | 546,000
会员营销模块订阅 | 96,000元/服务年度 × 3 | 288,000
中央工厂订货总部端订阅 | 48,000元/服务年度 × 3 | 144,000
实施服务（一次性） | 固定价 | 148,000
收银及财务接口开发（一次性） | 固定价 | 56,000
合计 | | 1,182,000
（2）订阅费每服务年度合计326,000元，按服务季度结算，甲方在每个服务季度结束后15日内支付该季度订阅费81,500元。
（3）实施费和接口开发费在上线验收合格后15日内一次性支付。
（4）本合同不设预付款。新增门店按每店每服务年度2,600元按月折算计费。
（5）乙方应开具增值税专用发票，税率按国家规定执行；国家税率调整的，不含税价格不变。

第四条 实施与验收
（1）乙方应在合同签订后75日内完成全部门店上线。
（2）上线验收标准：（一）70家门店及中央工厂全部切换至新系统；（二）连续14日门店要货单与中央工厂配送单逐单核对一致；（三）会员数量、积分和储值余额迁移结果与原系统逐户核对无差异；（四）收银及财务接口对账一致；（五）门店店长及中央工厂计划员完成培训。
（3）满足上述标准后，甲方签署上线验收单。门店开始使用系统不视为验收合格。
（4）乙方应为每家门店制定切换方案，切换安排在门店闭店后进行，切换当日乙方派员现场或远程值守。
（5）上线验收不合格的，乙方应在7日内整改并重新组织验收。
（6）乙方逾期完成上线的，每逾期一日，按合同总价的万分之八向甲方支付违约金。

第五条 服务水平
（1）平台月可用率不低于99.5%，计划维护应安排在每日凌晨1点至5点之间并提前48小时通知。
（2）故障分级：一级故障为全部门店无法下单或会员无法支付；二级故障为部分门店或部分功能不可用；三级故障为一般问题。乙方对一级故障15分钟内响应、2小时内恢复；二级故障1小时内响应、8小时内恢复；三级故障2个工作日内解决。
（3）月可用率每低于承诺值0.1个百分点，乙方减免当季订阅费的5%；一级故障恢复每超时1小时，减免当季订阅费的2%。减免累计不超过当季订阅费。

第六条 数据
（1）甲方的门店、商品、订单、会员信息及交易数据归甲方所有。
（2）甲方同意，乙方可将甲方数据去标识化、汇总后用于其烘焙零售行业分析报告、经营指数发布及产品功能改进，该项使用在服务期满后仍可继续。
（3）乙方应按网络安全等级保护第三级要求保障平台安全，对会员个人信息加密存储，严格访问权限控制并保留操作日志；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
（4）服务终止后30日内，乙方应将甲方数据以通用格式完整交还甲方，并删除平台上的甲方数据。
（5）服务期内甲方可随时通过系统后台导出会员、订单及交易数据，乙方不得对数据导出设置额外收费或技术障碍。

第七条 保密
双方对在合作中获知的对方商业信息负有保密义务，未经对方书面同意不得向第三方披露，但法律法规另有规定的除外。保密义务在合同终止后三个服务年度内持续有效。乙方员工因工作需要接触甲方会员信息的，应事先签署保密承诺。

第八条 知识产权
（1）“栈货通”平台及其标准功能的知识产权归乙方所有。
（2）乙方为甲方开发的收银及财务接口程序、定制报表及配置方案归甲方所有，乙方应交付接口源代码，甲方可自行修改或委托第三方维护。

第九条 分包
乙方不得将实施服务或接口开发分包给第三方，确需分包的，须事先取得甲方书面同意。

第十条 责任限额
乙方在本合同项下的累计赔偿责任以合同总价的1.5倍为限；因乙方故意、重大过失或数据泄露造成的损失不受此限。

第十一条 合同解除
（1）一方严重违约，经另一方书面催告后15日内仍未纠正的，守约方有权解除本合同。
（3）合同解除后，乙方应按第六条第（4）项交还数据，并按实际服务期间结算订阅费，甲方已付但未使用期间的费用由乙方退还。
（2）连续两个月月可用率低于97%的，甲方有权解除本合同且不承担违约责任。

第十二条 争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

第十三条 培训与客户支持
（1）乙方应在上线前为甲方门店店长、收银员、中央工厂计划员及会员运营人员提供培训，培训方式包括集中授课和门店现场指导，培训资料以电子文档和视频形式交付甲方。
（2）服务期内乙方提供7×24小时在线客服及电话支持，并为甲方指定一名客户成功经理，每月与甲方召开一次运营例会，通报系统运行情况、故障处理情况和功能更新计划。
（3）乙方的标准功能升级免费提供，升级前应提前7日通知甲方并说明变更内容；涉及门店操作流程变化的升级，应安排在甲方非营业高峰时段进行。

第十四条 不可抗力
因地震、台风、战争、政府行为等不可抗力导致一方不能履行合同的，受影响方应及时通知对方并在15日内提供证明，可根据影响程度部分或全部免除责任。因乙方所使用的第三方云服务商故障导致的服务中断，不属于不可抗力。

第十五条 其他
（1）本合同一式两份，双方各执一份，自双方盖章之日起生效。
（2）本合同附件包括：附件一 服务功能清单；附件二 实施计划；附件三 接口规格说明。附件与本合同具有同等效力。
（3）双方联系人及通知地址以本合同首页记载为准，任何一方变更联系方式应提前5日书面通知对方。

甲方（盖章）：麦香里烘焙餐饮管理有限公司　　乙方（盖章）：云栈零售科技有限公司
授权代表：__________　　授权代表：__________
日期：2025年　月　日
"""

# ---------------------------------------------------------------- z04 (txt, 1. / 1.1)
Z04 = """溪州市妇幼保健院孕产妇保健信息系统运维服务合同

采购方式：竞争性磋商　　采购项目编号：XZCG-2025-CS-0215

采购人（甲方）：溪州市妇幼保健院
成交供应商（乙方）：衡康医疗信息技术有限公司

根据本项目竞争性磋商文件、乙方响应文件及成交通知书，甲乙双方就溪州市妇幼保健院孕产妇保健信息系统年度运维服务事宜，经协商一致，签订本合同。

1. 服务范围
1.1 运维对象为甲方孕产妇保健信息系统，包括孕产妇建档、产前检查、高危孕产妇专案管理、产后访视、出生医学证明管理模块，以及与市全民健康信息平台、出生医学证明系统和院内HIS、LIS的接口。
1.2 服务内容包括：驻场运维、远程技术支持、系统版本维护及缺陷修复、数据库日常维护与备份检查、季度巡检、接口运行监控、应急响应与演练、网络安全等级保护测评配合。
1.3 乙方派驻2名运维工程师在甲方信息科驻场，工作日8:00至17:30在岗，节假日安排值班。驻场人员名单须经甲方确认，未经甲方同意不得更换。
1.4 乙方应建立运维服务台统一受理甲方报修，报修方式包括电话、工单系统和即时通讯群组，全部报修须在工单系统中登记并闭环管理。
1.5 甲方负责提供运维所需的办公场所、网络接入及必要的系统账号，并指定信息科一名工作人员作为联系人。

2. 服务期限
2.1 服务期为一个服务年度，自2025年7月1日起至2026年6月30日止。
2.2 服务期满本合同即行终止，不自动续期。甲方如需续购服务，按政府采购程序另行办理。
2.3 乙方应于2025年7月1日前完成驻场人员到岗，并于7月15日前与原运维单位完成运维交接，提交系统现状评估报告。
2.4 服务期满时，乙方应配合甲方或甲方指定的新运维单位完成运维交接，交接期不少于15日，交接期间乙方不得中断服务。

3. 服务费用及支付
3.1 本合同总价为人民币488,000元，分项如下：
项目 | 金额（元）
驻场运维（2名工程师） | 264,000
远程技术支持及版本维护 | 118,000
季度巡检与健康评估报告 | 36,000
接口运维（全民健康信息平台、出生医学证明系统等） | 52,000
应急演练及等保测评配合 | 18,000
合计 | 488,000
3.2 服务费按季度支付。每个服务季度结束后，甲方根据第6条考核结果，在收到乙方发票后15个工作日内支付该季度服务费122,000元，扣除考核扣款后的余额。
3.3 本合同不设预付款。
3.4 乙方应按甲方提供的开票资料开具增值税发票，发票信息错误的，甲方付款期限相应顺延。

4. 服务水平
4.1 故障分级：一级故障指系统整体不可用、建档或出生医学证明无法办理；二级故障指部分模块或接口中断；三级故障指不影响业务办理的一般问题。
4.2 一级故障乙方应在15分钟内响应，驻场人员立即处置，2小时内恢复业务；二级故障30分钟内响应，8小时内解决；三级故障2个工作日内解决。
4.3 乙方每季度进行一次全面巡检，在巡检结束后5个工作日内提交巡检报告；每月进行一次备份恢复抽检。
4.4 乙方每月5日前提交上月运维月报，内容包括系统运行情况、故障统计与原因分析、变更记录、备份检查结果及下月工作计划。
4.5 系统变更、版本升级须提前3个工作日提交变更方案，经甲方信息科审批后在业务低峰时段实施，并准备回退方案；变更完成后应更新配置资料。

5. 考核扣款
5.1 一级故障响应或恢复每超时1小时，扣减当季服务费1,000元；二级故障每超时1小时，扣减500元。
5.2 驻场人员无故缺岗的，每人每日扣减600元；巡检报告逾期提交的，每逾期一日扣减200元。
5.3 每季度考核扣款累计不超过当季服务费的20%。

6. 考核与验收
6.1 甲方信息科每季度依据本合同第4条的服务指标、故障处理记录、巡检报告和用户满意度调查对乙方进行考核，考核结果作为支付当季服务费的依据。
6.2 服务期满前15日，乙方提交年度运维总结报告，甲方组织年度验收。年度验收标准：各季度考核均已完成，全部故障工单已闭环，运维文档、账号清单和配置资料已完整移交。
6.3 乙方对季度考核结果有异议的，可在收到考核结果后5个工作日内提出书面复核申请，甲方应在5个工作日内答复。

7. 数据安全
7.1 系统中的孕产妇个人信息、诊疗记录、出生医学证明数据及全部业务数据归甲方所有。乙方仅可为履行运维义务在甲方授权范围内访问，不得复制、下载、留存或用于其他任何目的。
7.2 乙方人员须通过甲方堡垒机进行运维操作，使用实名账号，操作全程留痕；严禁在生产环境使用真实数据进行测试；个人终端不得接入医院内网。
7.3 乙方应落实网络安全等级保护相关要求。发生数据泄露、篡改或丢失的，乙方应在2小时内报告甲方并配合处置；因乙方原因造成数据安全事件的，乙方承担全部法律责任并赔偿甲方损失。
7.4 服务期满或合同终止时，乙方应交还全部账号权限，删除在运维过程中接触的任何甲方数据副本，并出具书面确认。

8. 保密
乙方及其人员对在服务中知悉的患者隐私、医院管理信息和系统账号负有保密义务，乙方驻场人员须签署保密承诺书。保密义务在合同终止后继续有效。

9. 知识产权
乙方在服务中形成的运维文档、脚本、巡检报告和配置资料归甲方所有。

10. 分包
乙方不得将本合同服务的任何部分分包或转包。

11. 违约责任
11.1 乙方未按第2.3条约定的日期完成驻场人员到岗或运维交接的，每逾期一日，按合同总价的万分之二向甲方支付违约金。
11.2 乙方违反第7条、第8条的，应赔偿甲方全部损失。
11.3 合同履行期间，双方均不得解除本合同。乙方出现违约情形的，甲方通过第5条考核扣款和本条违约金追究乙方责任，乙方应继续履行合同义务。

12. 争议解决
本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地人民法院提起诉讼。

13. 人员管理
13.1 驻场人员须具备三年以上医疗信息系统运维经验，熟悉孕产妇保健业务流程和数据库管理。
13.2 驻场人员应遵守甲方的考勤、院感防控和信息安全管理制度，进入临床科室须经科室同意，不得干扰正常诊疗秩序。
13.3 乙方应依法为驻场人员缴纳社会保险，驻场人员与甲方不存在劳动关系；驻场人员在工作中造成的人身或财产损害由乙方承担。
13.4 甲方认为驻场人员不能胜任的，有权要求乙方在10个工作日内更换，乙方应做好工作交接。

14. 不可抗力
因不可抗力导致一方不能履行合同的，受影响方应及时通知对方，并在10日内提供有关证明。不可抗力影响消除后，双方应继续履行合同。

15. 其他
15.1 磋商文件、响应文件和成交通知书为本合同的组成部分。
15.2 本合同一式五份，甲方三份，乙方二份，自双方签字盖章之日起生效。

甲方（盖章）：溪州市妇幼保健院　　乙方（盖章）：衡康医疗信息技术有限公司
代表：__________　　代表：__________
日期：2025年　月　日
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条 + 1.1, supplier's template)
Z05 = """# 软件许可及定制开发合同

> 仓擎软件标准合同文本 V4.0（2025版）　　合同编号：CQ-WMS-2025-1106

**甲方（用户）**：涪陵鲜脆榨菜食品有限公司
**乙方（许可方）**：重庆仓擎软件有限公司

甲方因成品库、原料腌制池及辅料库管理需要，向乙方采购“仓擎WMS”仓储管理系统软件许可及定制开发服务。双方依据《中华人民共和国民法典》，在平等自愿的基础上，签订本合同。

## 第一条 合同标的

1.1 乙方向甲方提供仓擎WMS V6软件许可（含入库、出库、库位、盘点、批次追溯、PDA移动端模块），授权用户数60个、PDA终端40台。

1.2 乙方根据甲方需求进行定制开发，内容包括：原料腌制池（窖池）批次及盐度记录管理、坛装与袋装成品的批次赋码、与甲方ERP及包装线称重系统的数据接口、冷链发货看板。

1.3 乙方负责系统部署、基础数据初始化及用户培训。

1.4 本合同项下软件许可为永久许可，仅限甲方在其涪陵生产基地内部使用，不得转让、出租或用于为第三方提供服务。

## 第二条 合同价格

2.1 本合同总价为人民币壹佰零肆万元整（¥1,040,000），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 仓擎WMS V6软件许可（60用户、40台PDA） | 620,000 |
| 2 | 定制开发（窖池管理、批次赋码、ERP及称重接口、发货看板） | 310,000 |
| 3 | 部署实施及数据初始化 | 88,000 |
| 4 | 用户及管理员培训 | 22,000 |
| | **合计** | **1,040,000** |

2.2 上述价格不含PDA、条码打印机等硬件，硬件由甲方自行采购。

## 第三条 付款方式

3.1 本合同签订后5个工作日内，甲方支付合同总价的55%，即¥572,000，乙方收款后启动项目。

3.2 系统上线后10个工作日内，甲方支付合同总价的45%，即¥468,000。

3.3 甲方逾期付款的，每逾期一日按逾期金额的千分之一支付违约金，乙方有权暂停服务直至款项付清。

3.4 所有款项以人民币支付，乙方收款后开具增值税专用发票。

## 第四条 交付与上线

4.1 乙方在收到首期款后90日内完成软件安装部署及定制功能开发，具备上线条件后书面通知甲方。

4.2 因甲方需求变更、基础数据提供延迟或现场条件不具备造成的延误，交付期相应顺延。

4.3 乙方逾期交付的，每逾期一日按合同总价的万分之二向甲方支付违约金，违约金总额不超过合同总价的3%。

4.4 乙方交付内容包括：安装介质、定制功能程序（可执行文件）、用户手册和管理员手册。源代码不属于交付内容。

## 第五条 验收

5.1 系统上线运行即视为甲方验收合格。

5.2 甲方对系统功能有异议的，应在上线后7日内以书面形式提出，逾期未提出的，视为对交付成果无异议。乙方对确属缺陷的问题负责修改。

5.3 系统上线后，甲方可要求乙方提供上线确认单，由甲方签字确认上线日期。

## 第六条 免费维护

6.1 系统上线之日起六个月内为免费维护期，乙方提供远程技术支持和缺陷修复。

6.2 一级故障（系统无法登录或出入库业务中断）乙方在接到报修后8小时内响应，二级故障在2个工作日内响应，三级故障在下一版本统一处理。乙方提供服务的时间为工作日9:00至18:00，非工作时间的支持按现场服务标准另行收费。

6.3 乙方将尽力在合理时间内解决故障，但不因响应或处理超时向甲方承担任何扣款、赔偿或违约责任。

## 第七条 有偿维保

7.1 免费维护期满后，甲方应向乙方购买年度维保服务，以保证系统正常运行和持续升级。

7.2 年度维保费为软件许可费的35%，即每个服务年度人民币217,000元，于每个服务年度开始前支付。

7.3 甲方未购买维保服务的，乙方不再提供任何技术支持、补丁或升级。

7.4 维保服务内容包括远程技术支持、缺陷修复和标准版本升级。现场服务按每人每日人民币2,800元另行收费，差旅费用由甲方承担。

## 第八条 知识产权

8.1 仓擎WMS软件及其全部文档的著作权归乙方所有。

8.2 乙方为甲方定制开发的功能模块、接口程序、报表及相关源代码的知识产权均归乙方所有。甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译，也不得提供给任何第三方使用。

8.3 甲方如需获得定制开发源代码，应另行与乙方协商并支付源代码授权费用。

## 第九条 数据

9.1 甲方业务数据归甲方所有。

9.2 甲方同意，乙方可将系统运行中产生的库存、出入库及物流数据经脱敏处理后，用于乙方产品改进、算法训练及食品行业仓储分析。

9.3 乙方在部署和维护过程中采取防病毒、访问控制、日志审计等安全措施，发现数据泄露的应在24小时内通知甲方；因乙方原因导致甲方数据泄露的，乙方承担相应赔偿责任。

## 第十条 责任限制

10.1 乙方在本合同项下的累计赔偿责任总额不超过合同总价的20%。

10.2 乙方不承担甲方的间接损失、利润损失或数据恢复费用。

## 第十一条 合同解除

11.1 一方严重违约，经另一方书面通知后30日内仍未改正的，守约方有权解除本合同。

11.2 甲方解除合同的，已支付的款项不予退还。

11.3 乙方解除合同的，甲方应在15日内支付乙方已完成工作对应的费用。

## 第十二条 不可抗力

因不可抗力不能履行合同的，受影响一方应及时通知对方，并在合理期限内提供证明，可部分或全部免除责任。不可抗力包括但不限于自然灾害、政府行为、网络运营商故障、第三方云服务中断及黑客攻击。

## 第十三条 争议解决

本合同适用中华人民共和国法律。争议协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十四条 甲方配合义务

14.1 甲方应指定项目负责人，及时确认需求说明书，提供物料、库位、客户等基础数据，并提供符合乙方要求的服务器、网络环境和PDA设备。

14.2 甲方应保证其提供的数据真实、完整、准确，因甲方数据错误导致的系统问题由甲方自行承担。

14.3 需求说明书经双方签字确认后，甲方提出的需求变更应以书面形式提出，乙方有权就变更工作另行报价并相应调整交付期。

14.4 甲方应为乙方现场人员提供必要的办公条件和网络接入，并安排仓库人员配合测试和培训。

14.5 甲方未按本条履行配合义务的，乙方的交付期相应顺延，由此增加的费用由甲方承担。

## 第十五条 其他

15.1 本合同一式两份，双方各执一份，自双方签字盖章之日起生效。

15.2 本合同附件（需求说明书、报价单）与本合同具有同等效力。

甲方（盖章）：涪陵鲜脆榨菜食品有限公司　　　乙方（盖章）：重庆仓擎软件有限公司

授权代表：__________　　　授权代表：__________

日期：2025年　月　日
"""

# ---------------------------------------------------------------- e01 (pdf, Article N / N.N)
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. TPS-CN-2025-019
P:This Agreement is made between Foshan Hongxing Lion Dance Costume Workshop Co., Ltd., a company incorporated in the People's Republic of China with its registered office at 42 Zumiao Road, Chancheng District, Foshan, Guangdong (the "Buyer"), and Telendos Pattern Systems S.A., a company incorporated in Greece with its seat on Nisida Telendos, Kalymnos, Dodecanese, Greece (the "Vendor").
H:Recitals
P:(A) The Buyer designs and sews traditional southern lion-dance heads, costumes and banners in its Foshan workshop and wishes to move its paper patterns and hand-drawn motifs to a digital pattern-making and cutting workflow.
P:(B) The Vendor develops the PatternLoom software for pattern design, grading and nesting and has agreed to license it to the Buyer and to build a library of the Buyer's own motifs.
P:(C) At the Buyer's request all prices in this Agreement are stated and payable in Chinese yuan (CNY).
H:Article 1 Definitions
P:1.1 "Software" means the PatternLoom Designer, Grading and Nesting, and Cutter Driver modules listed in Article 3, in object code, with their documentation and all corrections and updates supplied under this Agreement.
P:1.2 "Motif Library" means the digital library of lion-head, fur, scale and cloud motifs, the parametric pattern blocks for the Buyer's costume sizes and the colour tables that the Vendor builds for the Buyer under Article 2.3.
P:1.3 "Final Acceptance" means the Buyer's written confirmation under Article 6.3 that the Software and the Motif Library meet the acceptance criteria.
P:1.4 "Buyer Data" means all patterns, designs, images, measurements, customer orders and other data that the Buyer or its staff enter into, create with or store in the Software.
H:Article 2 Scope
P:2.1 The Vendor grants the Buyer a perpetual, non-exclusive, non-transferable licence to install and use the Software for its own business at its premises in Foshan on the number of workstations set out in Article 3. The Buyer may move a licence to a replacement workstation at any time.
P:2.2 The Vendor shall install the Software on the Buyer's six design workstations and connect the two existing digital cutting tables, and shall convert the Buyer's legacy patterns (about 1,800 scanned pattern sheets) into editable files.
P:2.3 The Vendor shall build the Motif Library from the Buyer's sample heads and costumes, in the sizes and colourways listed in Annex 1.
P:2.4 The Vendor shall train eight of the Buyer's pattern makers and two supervisors, on site in Foshan, with an interpreter provided by the Vendor.
H:Article 3 Price
P:3.1 The total price under this Agreement is CNY 645,000 (the "Contract Price"), fixed and inclusive of all taxes, travel and interpreting costs, made up as follows:
TB:Item|Description|Qty|Unit price (CNY)|Amount (CNY)
TB:1|PatternLoom Designer, perpetual licence|6|48,000|288,000
TB:2|Grading and Nesting module, perpetual licence|6|21,500|129,000
TB:3|Cutter Driver licence|2|36,000|72,000
TB:|Licence subtotal|||489,000
TB:4|Motif Library development|1|96,000|96,000
TB:5|Installation and conversion of legacy patterns|1|42,000|42,000
TB:6|Training in Foshan|1|18,000|18,000
TB:|Contract Price|||645,000
P:3.2 No other charge is payable for the scope in Article 2. Any change must be agreed in a written change order signed by both parties before work starts.
H:Article 4 Payment
P:4.1 The Buyer shall pay 10% of the Contract Price (CNY 64,500) within fifteen days after signature of this Agreement.
P:4.2 The Buyer shall pay 55% of the Contract Price (CNY 354,750) within fifteen days after both parties sign the Installation Certificate. The Installation Certificate records that the Software is installed and the cutting tables are connected; it is not acceptance.
P:4.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 225,750) within fifteen days after Final Acceptance.
P:4.4 Each payment is made by bank transfer in CNY against a valid invoice. The Vendor bears its own bank charges and any currency conversion.
H:Article 5 Delivery
P:5.1 The Vendor shall complete installation within forty-five days and deliver the Motif Library for acceptance testing within one hundred days after signature.
P:5.2 If the Vendor fails to meet either date for reasons not attributable to the Buyer, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a total of 10% of the Contract Price. The Buyer may deduct these damages from any payment due.
H:Article 6 Acceptance
P:6.1 The Buyer shall test the Software and the Motif Library within twenty working days after the Vendor's written notice that they are ready.
P:6.2 The acceptance criteria are: (a) every legacy pattern sheet in the conversion list is available as an editable file and a printed test piece matches the original within 1 mm; (b) the Motif Library contains every motif, size and colourway listed in Annex 1; (c) nesting of a standard lion costume order reaches the fabric yield stated in Annex 2; (d) both cutting tables cut three complete costumes from Software files without manual correction; and (e) the documentation in English and Chinese has been delivered.
P:6.3 When the criteria are met, the Buyer shall sign a Final Acceptance certificate. If a criterion is not met, the Vendor shall correct the defect and the test shall be repeated. Installation, use of the Software in production, or payment of any instalment is not acceptance.
H:Article 7 Warranty and Support
P:7.1 The Vendor warrants that the Software and the Motif Library will perform in accordance with the documentation and Annex 1 for eighteen months from Final Acceptance (the "Warranty Period") and shall correct any defect reported during that period free of charge.
P:7.2 During the Warranty Period the Vendor provides support by telephone, e-mail and remote session from 08:30 to 18:00 China Standard Time on working days in China. A Severity 1 fault is one that stops all pattern work or all cutting. The Vendor shall respond to a Severity 1 fault within one hour and provide a workaround or fix within one working day; Severity 2 faults are answered within two hours and fixed within three working days.
P:7.3 For each full hour by which the Vendor is late in responding to a Severity 1 fault, the Vendor shall pay or credit CNY 500.
P:7.4 After the Warranty Period, the Buyer may order annual support, which includes the same service levels, all updates and new versions of the Software. The annual support fee is 11% of the licence subtotal, that is CNY 53,790 per year, and will not change during the first three years after the Warranty Period. Support is ordered each year by purchase order and does not renew automatically.
H:Article 8 Buyer Data and Security
P:8.1 Buyer Data belongs to the Buyer. The Vendor shall use Buyer Data only to perform this Agreement and shall not copy, keep or use it for any other purpose, including its own products or other customers.
P:8.2 The Software runs on the Buyer's own workstations and server. The Vendor may access them remotely only in a session that the Buyer opens and supervises for a specific support request, and shall not transfer Buyer Data outside the Buyer's systems.
P:8.3 The Vendor shall keep its remote-support tools patched and protected by multi-factor authentication, and shall notify the Buyer within twenty-four hours after becoming aware of any unauthorised access to or loss of Buyer Data. The Vendor is responsible for, and shall indemnify the Buyer against, losses caused by a security breach attributable to the Vendor or its staff.
H:Article 9 Intellectual Property
P:9.1 The Vendor retains all rights in the Software.
P:9.2 The Motif Library and the converted pattern files belong to the Buyer from creation. The Buyer may use, modify, copy and license them freely, including for use with other software. The Vendor shall deliver them in open vector formats as well as in the Software's own format.
P:9.3 The Vendor warrants that the Software does not infringe any third-party right and shall defend and indemnify the Buyer against any claim that it does.
H:Article 10 Confidentiality
P:10.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, in particular the Buyer's designs, motifs and customer lists, and shall not disclose it to any third party without the other party's prior written consent. This obligation continues for three years after the end of this Agreement.
H:Article 11 Liability
P:11.1 The total liability of the Vendor under this Agreement is limited to 150% of the Contract Price. This limit does not apply to personal injury, wilful misconduct, infringement under Article 9.3 or breach of Articles 8 and 10.
H:Article 12 Subcontracting
P:12.1 The Vendor shall not subcontract any part of its obligations without the Buyer's prior written consent and remains responsible for any subcontractor so approved.
H:Article 13 Termination
P:13.1 The Buyer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within thirty days after written notice, or if liquidated damages under Article 5.2 reach their maximum. On such termination the Vendor shall refund the amounts paid for any part of the scope not accepted.
P:13.2 The licences already paid for survive any termination other than for the Buyer's failure to pay.
H:Article 14 Governing Law and Disputes
P:14.1 This Agreement is governed by the laws of Greece.
P:14.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration in Athens, Greece, by a sole arbitrator under the rules of the Athens Chamber of Commerce and Industry. The language of the arbitration shall be English.
H:Article 15 General
P:15.1 This Agreement is made in English and Chinese; both versions have equal force. Annex 1 (Motif Library specification) and Annex 2 (nesting yield targets) form part of it.
P:15.2 Notices shall be given in writing to the addresses above.
P:For the Buyer: ____________________    For the Vendor: ____________________
P:Date: ______________    Date: ______________
"""

# ---------------------------------------------------------------- e02 (md, Order Form Part A + General Terms Part B)
E02 = """# Aegna Stay Systems OÜ — Order Form and General Terms

**Order Form No.** AS-CN-0412 | **Version** 2025-2

## PART A — ORDER FORM

### A1. Parties

- **Customer:** Hulunbuir Morin Grassland Resort Co., Ltd., No. 7 Hailar River Road, Hailar District, Hulunbuir, Inner Mongolia, People's Republic of China.
- **Vendor:** Aegna Stay Systems OÜ, a private limited company registered in Estonia, with its seat on Aegna island, Tallinn, Republic of Estonia.

The Customer runs a seasonal grassland resort with 64 yurts, 28 lodge rooms, a horse-riding centre and a summer festival programme. It orders the Vendor's hosted booking platform, AegnaStay, to take direct bookings, manage its online travel agency channels and sell activities. This Order Form (Part A) and the General Terms (Part B) together form the agreement between the parties (the "Agreement"). If Part A and Part B conflict, Part A prevails.

### A2. Services Ordered

1. **Booking Engine and Channel Manager** — direct booking website and WeChat mini-program booking pages, rate and availability synchronisation with up to eight online travel agency channels, deposit and cancellation rules.
2. **Yurt Inventory and Activity Module** — yurt-by-yurt inventory with seasonal opening dates, horse-riding, archery and festival ticket sales, guide and horse scheduling.
3. **Payment Connector** — connection to the Customer's WeChat Pay and UnionPay merchant accounts.
4. **Onboarding** — configuration of room types, yurts, rate plans and activities; import of the 2024 and 2025 forward bookings; Chinese and English booking pages in the Customer's design; training of front-desk and activity staff.

### A3. Subscription Term

The Subscription Term is three Subscription Years. The first Subscription Year starts on the date of Go-Live Acceptance (the "Subscription Start Date"). The Agreement does not renew automatically; any further period requires a new Order Form signed by both parties.

### A4. Fees

At the Customer's request all fees are stated and payable in Chinese yuan (CNY).

| Item | Basis | Fee (CNY) |
|---|---|---|
| Booking Engine and Channel Manager | 118,000 per Subscription Year × 3 | 354,000 |
| Yurt Inventory and Activity Module | 36,000 per Subscription Year × 3 | 108,000 |
| Payment Connector | 14,000 per Subscription Year × 3 | 42,000 |
| Onboarding (one-time) | fixed | 46,000 |
| **Total Contract Value** | | **550,000** |

The subscription fees total CNY 168,000 per Subscription Year. Payment processing charges of WeChat Pay and UnionPay are paid by the Customer directly to those providers and are not part of the Agreement.

### A5. Invoicing and Payment

1. Subscription fees are invoiced quarterly in advance, CNY 42,000 per quarter, the first invoice on the Subscription Start Date.
2. The Onboarding fee is invoiced on the date of Go-Live Acceptance.
3. Nothing is payable before Go-Live Acceptance. Invoices are payable within thirty days by bank transfer in CNY.

### A6. Onboarding Plan and Go-Live Acceptance

1. The Vendor shall complete Onboarding and make the platform ready for Go-Live Acceptance by 20 April 2026 (the "Target Go-Live Date"), so that the Customer can open bookings before its summer season.
2. Go-Live Acceptance tests, run by the Customer with the Vendor's support, are: (a) a test booking for every room type, yurt type and activity through each booking channel, with correct rates, deposits and cancellation rules; (b) rate and availability changes reach every connected channel within five minutes; (c) test payments and refunds through WeChat Pay and UnionPay reconcile with the merchant statements; (d) every imported forward booking matches the Customer's export; and (e) the Chinese and English booking pages display correctly on mobile phones.
3. When the tests are passed, the Customer signs a Go-Live Acceptance certificate. Publishing the booking pages or taking live bookings before that certificate is signed is not acceptance.
4. If Go-Live Acceptance is delayed beyond the Target Go-Live Date for reasons attributable to the Vendor, the Vendor shall pay the Customer CNY 600 for each day of delay, deducted from the first invoices.

### A7. Service Levels

1. **Availability.** The booking engine and channel manager shall be available at least 99.95% of each calendar month, excluding maintenance announced at least three days ahead and carried out between 01:00 and 05:00 China Standard Time.
2. **Support.** The Vendor provides Chinese- and English-speaking support every day from 07:00 to 23:00 China Standard Time, and an on-call engineer at other times for Priority 1 incidents.

| Priority | Meaning | Response | Workaround or fix |
|---|---|---|---|
| Priority 1 | booking engine or channel manager down, or payments failing | 30 minutes | 3 hours |
| Priority 2 | one channel, module or payment method failing | 2 hours | 1 business day |
| Priority 3 | other faults and questions | 1 business day | next release |

3. **Service credits.** If monthly availability falls below 99.95%, the Vendor credits 5% of that month's subscription fees; below 99.5%, 10%; below 98%, 25%. For each full hour by which a Priority 1 response is late, the Vendor credits CNY 300. Credits are deducted from the next invoice.

### A8. Hosting

The platform is hosted for the Customer in the Vendor's tenancy at Alibaba Cloud, Hohhot region, which the Customer approves by signing this Order Form.

### A9. Signatures

For the Customer: ____________________ Date: __________

For the Vendor: ____________________ Date: __________

## PART B — GENERAL TERMS

### B1. Use of the Platform

1.1 The Vendor grants the Customer and its staff a non-exclusive right to use the platform during the Subscription Term for the Customer's own business.

1.2 The Customer shall not resell the platform or use it to operate booking services for other businesses.

### B2. Customer Data

2.1 "Customer Data" means guest names, contact details, identity document numbers, bookings, payments and all other data entered into or generated by the platform for the Customer.

2.2 Customer Data belongs to the Customer. The Vendor may use Customer Data only to provide the services under this Agreement and shall not sell it or use it for any other purpose.

2.3 On expiry or termination the Vendor shall export the Customer Data in CSV format within fifteen days at the Customer's request, and then delete it from the platform.

### B3. Customer Configurations and Content

3.1 The Vendor retains all rights in the platform and its standard features.

3.2 The rate plans, yurt and activity configurations, booking-page designs, texts, photographs and translations prepared for the Customer during Onboarding belong to the Customer, which may use, modify and pass them to any other provider freely.

### B4. Confidentiality

4.1 Each party shall keep confidential the non-public business information of the other party, including prices, rate strategies, occupancy figures and contract terms, and shall not disclose it to third parties without the other party's prior written consent, except to its professional advisers or as required by law.

4.2 This obligation continues for three years after the end of the Agreement.

### B5. Subcontracting

5.1 Apart from the hosting provider approved in A8, the Vendor shall not subcontract any part of the services without the Customer's prior written consent. The Vendor remains responsible for the acts of its subcontractors.

### B6. Warranties

6.1 The Vendor warrants that the services will be provided with reasonable skill and care and that the platform will perform materially as described in its documentation.

6.2 The Vendor warrants that the platform does not infringe the rights of any third party and shall defend the Customer against any claim that it does.

### B7. Limitation of Liability

7.1 Neither party is liable for indirect or consequential loss or loss of profit.

7.2 The Vendor's total aggregate liability arising out of or in connection with the Agreement shall not exceed the fees paid or payable by the Customer in the six months preceding the event giving rise to the claim.

7.3 Service credits under A7 and the amounts under A6.4 count towards this limit.

### B8. Termination

8.1 Either party may terminate the Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after receiving written notice of it.

8.2 The Customer may also terminate by written notice if monthly availability is below 98% in two consecutive months.

8.3 On termination by the Customer under B8.1 or B8.2, the Vendor shall refund any prepaid subscription fees for the period after termination.

### B9. Force Majeure

Neither party is liable for delay or failure caused by events beyond its reasonable control, provided it notifies the other party promptly and resumes performance as soon as possible.

### B10. Governing Law and Disputes

10.1 The Agreement is governed by the laws of the People's Republic of China.

10.2 Any dispute that cannot be settled by negotiation within thirty days shall be submitted to the Hulunbuir Arbitration Commission for arbitration in Hulunbuir in accordance with its rules then in force. The award is final and binding on both parties.

### B11. General

11.1 Notices shall be in writing and sent to the addresses in A1 or to such other address as a party notifies.

11.2 No amendment of the Agreement is valid unless made in writing and signed by both parties.

11.3 The Agreement is signed in English and Chinese. Both versions have equal force.
"""

# ---------------------------------------------------------------- e03 (docx, Section N / N.N, Word price table)
E03 = """T:PURCHASE AND INSTALLATION CONTRACT — GREENHOUSE CLIMATE SENSOR NETWORK
P:Contract No. LQ-GH-2025-031
P:Buyer: Shouguang Lvquan Greenhouse Vegetable Base Co., Ltd., Sunjiaji Street, Shouguang, Weifang, Shandong Province, People's Republic of China (the "Buyer").
P:Supplier: Omø Climate Integration ApS, a company registered in Denmark with its seat on the island of Omø, Slagelse Municipality, Denmark (the "Supplier").
P:Whereas the Buyer operates 84 solar greenhouses and 6 multi-span glasshouses for tomatoes, cucumbers and sweet peppers, and wishes to measure air, soil and light conditions in every house and to drive its existing vent, shade-screen and irrigation controllers from the measurements; and whereas the Supplier has offered to supply, install and integrate a sensor network and climate control software for that purpose, the parties agree as follows. This contract is issued on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply, install, calibrate and commission the sensor nodes, soil probes, light sensors and gateways listed in Section 2, install the climate control software on the Buyer's server, and integrate it with the vent, shade-screen and irrigation controllers already installed in the greenhouses.
P:1.2 The Supplier shall train the Buyer's technicians and greenhouse managers and hand over as-built drawings, a sensor location map, calibration certificates and operating manuals in Chinese.
P:1.3 The Supplier shall carry out the work in accordance with applicable PRC standards for electrical installation and agricultural equipment and with the Buyer's site safety rules, including its biosecurity rules for entering greenhouses.
P:1.4 Where this contract does not describe a detail, the Supplier's technical proposal of 2 June 2025 applies, unless it conflicts with this contract.
H:Section 2 Contract Price
P:2.1 At the Buyer's request, all prices are in Chinese yuan (CNY). The Contract Price is CNY 1,930,000, fixed, including delivery to the site, import duties, taxes, installation, integration, training and the warranty service under Section 7. The itemised prices are:
TB:No.|Item|Quantity|Unit price (CNY)|Amount (CNY)
TB:1|Air temperature, humidity and CO2 sensor node|420|1,650|693,000
TB:2|Soil moisture and EC probe|300|980|294,000
TB:3|PAR light sensor|84|2,150|180,600
TB:4|LoRa gateway with 4G backhaul|24|6,400|153,600
TB:5|Climate control software, perpetual site licence|1|268,000|268,000
TB:|Hardware and Licence Subtotal|||1,589,200
TB:6|Installation and calibration|1|176,000|176,000
TB:7|Integration with vent, screen and irrigation controllers|1|138,000|138,000
TB:8|Training|1|26,800|26,800
TB:|Contract Price|||1,930,000
P:2.2 The Contract Price is not subject to adjustment for exchange-rate movements.
H:Section 3 Payment
P:3.1 The Buyer shall pay an advance of 20% of the Contract Price (CNY 386,000) within twenty days after signature, against an advance-payment guarantee of the same amount issued by a bank in mainland China.
P:3.2 The Buyer shall pay 45% of the Contract Price (CNY 868,500) within twenty days after the Installation Certificate is signed. The Installation Certificate confirms that all equipment is installed; it does not constitute acceptance.
P:3.3 The Buyer shall pay the remaining 35% of the Contract Price (CNY 675,500) within twenty days after Final Acceptance.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the site within sixty days and complete installation within one hundred days after signature. Installation in each house shall be scheduled with the greenhouse manager so that it does not disturb planting or harvest.
P:4.2 If the Supplier is late in delivery or in completing installation, it shall pay liquidated damages of 0.08% of the Contract Price for each day of delay, up to a total of 8% of the Contract Price.
P:4.3 The Buyer shall provide power outlets, the mounting points agreed in the installation survey, access to each greenhouse during working hours and a contact person for each block. Any delay caused by the Buyer's failure to provide access extends the Supplier's dates by the same period.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for a trial period of thirty consecutive days. Final Acceptance requires that: (a) every sensor reports to the software at the configured interval, with not more than two nodes per house missing more than one reading per day; (b) spot checks of temperature, humidity, CO2, soil moisture and light against the Buyer's reference instruments are within the tolerances in the Supplier's proposal; (c) the software opens and closes vents, moves shade screens and starts irrigation according to test set-points in every house; (d) no Severity 1 fault has occurred during the last fifteen days of the trial period; and (e) the documents under Section 1.2 have been delivered.
P:5.2 When the criteria are met, the Buyer shall sign a Final Acceptance certificate within ten days. Installation, use of the system or any payment does not constitute acceptance.
P:5.3 If the criteria are not met, the Supplier shall correct the defects at its own cost within fifteen days, and the relevant tests, or the full trial period if the Buyer reasonably requires it, shall be repeated.
H:Section 6 Service Levels
P:6.1 Faults are classified as Severity 1 (the software is down, or the control of vents, screens or irrigation fails in any house), Severity 2 (a group of sensors or a gateway is not reporting) and Severity 3 (any other fault).
P:6.2 The Supplier shall respond to a Severity 1 fault within thirty minutes, through its service partner office in Shouguang, and restore control within six hours; Severity 2 faults are responded to within two hours and resolved within two days; Severity 3 faults within five working days.
P:6.3 For each full hour by which the Supplier is late in responding to or restoring a Severity 1 fault, it shall pay CNY 800, and for a Severity 2 fault CNY 200, deducted from amounts due.
H:Section 7 Warranty and Support
P:7.1 The warranty period is thirty-six months from Final Acceptance. During it the Supplier shall repair or replace any defective equipment, correct any software defect and supply software updates free of charge.
P:7.2 After the warranty period the Buyer may order annual support at 6% of the Hardware and Licence Subtotal, that is CNY 95,352 per year, fixed for the first two years after the warranty period. Support does not renew automatically; each year is ordered by a purchase order.
P:7.3 During the warranty period the Supplier shall keep a stock of spare sensor nodes, probes and one spare gateway at its Shouguang service partner office, so that defective units can be exchanged on the next working day.
H:Section 8 Buyer Data and Data Security
P:8.1 All measurements, set-points, control logs, crop records and other data collected or generated by the system ("Buyer Data") belong to the Buyer. The Supplier may use Buyer Data only to perform this contract.
P:8.2 The software and Buyer Data are kept on the Buyer's server at the base. The Supplier may access the system remotely only through the Buyer's VPN, with individual accounts and multi-factor authentication, after approval of each session by the Buyer's IT officer. No Buyer Data may be copied outside the Buyer's systems.
P:8.3 The Supplier shall report any security incident affecting the system or Buyer Data within twelve hours, help the Buyer contain it, and bear the losses caused by any incident attributable to the Supplier or its personnel.
H:Section 9 Intellectual Property
P:9.1 The integration scripts, control sequences, calibration tables and configuration prepared for the Buyer belong to the Buyer, which may use, modify and license them freely. The Supplier shall deliver them in editable form.
P:9.2 The Supplier retains its rights in the standard software, which the Buyer may use perpetually under the licence in Section 2.
H:Section 10 Confidentiality
P:10.1 The Supplier shall keep confidential all information of the Buyer obtained under this contract, including crop plans, yields, customer names and prices, and shall not disclose it to any third party without the Buyer's prior written consent. This obligation survives the end of the contract.
H:Section 11 Liability
P:11.1 The Supplier's total liability under this contract is limited to twice the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 10, which are not limited.
H:Section 12 Subcontracting
P:12.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent. The service partner office in Shouguang named in the Supplier's proposal is approved by signature of this contract. The Supplier remains responsible for every subcontractor.
H:Section 13 Termination
P:13.1 The Buyer may terminate this contract by written notice if the Supplier commits a material breach and does not remedy it within fifteen days after written notice, or if the liquidated damages under Section 4.2 reach their maximum.
P:13.2 On termination under Section 13.1 the Supplier shall refund all amounts paid for equipment or services not accepted, and shall remove any equipment the Buyer rejects.
H:Section 14 Governing Law and Disputes
P:14.1 This contract is governed by the laws of the People's Republic of China.
P:14.2 Disputes shall be submitted to the Weifang Arbitration Commission for arbitration in Weifang under its rules in force at the time of application.
H:Section 15 Miscellaneous
P:15.1 This contract is made in English and Chinese; both versions are equally authentic. It enters into force on signature by both parties.
P:15.2 Notices under this contract shall be in writing and delivered by hand, courier or e-mail to the addresses and contacts named by each party at signature. A notice by e-mail takes effect when the recipient confirms receipt.
P:For the Buyer: ____________________    For the Supplier: ____________________
P:Date: ______________    Date: ______________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses + Schedules)
E04 = """# MANAGED SECURITY MONITORING AGREEMENT

**Agreement reference:** BSW-WX-2025-07

**Between**

**(1) Wuxi Feiling Electric Bicycle Co., Ltd.**, a company incorporated in the People's Republic of China, registered office at 88 Xinhua Road, Xinwu District, Wuxi, Jiangsu ("**Customer**"); and

**(2) Bjarkøy Secure Watch AS**, a company incorporated in Norway, with its seat on Bjarkøy, Harstad Municipality, Troms, Norway ("**Provider**").

**Background**

(A) Customer manufactures electric bicycles and battery packs in two plants in Wuxi, sells through dealers and an online shop, and runs a connected-bike platform for its riders.

(B) Customer wishes to have its office network, plant networks, cloud workloads and connected-bike platform monitored around the clock for security threats, and Provider has agreed to provide that service from its security operations centre.

(C) At Customer's request, all charges under this Agreement are stated and payable in Chinese yuan (CNY).

## 1. Definitions

1.1 "**Services**" means the managed security monitoring services described in clause 2 and Schedule 1.

1.2 "**Customer Data**" means all logs, network flow records, alerts, endpoint telemetry, configuration data and other data of Customer that Provider collects, receives or generates in performing the Services.

1.3 "**Service Acceptance**" means Customer's written confirmation under clause 4.3.

1.4 "**Service Commencement Date**" means the date of Service Acceptance, and "**Subscription Year**" means the period starting on the Service Commencement Date or on any anniversary of it and ending on the day before the next anniversary.

1.5 "**Incident**" means a security event that Provider's analysts have confirmed as requiring action by Customer or Provider, classified by priority under Schedule 2.

## 2. Services

2.1 Provider shall collect and analyse security logs and network flows from Customer's firewalls, switches, servers, endpoint agents, plant network sensors and the cloud accounts hosting the connected-bike platform, detect threats, triage alerts, notify Customer of Incidents and advise on containment, around the clock on every day of the year.

2.2 Provider shall deliver a monthly service report, a quarterly threat review meeting with Customer's IT and plant managers, and an annual review of detection coverage.

2.3 Provider shall operate a log collector appliance at each of Customer's two plants and at its head office. The collectors remain Provider's property and are covered by the Monthly Charge.

2.4 Provider shall give Customer read-only access to its security portal, showing open Incidents, their status and the log sources reporting.

## 3. Term and Renewal

3.1 This Agreement starts on signature. The Initial Term is two Subscription Years from the Service Commencement Date.

3.2 After the Initial Term, this Agreement renews automatically for successive periods of one Subscription Year each, unless either party gives written notice of non-renewal at least ninety days before the end of the then-current term.

3.3 Provider may increase the Monthly Charge with effect from the start of each renewal period by up to 8%, by written notice to Customer at least thirty days before that renewal period starts.

## 4. Onboarding and Service Acceptance

4.1 Provider shall complete onboarding within sixty days after signature: installing the collectors, connecting every log source listed in Schedule 1, tuning detection rules, and agreeing escalation contacts and runbooks with Customer.

4.2 Service Acceptance requires that: (a) every log source in Schedule 1 is reporting to Provider's platform; (b) Provider has detected and correctly escalated each of the simulated attacks in the agreed test plan, including one against a plant network; (c) runbooks for the ten most likely Incident types are agreed in writing; and (d) a fourteen-day parallel run has completed with no missed Priority 1 test alert.

4.3 When the criteria in clause 4.2 are met, Customer shall sign a Service Acceptance certificate within five business days. Monitoring during onboarding or the parallel run does not constitute acceptance.

4.4 If Service Acceptance is delayed beyond the onboarding period for reasons attributable to Provider, Provider shall pay Customer CNY 1,000 for each day of delay.

## 5. Service Levels

5.1 Provider shall respond to and notify Customer of Incidents within the times in Schedule 2.

5.2 If Provider misses a response time, it shall credit Customer as set out in Schedule 2. Credits are deducted from the next invoice and are without prejudice to Customer's other rights.

5.3 Provider shall measure and report its performance against Schedule 2 in each monthly service report.

5.4 Provider shall hold a monthly service review with Customer's IT manager to go through missed response times, false-positive rates and planned tuning.

## 6. Charges and Payment

6.1 The charges are set out in Schedule 3.

6.2 The Onboarding Charge is invoiced after Service Acceptance. The Monthly Charge is invoiced quarterly in arrears, starting from the Service Commencement Date. No amount is payable in advance.

6.3 Customer shall pay each correct invoice within thirty days of receipt, by bank transfer in CNY.

6.4 Provider shall issue valid VAT invoices in CNY and bears its own bank charges.

## 7. Customer Data and Security

7.1 Customer Data belongs to Customer. Provider shall process Customer Data only to perform the Services and shall not use it for any other purpose, including its own threat intelligence products or other clients.

7.2 Customer Data shall be stored and processed only on Provider's platform hosted in mainland China. Provider shall protect it with encryption in transit and at rest, role-based access limited to named analysts, multi-factor authentication, and logging of all access; the platform shall hold a valid MLPS level 3 record.

7.3 Provider shall notify Customer within twelve hours of becoming aware of any unauthorised access to, or loss or disclosure of, Customer Data, cooperate in the investigation and remediation, and be liable for the losses that any such event caused by Provider or its personnel causes to Customer.

7.4 At the end of this Agreement Provider shall return Customer Data in a standard format and then delete it, and confirm the deletion in writing.

## 8. Detection Content

8.1 Detection rules, correlation logic, runbooks and reports prepared specifically for Customer belong to Customer, which may use and modify them and give them to any successor provider.

8.2 Provider retains its rights in its platform, standard detection content and tools.

## 9. Confidentiality

9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement, including network designs, vulnerabilities, product plans and prices, and shall use it only for the purpose of this Agreement.

9.2 This clause survives the end of this Agreement for three years.

## 10. Subcontracting

10.1 Provider may subcontract first-level alert triage and the on-site maintenance of the collectors to its affiliates or to third-party service companies, by giving Customer written notice of the subcontractor's name before it starts work. Provider remains responsible for the performance of its subcontractors.

## 11. Liability

11.1 Provider's total liability under this Agreement is limited to 150% of the Total Contract Value stated in Schedule 3.

11.2 The limit does not apply to wilful misconduct, personal injury or breach of clauses 7 and 9.

## 12. Termination

12.1 Customer may terminate this Agreement by written notice if Provider commits a material breach and fails to remedy it within thirty days after written notice, or if Provider misses the Priority 1 response time more than three times in any three consecutive months.

12.2 On termination, Provider shall give reasonable help in transferring the Services to Customer or a successor provider for up to sixty days.

12.3 Termination does not affect rights and remedies that have accrued before termination.

## 13. Governing Law and Disputes

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Wuxi Arbitration Commission for arbitration in Wuxi. The arbitral award is final.

## 14. General

14.1 This Agreement is signed in English and Chinese; both versions are equally authentic. The Schedules form part of it.

14.3 Notices shall be in writing and sent to the addresses above or to such other address as a party notifies. Notices by e-mail are effective when sent to the contact named in the runbooks and confirmed.

14.4 Signed by the authorised representatives of the parties:

For Customer: ____________________ For Provider: ____________________

---

## Schedule 1 — Log Sources

| Site | Sources |
|---|---|
| Head office | 2 firewalls, 14 switches, 46 servers, 620 endpoints, e-mail gateway |
| Plant 1 (frame and assembly) | 1 firewall, 9 switches, industrial network sensor, 180 endpoints |
| Plant 2 (battery packs) | 1 firewall, 7 switches, industrial network sensor, 120 endpoints |
| Cloud | connected-bike platform accounts, online shop accounts, identity provider |

## Schedule 2 — Incident Priorities and Response Times

| Priority | Example | Response and notification | Credit per missed response |
|---|---|---|---|
| Priority 1 | active intrusion, ransomware, compromise of the connected-bike platform or a plant network | 15 minutes | 5% of the Monthly Charge |
| Priority 2 | confirmed malware on a single host, suspicious privileged activity | 1 hour | 2% of the Monthly Charge |
| Priority 3 | policy violations, low-risk findings | 1 business day | none |

Total credits in a month shall not exceed 25% of that month's Monthly Charge.

## Schedule 3 — Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Onboarding Charge | one-time | 72,000 |
| Monthly Charge | 48,500 per month × 24 months of the Initial Term | 1,164,000 |
| **Total Contract Value** | Initial Term | **1,236,000** |

The Monthly Charge includes up to 8,000 events per second across all sources. Additional sources are priced by agreement in writing.
"""

# ---------------------------------------------------------------- e05 (txt, upper-case headings + Schedule)
E05 = """NUMBER STATUS API SUBSCRIPTION AGREEMENT

Agreement No. LND-SZ-2025-044

THIS AGREEMENT is made between:

SHENZHEN QIANHAI YINGDAI FINANCIAL TECHNOLOGY CO., LTD., a company incorporated in the People's Republic of China, with its registered office in Qianhai, Nanshan District, Shenzhen, Guangdong ("Customer"); and

LOPUD NUMBERING DATA d.o.o., a company incorporated in the Republic of Croatia, with its seat on Otok Lopud, Dubrovnik, Croatia ("Vendor").

BACKGROUND

Customer operates a consumer lending platform licensed in mainland China. Before it approves a loan and while a loan is outstanding, Customer needs to confirm, with the applicant's authorisation, whether the mobile phone number given by the applicant is in service, how long it has been in service and whether it is registered to the applicant's name. Vendor operates an application programming interface (the "API") that returns this status information from licensed carrier data channels in mainland China. At Customer's request all fees under this Agreement are stated and payable in Chinese yuan (CNY).

1. DEFINITIONS

1.1 "Query" means one request to the API for one mobile phone number.

1.2 "Query Data" means the phone numbers, names, identity document numbers, authorisation records and other data that Customer submits in Queries, and the results that the API returns for them.

1.3 "Integration Adaptor" means the software component that Vendor develops under clause 2.3 to connect the API with Customer's credit decision engine.

1.4 "Subscription Year" means each successive annual period starting on the Service Start Date or on an anniversary of it.

2. SERVICES

2.1 Vendor shall provide Customer with access to the API for the number status, tenure and three-element verification (number, name and identity number) checks described in the Schedule.

2.2 Vendor shall provide a test environment, API documentation in Chinese, and technical support by e-mail and instant messaging on working days.

2.5 Vendor shall notify Customer at least thirty days in advance of any change to the API that requires a change in Customer's systems, and keep the previous version running for at least ninety days after the change.

2.3 Vendor shall develop the Integration Adaptor to Customer's specification, including request signing, retry and fall-back logic, result caching within Customer's systems and mapping of results into Customer's credit decision engine.

2.4 Vendor will use commercially reasonable efforts to keep the API available and to answer support requests promptly. Vendor gives no other undertaking on availability, response or resolution times.

3. TERM

3.1 This Agreement starts on signature. The subscription term is two Subscription Years from the Service Start Date, which is the date of Integration Acceptance under clause 5.

3.2 This Agreement ends at the end of the subscription term unless the parties sign a renewal in writing. There is no automatic renewal.

4. FEES AND PAYMENT

4.1 The fees are set out in the Schedule. The Total Contract Value is CNY 398,000, consisting of the subscription fees for two Subscription Years and the one-time integration fee.

4.2 The subscription fee is invoiced quarterly in arrears. The integration fee is invoiced after Integration Acceptance. Overage charges for Queries above the included volume are invoiced monthly in arrears. No amount is payable before the Service Start Date.

4.3 Customer shall pay each correct invoice within thirty days of receipt by bank transfer.

4.4 Vendor shall issue valid VAT invoices in CNY through its branch office or authorised agent in mainland China. Each party bears its own bank charges.

4.5 Customer may check the Query counts on Vendor's usage dashboard and may dispute an invoice within fifteen days of receipt; the undisputed part remains payable.

5. INTEGRATION ACCEPTANCE

5.1 Vendor shall deliver the Integration Adaptor within forty-five days after signature.

5.2 Integration Acceptance requires that: (a) the Integration Adaptor passes Customer's test cases for every check type, including error and time-out handling; (b) results for a sample of 2,000 numbers supplied by Customer match the reference results agreed with Customer; (c) the API returns results within the times stated in the technical documentation at a load of 50 Queries per second in the test environment; and (d) the Integration Adaptor passes Customer's internal security code review.

5.3 When the criteria are met, Customer shall sign an Integration Acceptance certificate. Use of the API in production before that certificate is signed is not acceptance.

5.4 If the Integration Adaptor fails the tests, Vendor shall correct it and resubmit it within ten days.

6. QUERY DATA AND DATA SECURITY

6.1 Query Data belongs to Customer. Vendor shall process Query Data only to perform the API checks for Customer and shall not use it for any other purpose, build profiles from it, or disclose it to anyone other than the carrier data channels needed to answer a Query.

6.2 Vendor shall delete Query Data from its systems within seven days after answering the Query, except for logs of Query identifiers kept for billing and audit, which contain no phone numbers or personal identifiers.

6.3 Vendor shall process Query Data only on servers located in mainland China, protect it with encryption in transit and at rest, restrict access to named staff with multi-factor authentication, comply with the Personal Information Protection Law and the Data Security Law, and maintain an MLPS level 3 record for the API platform.

6.4 Vendor shall notify Customer within twelve hours of becoming aware of any unauthorised access to or loss of Query Data, take immediate steps to contain it, and bear the losses, fines and remediation costs caused to Customer by any such event attributable to Vendor.

6.5 Customer is responsible for obtaining each applicant's authorisation before submitting a Query and shall keep the authorisation records for inspection by regulators.

7. INTELLECTUAL PROPERTY

7.1 Vendor retains all rights in the API and its documentation.

7.2 The Integration Adaptor and its source code belong to Customer, which may use, modify and license it freely. Vendor shall deliver the source code with the Integration Adaptor.

8. CONFIDENTIALITY

8.1 Each party shall keep confidential all non-public information of the other party received under this Agreement, including Customer's lending volumes, risk rules and prices, and shall not disclose it without the other party's prior written consent, except to its professional advisers or regulators.

8.2 This obligation survives the end of this Agreement for three years.

9. SUBCONTRACTING

9.1 Vendor shall not subcontract any part of the Services without Customer's prior written consent, except for the carrier data channels listed in the Schedule, which Customer approves by signing this Agreement. Vendor remains responsible for every subcontractor.

10. LIABILITY

10.1 Neither party is liable for indirect loss or loss of profit, except in case of breach of clauses 6 and 8.

10.2 Vendor's total liability under this Agreement is limited to one and a half times the Total Contract Value.

11. TERMINATION

11.1 Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within thirty days after written notice.

11.2 Customer may terminate this Agreement with immediate effect if a regulator orders Customer to stop using the API or if Vendor loses any licence or carrier authorisation needed to provide the API.

11.3 On termination, Customer shall pay the fees for the Services provided up to the date of termination, and Vendor shall delete all Query Data and confirm the deletion in writing.

12. COMPLIANCE

12.1 Each party shall comply with the laws and regulations of the People's Republic of China that apply to it, including those on personal information, credit reporting and anti-money laundering.

12.2 Vendor warrants that it and its carrier data channels hold every licence and authorisation needed to provide the API in mainland China.

12.3 Vendor shall cooperate with any audit or inspection of the API by a regulator of Customer, and shall give Customer the information about its processing of Query Data that Customer reasonably needs to answer regulators or data subjects.

13. GOVERNING LAW AND DISPUTES

13.1 This Agreement is governed by the laws of the People's Republic of China.

13.2 Any dispute shall be submitted to the Shenzhen Court of International Arbitration for arbitration in Shenzhen under its rules in force at the time. The award is final and binding.

14. GENERAL

14.1 This Agreement is made in English and Chinese, both versions being equally authentic.

14.2 No amendment is valid unless in writing and signed by both parties.

14.3 Notices shall be in writing and sent to the addresses above or by e-mail to the contacts named by each party at signature.

14.4 If any provision of this Agreement is invalid, the rest of the Agreement remains in force.

SIGNED for Customer: ____________________ Date: __________

SIGNED for Vendor: ____________________ Date: __________

SCHEDULE - SERVICES AND FEES

A. Check types

(1) Number status: in service, suspended, cancelled or not allocated.
(2) Number tenure: in service for less than 6 months, 6 to 24 months, or longer.
(3) Three-element verification: whether the number, name and identity number match the carrier's registration.

B. Fees (CNY)

Subscription fee per Subscription Year, including 6,000,000 Queries: 180,000
Subscription fees for two Subscription Years: 360,000
Integration Adaptor development and integration (one-time): 38,000
Total Contract Value: 398,000
Overage: CNY 0.028 per Query above the included volume, not part of the Total Contract Value.

C. Approved carrier data channels

China Mobile, China Unicom and China Telecom data services, through their authorised data service partners named in Vendor's proposal of 12 May 2025.
"""

# ================================================================ files
STEMS = {
    "h303z01": ("h303z01_city_lifeline_gas_water_monitoring_platform", "pdf", Z01, "zh"),
    "h303z02": ("h303z02_fertiliser_prilling_tower_control_retrofit", "docx", Z02, "zh"),
    "h303z03": ("h303z03_bakery_chain_ordering_membership_saas", "txt", Z03, "zh"),
    "h303z04": ("h303z04_maternal_health_system_annual_om_service", "txt", Z04, "zh"),
    "h303z05": ("h303z05_pickle_factory_wms_supplier_template", "md", Z05, "zh"),
    "h303e01": ("h303e01_lion_dance_costume_pattern_software_licence", "pdf", E01, "en"),
    "h303e02": ("h303e02_grassland_resort_booking_saas_order_form", "md", E02, "en"),
    "h303e03": ("h303e03_greenhouse_climate_sensor_network", "docx", E03, "en"),
    "h303e04": ("h303e04_ebike_maker_managed_security_monitoring", "md", E04, "en"),
    "h303e05": ("h303e05_lending_platform_number_status_api", "txt", E05, "en"),
}

SEVERITY = {
    "CR-SLA-MISSING": "high", "CR-SLA-AVAILABILITY": "medium", "CR-SLA-RESPONSE": "medium",
    "CR-SLA-NO-REMEDY": "medium", "CR-IP-OWNERSHIP": "high", "CR-DATA-SECURITY": "high",
    "CR-DATA-OWNERSHIP": "medium", "CR-CONFIDENTIALITY": "medium", "CR-LD-MISSING": "high", "CR-LD-LOW": "medium",
    "CR-LIABILITY-CAP": "medium", "CR-PREPAYMENT": "medium", "CR-ACCEPTANCE": "high", "CR-WARRANTY": "medium",
    "CR-POST-WARRANTY-FEE": "high", "CR-AUTO-RENEWAL": "medium", "CR-TERMINATION": "medium",
    "CR-SUBCONTRACT": "medium", "CR-GOVERNING-LAW": "low", "CR-TCO-SERVICE-SHARE": "medium",
}


def pct(part, whole):
    return part / whole * 100


# ---- price sums (asserted)
assert 1216000 + 936000 + 504000 + 580000 == 3236000 and 3236000 + 412000 + 28000 == 3676000
assert 735200 + 1654200 + 1286600 == 3676000 and round(3236000 * 0.07) == 226520
assert 1180000 + 156000 + 462000 + 290000 + 360000 == 2448000 and 2448000 + 386000 + 94000 + 22000 == 2950000
assert 295000 + 1475000 + 1032500 + 147500 == 2950000 and round(2448000 * 0.17) == 416160
assert 70 * 2600 * 3 == 546000 and 546000 + 288000 + 144000 + 148000 + 56000 == 1182000
assert (70 * 2600 + 96000 + 48000) == 326000 and 326000 / 4 == 81500
assert 264000 + 118000 + 36000 + 52000 + 18000 == 488000 and 488000 / 4 == 122000
assert 620000 + 310000 + 88000 + 22000 == 1040000 and 572000 + 468000 == 1040000 and round(620000 * 0.35) == 217000
assert 288000 + 129000 + 72000 == 489000 and 489000 + 96000 + 42000 + 18000 == 645000
assert 64500 + 354750 + 225750 == 645000 and round(489000 * 0.11) == 53790
assert 354000 + 108000 + 42000 + 46000 == 550000 and 118000 + 36000 + 14000 == 168000 and 168000 / 4 == 42000
assert 693000 + 294000 + 180600 + 153600 + 268000 == 1589200 and 1589200 + 176000 + 138000 + 26800 == 1930000
assert 386000 + 868500 + 675500 == 1930000 and round(1589200 * 0.06) == 95352
assert 48500 * 24 == 1164000 and 1164000 + 72000 == 1236000
assert 180000 * 2 + 38000 == 398000


def tco(value, warranty_months, fee_pct, base, horizon=5):
    years_after = max(0.0, horizon - warranty_months / 12)
    fees = years_after * base * fee_pct / 100
    return value + fees, pct(fees, value + fees)


# ---- labels: (terms, extra, meta). meta: forum_outside (not a label key), tco figures for the printout
def terms(**kw):
    base = dict(availability_pct=None, p1_response_hours=None, sla_remedy=True, ip_owner="buyer",
                data_security_clause=True, buyer_owns_data=True, confidentiality=True, ld_rate_per_day_pct=None,
                liability_cap_pct=None, prepayment_pct=None, acceptance_clause=True, final_payment_on_acceptance=None,
                warranty_months=None, post_warranty_fee_pct=None, auto_renewal_price_increase=False,
                termination_for_breach=True, subcontract_without_consent=False, governing_law="PRC",
                contract_kind="service")
    for k, v in kw.items():
        assert k in base, k
        base[k] = v
    return base


LABELS = {
    "h303z01": ("hardware", terms(availability_pct=99.95, p1_response_hours=0.5, ld_rate_per_day_pct=0.1,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=7,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=3676000), dict(base=3236000)),
    "h303z02": ("hardware", terms(p1_response_hours=0.5, ld_rate_per_day_pct=0.1, liability_cap_pct=200,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=24, post_warranty_fee_pct=17,
                subcontract_without_consent=True, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=2950000), dict(base=2448000)),
    "h303z03": ("cloud", terms(availability_pct=99.5, p1_response_hours=0.25, buyer_owns_data=False,
                ld_rate_per_day_pct=0.08, liability_cap_pct=150, auto_renewal_price_increase=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1182000), {}),
    "h303z04": ("services", terms(p1_response_hours=0.25, ld_rate_per_day_pct=0.02, termination_for_breach=False),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=488000), {}),
    "h303z05": ("software", terms(p1_response_hours=8, sla_remedy=False, ip_owner="supplier", buyer_owns_data=False,
                confidentiality=False, ld_rate_per_day_pct=0.02, liability_cap_pct=20, prepayment_pct=55,
                acceptance_clause=False, final_payment_on_acceptance=False, warranty_months=6,
                post_warranty_fee_pct=35, subcontract_without_consent=None, contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=True,
                     contract_value=1040000), dict(base=620000)),
    "h303e01": ("software", terms(p1_response_hours=1, ld_rate_per_day_pct=0.1, liability_cap_pct=150,
                prepayment_pct=10, final_payment_on_acceptance=True, warranty_months=18, post_warranty_fee_pct=11,
                governing_law="Greece", contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=645000), dict(base=489000)),
    "h303e02": ("cloud", terms(availability_pct=99.95, p1_response_hours=0.5, data_security_clause=False,
                ld_rate_per_day_pct=pct(600, 550000), liability_cap_pct=round(6 / 36 * 100, 4)),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=550000), {}),
    "h303e03": ("hardware", terms(p1_response_hours=0.5, ld_rate_per_day_pct=0.08, liability_cap_pct=200,
                prepayment_pct=20, final_payment_on_acceptance=True, warranty_months=36, post_warranty_fee_pct=6,
                contract_kind="goods_or_licence"),
                dict(sla_clause=True, ld_stated=True, post_warranty_fee_capped=True, acceptance_deemed_on_delivery=False,
                     contract_value=1930000), dict(base=1589200)),
    "h303e04": ("services", terms(p1_response_hours=0.25, ld_rate_per_day_pct=pct(1000, 1236000), liability_cap_pct=150,
                auto_renewal_price_increase=True, subcontract_without_consent=True),
                dict(sla_clause=True, ld_stated=True, acceptance_deemed_on_delivery=False, contract_value=1236000), {}),
    "h303e05": ("cloud", terms(sla_remedy=False, liability_cap_pct=150),
                dict(sla_clause=False, ld_stated=False, acceptance_deemed_on_delivery=False, contract_value=398000), {}),
}

EXPECTED = {
    "h303z01": [],
    "h303z02": ["CR-POST-WARRANTY-FEE", "CR-SUBCONTRACT"],
    "h303z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SLA-AVAILABILITY"],
    "h303z04": ["CR-LD-LOW", "CR-TERMINATION"],
    "h303z05": ["CR-ACCEPTANCE", "CR-CONFIDENTIALITY", "CR-DATA-OWNERSHIP", "CR-IP-OWNERSHIP", "CR-LD-LOW",
                "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-PREPAYMENT", "CR-SLA-NO-REMEDY", "CR-SLA-RESPONSE",
                "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "h303e01": ["CR-GOVERNING-LAW"],
    "h303e02": ["CR-DATA-SECURITY", "CR-LIABILITY-CAP"],
    "h303e03": [],
    "h303e04": ["CR-AUTO-RENEWAL", "CR-SUBCONTRACT"],
    "h303e05": ["CR-LD-MISSING", "CR-SLA-MISSING", "CR-SLA-RESPONSE"],
}


def rules_from(t, x, meta):
    """policy.md section 3 applied to my own labels (a cross-check of the hand-written lists, not project code)."""
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
    if t["contract_kind"] == "goods_or_licence":
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.append("CR-WARRANTY")
        f = t["post_warranty_fee_pct"]
        if f is None or not x["post_warranty_fee_capped"] or f > 15:
            r.append("CR-POST-WARRANTY-FEE")
        if f is not None:
            meta["tco"], meta["share"] = tco(x["contract_value"], t["warranty_months"], f, meta["base"])
            if meta["share"] > 40:
                r.append("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.append("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.append("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.append("CR-SUBCONTRACT")
    if t["governing_law"] not in ("PRC", None) or meta.get("forum_outside"):
        r.append("CR-GOVERNING-LAW")
    return sorted(r)


# ================================================================ threshold scan
NUMZH = "一二三四五六七八九十两〇零"
THRESHOLD_PATTERNS = {
    "availability 99.9": [r"99\.9(?!\d)", r"九十九点九(?![" + NUMZH + "])"],
    "P1 response 4 h": [r"(?<![\d.])4\s*个?\s*(小时|钟头)", r"(?<![" + NUMZH + r"])四\s*个?\s*(小时|钟头)",
                        r"(?<![\d.])4[\s-]*(business |working |clock )?hours?\b",
                        r"(?<![\w-])four[\s-]+(business |working |clock )?hours?\b", r"(?<![\d.])240\s*(分钟|min)",
                        r"two hundred and forty minutes"],
    "delay damages 0.05 %": [r"(?<![\d.])0\.05(?!\d)", r"万分之五(?![" + NUMZH + "])", r"千分之零点五",
                             r"0\.0005(?!\d)", r"five hundredths"],
    "liability 100 %": [r"(?<![\d.])100\s*%", r"百分之一?百", r"one hundred per ?cent", r"(?<![\d.])100 per ?cent"],
    "prepayment 30 %": [r"(?<![\d.])30\s*%", r"百分之三十(?![" + NUMZH + "])", r"三成", r"thirty per ?cent",
                        r"(?<![\d.])30 per ?cent"],
    "warranty 12 months": [r"(?<![\d.])12\s*个?\s*月", r"(?<![" + NUMZH + r"])十二\s*个?\s*月", r"(?<![\d.])12[\s-]*months?",
                           r"twelve[\s-]*months?", r"一年", r"(?<![\w-])(one|a)[\s-]+year\b", r"(?<![\d.])1[\s-]*years?\b",
                           r"(?<![\d.])1\s*年", r"壹年"],
    "post-warranty 15 %": [r"(?<![\d.])15\s*%", r"百分之十五(?![" + NUMZH + "点])", r"fifteen per ?cent",
                           r"(?<![\d.])15 per ?cent"],
    "TCO share 40 %": [r"(?<![\d.])40\s*%", r"百分之四十(?![" + NUMZH + "])", r"四成", r"forty per ?cent",
                       r"(?<![\d.])40 per ?cent"],
    "5 years / 60 months": [r"(?<![\d.])5\s*个?\s*年", r"(?<![" + NUMZH + r"])五\s*个?\s*年(?!级)", r"(?<![\d.])5[\s-]*years?\b",
                            r"(?<![\w-])five[\s-]*years?\b", r"(?<![\d.])60\s*个?\s*月", r"(?<![" + NUMZH + r"])六十\s*个?\s*月",
                            r"(?<![\d.])60[\s-]*months?", r"sixty[\s-]*months?"],
}
COMPILED = [(k, re.compile(p, re.I)) for k, ps in THRESHOLD_PATTERNS.items() for p in ps]

MUST_HIT = ["4小时", "四小时", "4 个小时", "4 hours", "4-hour", "four hours", "four-hour", "240分钟", "99.9%", "99.9 %",
            "0.05%", "0.05 %", "万分之五", "100%", "百分之百", "30%", "百分之三十", "三成", "12个月", "十二个月", "12 months",
            "12-month", "twelve months", "one year", "a year", "一年", "15%", "百分之十五", "40%", "百分之四十", "5年",
            "五年", "5 years", "five years", "five-year", "60个月", "60 months", "sixty months"]
MUST_NOT_HIT = ["24小时", "二十四小时", "7×24小时", "14小时", "twenty-four hours", "24 hours", "99.95%", "99.5%", "115%",
                "0.15%", "0.055%", "万分之五十", "四十二个月", "2025年", "2015年", "二〇二五年", "三十六个月", "135%", "35%",
                "百分之三十五", "百分之四十五", "130%", "Subscription Year", "服务年度", "each year", "per year", "每年",
                "150%", "万分之二", "0.08%", "36 months", "18 months", "600 days", "CNY 1,240"]


def threshold_hits(text):
    views = [text, re.sub(r"\s+", " ", text), re.sub(r"\s+", "", text)]
    return sorted({(k, m.group(0)) for v in views for k, rx in COMPILED for m in rx.finditer(v)})


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), "regex misses " + s
    for s in MUST_NOT_HIT:
        assert not threshold_hits(s), ("regex wrongly hits", s, threshold_hits(s))


# ================================================================ read back
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
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


def label_json(stem):
    name, ext, _, lang = STEMS[stem]
    cat, t, x, _ = LABELS[stem]
    d = {"file": name + "." + ext, "language": lang, "category": cat, "expected_terms": t, "expected_extra": x,
         "expected_rules": EXPECTED[stem]}
    return json.dumps(d, ensure_ascii=False, indent=1)


def off_thresholds(t, meta):
    checks = [("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
              ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12), ("post_warranty_fee_pct", 15)]
    for k, th in checks:
        v = t[k]
        assert v is None or abs(v - th) > 1e-6, (k, v)
    if "share" in meta:
        assert abs(meta["share"] - 40) > 0.5, meta["share"]


def main():
    self_test()
    sources, targets = {}, {}
    for stem, (name, ext, src, lang) in STEMS.items():
        if ext in ("docx", "pdf"):
            sources[stem] = src
            targets[stem] = (name + "." + ext, ext)
        else:
            (OUT / (name + "." + ext)).write_text(src, encoding="utf-8")
            print("wrote", name + "." + ext)
    write(sources, targets, OUT, wrap_words=True)
    fired = set()
    problems = []
    for stem, (name, ext, src, lang) in STEMS.items():
        cat, t, x, meta = LABELS[stem]
        derived = rules_from(t, x, meta)
        assert derived == sorted(EXPECTED[stem]), (stem, derived, EXPECTED[stem])
        off_thresholds(t, meta)
        fired.update(derived)
        (OUT / (name + ".json")).write_text(label_json(stem), encoding="utf-8")
        text = read_back(OUT / (name + "." + ext))
        n = measure(text, lang)
        lo, hi = (2800, 3300) if lang == "zh" else (1500, 1700)
        hits = threshold_hits(text) + threshold_hits(src)
        risk = "high" if any(SEVERITY[r] == "high" for r in derived) else (
            "medium" if any(SEVERITY[r] == "medium" for r in derived) else "low")
        extra = " TCO %.0f share %.2f%%" % (meta["tco"], meta["share"]) if "share" in meta else ""
        print("%s %-4s %5d %s risk=%s rules=%s%s" % (stem, ext, n, "OK " if lo <= n <= hi else "LEN", risk,
                                                     ",".join(r[3:] for r in derived) or "(none)", extra))
        if not lo <= n <= hi:
            problems.append((stem, "length", n))
        if hits:
            problems.append((stem, "threshold", sorted(set(hits))))
    missing = set(SEVERITY) - fired
    if missing:
        problems.append(("set", "rules never fired", sorted(missing)))
    for p in problems:
        print("PROBLEM", p)
    assert not problems
    print("all 20 rules fire at least once; lengths and threshold scan OK")


if __name__ == "__main__":
    main()
