"""holdout535: builds ten ordinary draft contracts (5 zh, 5 en), their labels, and checks lengths, thresholds and rule
coverage. Run: /work/main/.venv/bin/python -B make_files.py (in this folder). Uses ../word_pdf.py for .docx/.pdf only."""
import json
import re
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent

# ---------------------------------------------------------------- z01 (pdf, 第X条) -------------------------------------
Z01 = """T:云溪市数字方志平台建设项目合同
P:合同编号：YXFZ-ZFCG-2027-014    采购方式：公开招标（政府采购）
P:甲方（采购人）：云溪市地方志编纂办公室
P:乙方（供应商）：南岭数字文化科技有限公司
P:根据《中华人民共和国政府采购法》《中华人民共和国民法典》及本项目招标文件、乙方投标文件，甲乙双方经协商一致，就云溪市数字方志平台建设项目订立本合同，共同遵守。
H:第一条 项目内容
P:1.1 乙方向甲方提供数字方志平台软件许可（永久使用，不限用户数），并完成以下定制开发：志书全文检索与古籍影像比对模块、年鉴编纂协同模块、地情资料库及专题展示页面、与省级方志馆数据交换接口。
P:1.2 乙方负责将甲方现存的二轮志书、历年年鉴及地情资料共约八千万字完成数据加工、标引和迁移，并提供部署实施和培训服务。
P:1.3 平台部署于甲方政务云资源，乙方不得将平台或数据迁移至其他环境。
H:第二条 合同价款
P:本合同总价为人民币壹佰陆拾柒万捌仟元整（¥1,678,000），为含税固定总价，明细如下：
TB:序号|项目|金额（元）
TB:1|数字方志平台软件许可（永久）|880,000
TB:2|定制开发（检索比对、年鉴编纂、地情资料库、数据交换接口）|520,000
TB:3|数据加工、标引与迁移|210,000
TB:4|部署实施与培训|68,000
TB:合计||1,678,000
H:第三条 付款方式
P:3.1 合同签订后十五个工作日内，甲方凭乙方开具的发票支付合同总价的20%，即335,600元，作为预付款。
P:3.2 平台完成部署、数据迁移并通过初验后，甲方支付合同总价的45%，即755,100元。
P:3.3 平台通过最终验收后，甲方支付合同总价的35%，即587,300元。
P:3.4 甲方因财政资金拨付原因迟延付款的，不视为甲方违约，但甲方应及时书面告知乙方。
H:第四条 工期与交付
P:乙方应于合同签订之日起一百五十日内完成全部开发、迁移和部署，并提交初验申请。交付物包括：软件安装介质、定制模块源代码、数据迁移报告、用户手册、运维手册及培训记录。
P:4.2 乙方应组建不少于八人的项目团队，项目经理须具备高级项目管理资格，未经甲方书面同意不得更换。乙方每两周向甲方提交项目进度报告，遇有重大问题应即时报告。
P:4.3 甲方负责提供政务云计算、存储和网络资源，提供现存志书、年鉴的电子文本和纸质资料，并指定专人负责项目联络和需求确认。因甲方提供资料迟延影响工期的，工期相应顺延。
P:4.4 乙方应为甲方编纂人员和信息管理人员分别组织不少于三期集中培训，每期不少于两天，提供培训教材和操作视频，保证受训人员能够独立完成志书编纂、检索和平台日常管理。
P:4.5 数据加工应符合地方志资料数字化加工规范，古籍影像扫描分辨率不低于600dpi，文字识别结果须经人工校对，甲方有权随时抽查加工质量。
H:第五条 验收
P:5.1 初验：平台在甲方政务云连续试运行三十日，无一级、二级故障；全文检索在一千万字样本中的查全率不低于98%，检索响应时间不超过3秒；迁移数据经甲方逐卷抽检，差错率不高于万分之二。
P:5.2 最终验收：初验合格且试运行满九十日后，由甲方组织专家按招标文件技术要求及本条标准进行验收，并通过第三方网络安全等级保护测评。验收合格的，双方签署最终验收报告。
P:5.3 平台上线使用或甲方付款，均不视为验收合格。
P:5.4 验收所需的专家评审费和第三方测评费由乙方承担；第三方测评发现的问题，乙方应在二十日内整改完毕并申请复测。
H:第六条 知识产权
P:6.1 平台标准产品的知识产权归乙方所有，乙方授予甲方永久、不可撤销的使用许可。
P:6.2 为本项目定制开发的模块、接口、源代码、文档及加工形成的数据成果，其知识产权归甲方所有，甲方可自行或委托第三方使用、修改和再开发。
H:第七条 服务水平
P:7.1 质保期内，平台月度可用率不低于99.5%（计划内维护时间除外）。
P:7.2 一级故障（平台无法访问或检索功能全部失效）：乙方应在1小时内响应，8小时内恢复；二级故障：2小时内响应，24小时内恢复。
P:7.3 乙方未按上述时限响应或恢复的，每超时一小时，甲方可从应付款项或维护费中扣减500元。
H:第八条 质保与后续维护
P:8.1 质保期为最终验收合格之日起二十四个月，质保期内乙方免费提供缺陷修复、版本升级和技术支持。
P:8.2 质保期满后，甲方如需乙方继续提供维护服务，年度维护费不超过软件许可费的8%（即每年不超过70,400元），且前三个服务年度不上调。
H:第九条 数据安全与数据权属
P:9.1 平台中的志书、年鉴、地情资料及用户数据均归甲方所有，乙方仅为履行本合同使用，不得留存、复制或用于其他任何目的。
P:9.2 乙方应落实网络安全等级保护第三级要求，采取访问控制、加密传输和操作审计措施；发生数据泄露或安全事件的，乙方应在2小时内报告甲方并采取补救措施，因乙方原因造成的损失由乙方全额赔偿。
H:第十条 保密
P:乙方对履行合同中知悉的甲方未公开资料、内部文件及工作秘密负有保密义务，未经甲方书面同意不得向第三方披露，保密义务在合同终止后继续有效。
H:第十一条 违约责任
P:11.1 乙方逾期交付或逾期提交初验申请的，每逾期一日，按合同总价的万分之三向甲方支付违约金。
P:11.2 乙方交付的成果不符合合同约定的，应在甲方要求的期限内整改，整改后仍不合格的，甲方有权解除合同。
H:第十二条 分包
P:本项目不允许分包，乙方不得将合同义务转让或分包给第三方。
H:第十三条 合同解除
P:乙方严重违约，经甲方书面催告后十五日内仍未改正的，甲方有权解除合同，并要求乙方退还已付款项、赔偿损失。
H:第十四条 法律适用与争议解决
P:本合同适用中华人民共和国法律。因本合同发生的争议，双方协商解决；协商不成的，向甲方所在地有管辖权的人民法院提起诉讼。
H:第十五条 其他
P:15.1 因不可抗力不能履行合同的，受影响一方应在三日内通知对方，并在十五日内提供证明；双方根据影响程度协商延期履行、部分履行或解除合同。
P:15.2 双方通知均以书面形式送达合同首部所列地址，一方地址变更的，应提前七日书面通知对方。
P:15.3 乙方应遵守廉洁从业规定，不得向甲方工作人员提供任何形式的财物或其他利益。
P:15.4 本合同未尽事宜，双方可签订补充协议，补充协议与本合同具有同等效力。
P:15.5 本合同一式六份，甲方四份、乙方两份，自双方签字盖章之日起生效。招标文件、投标文件及中标通知书为本合同组成部分。
P:附件：1.技术需求书；2.项目实施计划；3.验收方案；4.数据加工规范。
P:甲方（盖章）：云溪市地方志编纂办公室    代表人：__________    日期：__________
P:乙方（盖章）：南岭数字文化科技有限公司    代表人：__________    日期：__________
"""

# ---------------------------------------------------------------- z02 (docx, 一、（一）) ----------------------------------
Z02 = """T:石灰窑控制系统改造及维保合同
P:合同编号：HFSH-JG-2027-031
P:甲方：河峰石灰有限公司
P:乙方：衡远自动化工程有限公司
P:甲方两座日产三百吨双膛石灰窑的原控制系统老化，故障频繁。经比选，甲方委托乙方实施控制系统改造并提供维保服务。双方根据《中华人民共和国民法典》协商一致，订立本合同。
H:一、改造范围
P:（一）拆除两座窑原有继电器控制柜，新建PLC控制系统（含冗余CPU、远程I/O站及操作员站），实现上料、煅烧、换向、出灰全过程自动控制。
P:（二）新增窑况监测仪表，包括热电偶测温、雷达料位计、烟气氧含量分析仪和窑压变送器。
P:（三）部署上位机组态软件及燃烧优化控制软件，编制控制程序和操作画面，完成与甲方能源计量系统的数据对接。
P:（四）完成施工设计、安装、调试、试生产配合及操作人员培训。
P:（五）乙方负责原控制柜拆除后的废旧物资清点和移交，废旧物资归甲方所有。
P:（六）改造后的系统应符合国家现行电气安装、自动化仪表工程施工及验收规范，控制柜防护等级不低于IP54，现场仪表应适应窑体周边高温和粉尘环境。
P:（七）乙方派驻现场的项目负责人应具备石灰窑或类似工业窑炉控制系统改造经验，调试期间不得离场。
H:二、合同价格
P:（一）本合同总价为人民币1,452,000元（含税），明细见下表：
TB:序号|名称|数量|金额（元）
TB:1|PLC控制系统硬件（冗余CPU、I/O站、操作员站）|2套|686,000
TB:2|窑况监测仪表（测温、料位、氧含量、窑压）|2套|318,000
TB:3|组态软件及燃烧优化控制软件许可|2套|246,000
TB:4|施工设计、安装调试|1项|178,000
TB:5|操作人员培训|1项|24,000
TB:合计|||1,452,000
P:（二）上表第1至3项为软硬件部分，小计1,250,000元。
P:（三）合同价格包括设备、软件、运输、保险、安装材料、调试、培训及税费，除本合同另有约定外，甲方不再另行支付其他费用。
H:三、付款
P:（一）合同签订后十日内，甲方支付合同总价的20%，计290,400元。
P:（二）设备到货、安装调试完成后，甲方支付合同总价的45%，计653,400元。安装调试完成不视为验收。
P:（三）系统通过最终验收后，甲方支付合同总价的35%，计508,200元。
P:（四）乙方应在甲方每次付款前开具等额增值税专用发票。甲方有权从应付款项中直接扣除乙方应支付的违约金和扣减款。
H:四、工期
P:（一）乙方应在合同签订后七十五日内完成设备到货，并利用甲方停窑检修期完成安装调试，两座窑分别停窑不超过十日。
P:（二）因乙方原因逾期的，每逾期一日，乙方按合同总价的0.08%支付违约金。
P:（三）甲方负责提供施工所需的电源、压缩空气、仪表安装位置及停窑检修窗口，并指派工艺和设备人员配合调试。
P:（四）乙方进入甲方厂区施工，应遵守甲方安全生产管理制度，动火、登高和受限空间作业须办理作业票；窑体周边高温、粉尘区域作业须配备相应防护用品。乙方对其人员的施工安全负责。
P:（五）新旧系统切换期间，乙方应编制切换方案并经甲方批准，保留手动操作回路，确保任何情况下均可安全停窑。
H:五、验收
P:（一）两座窑在新系统下连续稳定生产二十日，控制系统无死机、无误动作。
P:（二）主要指标：煅烧带温度控制偏差不超过±15℃，换向周期误差不超过2秒，生石灰活性度不低于330毫升，吨灰燃料消耗较改造前下降不少于3%。
P:（三）双方按上述标准共同测试，合格后签署验收报告；指标不合格的，乙方应限期整改并重新验收。
P:（四）乙方应在验收前提交竣工图纸、PLC程序备份、设备说明书、仪表校验记录和操作维护手册各两套。
P:（五）测试期间因甲方原料、燃料质量波动或工艺操作原因导致指标偏离的，双方应记录具体情况，经分析确认后剔除相应时段数据，并相应延长测试时间。
H:六、质保与维保
P:（一）质保期为验收合格之日起十八个月，质保期内乙方免费维修或更换故障部件，并免费提供软件修复。
P:（二）质保期满后，乙方继续提供维保服务，维保费用按乙方届时公布的年度服务价格执行，具体以届时报价为准。
P:（三）一级故障（控制系统故障导致停窑）：乙方接到报修后8小时内响应，并于响应后二十四小时内派工程师到场处理；二级故障24小时内响应。
P:（四）乙方未按上述时限响应的，每超时一小时扣减维保费或质保金200元。
P:（五）乙方应随设备提供一套随机备品备件（含I/O卡件、电源模块和热电偶），质保期内常用备件应在四十八小时内送达现场。
P:（六）质保期内乙方每季度上门巡检一次，检查控制柜、仪表和软件运行状态，并提交巡检报告。
H:七、知识产权
P:（一）组态软件和优化控制软件的著作权归乙方或其原权利人所有，甲方获得永久使用许可。
P:（二）乙方为本项目编制的PLC控制程序、操作画面、参数配置及技术文档归甲方所有，甲方可自行修改或交由其他单位使用。
P:（三）乙方保证所提供的软硬件不侵犯第三方知识产权；因侵权引起的纠纷由乙方负责处理并承担由此产生的全部费用。
H:八、数据与保密
P:（一）窑况运行数据、工艺参数和能耗数据归甲方所有，乙方仅为履行本合同使用，不得向第三方提供。
P:（二）乙方远程维护须经甲方批准并通过甲方指定的安全通道进行，不得在控制网络中植入远程控制软件；因乙方原因导致数据泄露、系统被入侵或生产事故的，乙方承担赔偿责任。
P:（三）双方对在合作中获知的对方技术资料、工艺参数和商业信息负有保密义务，合同终止后仍然有效。
P:（四）乙方人员进入甲方厂区前应签署保密承诺书，不得拍摄、复制与本项目无关的生产资料。
P:（五）合同终止或维保服务结束后，乙方应交还或销毁其持有的甲方工艺参数和运行数据，并书面确认。
H:九、责任限制
P:乙方在本合同项下承担的累计赔偿责任以合同总价的50%为限，但因乙方故意或重大过失造成的人身伤亡除外。
H:十、分包
P:乙方如需将土建基础或电缆敷设分包，应事先取得甲方书面同意，并对分包方的工作负责。
H:十一、合同解除
P:乙方严重违约且经甲方书面通知后十五日内未纠正的，甲方有权解除本合同并要求乙方赔偿损失。
P:乙方逾期交付超过三十日，或系统经两次整改仍未通过验收的，甲方亦有权解除合同，乙方应退还已收款项并自费拆除其安装的设备。
H:十二、争议解决
P:本合同适用中华人民共和国法律。争议由双方协商解决，协商不成的，提交甲方所在地人民法院诉讼解决。
H:十三、其他
P:（一）因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，双方协商处理。
P:（二）本合同附件包括技术协议、设备清单、施工组织方案和验收大纲，附件与本合同具有同等效力。
P:（三）本合同履行期间双方往来的书面通知送达合同所列地址即视为送达；本合同未尽事宜，双方可另行签订补充协议。
P:（四）本合同一式四份，双方各执两份，自双方签字盖章之日起生效。
P:甲方（盖章）：河峰石灰有限公司    授权代表：__________
P:乙方（盖章）：衡远自动化工程有限公司    授权代表：__________
"""

# ---------------------------------------------------------------- z03 (txt, 1. 1.1) -------------------------------------
Z03 = """墨香文具连锁门店进销存SaaS服务及实施合同

合同编号：MX-IT-2027-008
甲方：浙江墨香文具连锁有限公司
乙方：杭州云账通信息技术有限公司

鉴于甲方在浙江省内经营80家直营文具门店，需要统一的进销存、会员和门店收银管理系统；乙方提供“云账通零售”SaaS服务。双方经协商，就甲方订阅该服务及乙方提供实施服务订立本合同。

1. 服务内容
1.1 乙方为甲方80家门店及总部开通“云账通零售”SaaS服务，包括商品与库存管理、采购补货、门店收银、会员积分、调拨盘点及经营报表功能。
1.2 乙方提供实施服务：商品主数据及会员数据迁移、门店收银设备调试、80家门店分批上线、店长及收银员培训。
1.3 乙方为甲方开发与甲方现有财务软件及电商平台之间的订单和库存同步接口。
1.4 乙方为甲方开通总部及门店账号合计不超过六百个，账号新增和权限变更由甲方管理员自行操作。
1.5 乙方提供收银终端适配清单。甲方现有收银机经乙方检测合格的可继续使用；需更换的，由甲方另行采购。
1.6 乙方应在服务期内支持甲方新开门店的开通，新开门店自开通之日起适用本合同全部条款。

2. 服务期限
2.1 服务期为三个服务年度，自全部门店上线验收合格之日起算。
2.2 首个服务年度预计为2027年7月1日至2028年6月30日，此后依次顺延。
2.3 服务期内乙方对平台进行的版本升级不另收费，升级应安排在门店营业时间之外进行，并提前三日通知甲方。

3. 费用
3.1 本合同总金额为人民币848,000元（含税），明细如下：
    门店SaaS订阅：80家 × 2,400元/店/服务年度 × 3个服务年度 = 576,000元
    总部管理模块订阅：36,000元/服务年度 × 3个服务年度 = 108,000元
    实施服务费（一次性）：118,000元
    接口开发费（一次性）：46,000元
3.2 实施服务费和接口开发费在全部门店上线验收合格后十五日内一次性支付。
3.3 每个服务年度的订阅费228,000元在该服务年度开始后三十日内支付。
3.4 乙方应在每次收款前开具合法有效的增值税专用发票。甲方新增门店的，按每店每服务年度2,400元的单价按月折算计费。

4. 实施与验收
4.1 乙方应在合同签订后九十日内完成全部门店上线。因乙方原因逾期的，每逾期一日乙方向甲方支付违约金600元。
4.2 上线验收标准：全部门店可正常收银、盘点和调拨；商品及会员数据迁移准确率经甲方抽检达到99.98%以上；接口同步延迟不超过5分钟，连续运行十五日无一级故障。
4.3 甲方应在收到乙方验收申请后十个工作日内组织验收，不合格的，乙方整改后重新验收。
4.4 乙方应为每批上线门店安排实施顾问驻店支持不少于两个营业日，并在全部门店上线后为总部提供两周的上线保障。
4.5 培训：乙方应为甲方店长、收银员以及总部采购、财务人员分别提供集中培训和线上课程，并提供操作手册和视频教程；新开门店的员工培训由乙方通过线上课程免费提供。

5. 服务水平
5.1 服务月度可用率不低于99.95%。
5.2 一级故障（全部或多家门店无法收银）：乙方30分钟内响应，2小时内恢复；二级故障：2小时内响应，8小时内恢复。
5.3 月度可用率低于承诺值的，按当月订阅费的5%抵扣；低于99.5%的，按当月订阅费的10%抵扣。一级故障未按时恢复的，每次另行抵扣2,000元。
5.4 乙方提供7×24小时服务热线和在线工单系统，每月向甲方提交服务报告，说明可用率、故障处理和工单统计情况。
5.5 计划内维护应安排在每日0:00至6:00之间，并提前48小时通知甲方；计划内维护时间不计入不可用时间。
5.6 门店网络中断时，收银终端应支持离线收银，网络恢复后自动上传交易数据，确保不丢单。

6. 数据
6.1 甲方的商品、库存、销售及会员数据归甲方所有。
6.2 甲方同意，乙方可以对甲方的销售数据进行脱敏和汇总处理后，用于乙方的行业分析报告和产品改进，该等汇总数据的权利归乙方。
6.3 乙方应按照网络安全等级保护第三级要求保护甲方数据，对会员个人信息进行加密存储和访问控制；发生数据泄露的，乙方应在24小时内通知甲方并采取补救措施，因乙方原因造成的损失由乙方承担赔偿责任。
6.4 服务终止后，乙方应在三十日内向甲方返还全部数据并删除副本。
6.5 乙方应每日对甲方数据进行备份，备份数据保存不少于三十日，每半年进行一次恢复演练并将结果告知甲方。
6.6 甲方数据应存储于中国境内的数据中心，未经甲方书面同意，乙方不得将甲方数据传输至境外。

7. 知识产权
7.1 “云账通零售”平台的知识产权归乙方所有。
7.2 乙方为甲方开发的接口程序及其文档归甲方所有，甲方可自由使用、修改和许可他人使用。

8. 保密
8.1 双方对履行本合同获知的对方商业秘密负有保密义务，包括甲方的供应商价格、门店经营数据和会员信息，保密期限至本合同终止后三年。
8.2 乙方应要求参与本项目的员工及合作服务商签署保密承诺，并对其泄密行为承担责任。

9. 续订
9.1 服务期届满前三十日内任何一方未书面提出不续订的，本合同自动续订一个服务年度，以此类推。
9.2 续订时乙方有权调整订阅单价，调整幅度不超过上一服务年度单价的8%，乙方应在续订前通知甲方。

10. 分包
乙方可将部分门店的现场实施工作委托其合作服务商完成，但应提前书面通知甲方，并对其工作质量负责。
合作服务商的人员进入甲方门店时应佩戴乙方工作证，遵守甲方门店管理规定，不得在营业高峰时段进行设备调试。

11. 责任与违约
11.1 乙方在本合同项下的累计赔偿责任以合同总金额的150%为限，但数据泄露造成的损失不受此限。
11.2 乙方严重违约，经甲方书面催告后十日内仍未纠正的，甲方有权解除合同，并要求乙方退还未履行服务期间的订阅费。
11.3 甲方逾期支付订阅费超过三十日的，乙方可以暂停服务，但应提前十日书面通知甲方，且不得删除甲方数据。

12. 争议解决
本合同适用中华人民共和国法律。争议协商不成的，提交杭州仲裁委员会仲裁。
仲裁期间，除争议事项外，双方应继续履行本合同其他条款，乙方不得以存在争议为由中断服务。

13. 其他
13.1 因不可抗力导致服务中断的，受影响方应及时通知对方，双方在不可抗力影响范围内免除责任，但乙方应尽快恢复服务。
13.2 双方指定的联系人及联系方式见附件，联系方式变更的，应及时书面通知对方。
13.3 本合同附件：服务功能清单、门店上线计划、接口说明书、服务水平说明。
13.4 本合同一式两份，双方各执一份，自双方盖章之日起生效。

甲方（盖章）：浙江墨香文具连锁有限公司    日期：
乙方（盖章）：杭州云账通信息技术有限公司    日期：
"""

# ---------------------------------------------------------------- z04 (txt, （1）) --------------------------------------
Z04 = """安澜省中心血站血液管理信息系统运维服务合同

项目编号：ALXZ-CS-2026-117（竞争性磋商）
甲方：安澜省中心血站
乙方：恒信医疗软件服务有限公司

根据竞争性磋商结果及成交通知书，甲方委托乙方为其血液管理信息系统提供运维服务。双方依照《中华人民共和国民法典》和政府采购有关规定，经协商一致订立本合同。

（1）服务范围
乙方为甲方血液管理信息系统（含献血者管理、血液采集、成分制备、检验、库存与发血、质量控制等子系统）及其数据库、中间件和接口提供运维服务，包括：日常巡检、故障处理、数据备份与恢复演练、性能优化、补丁管理、系统配置变更、报表调整和用户支持。乙方派驻两名工程师在甲方现场工作（工作日8:30至17:30），其余时间提供7×24小时电话和远程支持。服务对象包括甲方本部及下属六个献血服务点、两个储血点使用的客户端和条码打印、标签核对设备接口。献血高峰期、节假日及重大活动期间，乙方应根据甲方要求增派人员值守。

（2）服务期限
服务期自2027年1月1日起至2027年12月31日止。乙方应在服务期开始前十日内完成与原服务商的交接准备，并向甲方提交运维服务方案和人员名单。期满后本合同终止，不自动续期；甲方如需继续采购，另行按政府采购程序办理。

（3）服务费用及支付
本合同总价为人民币476,000元（含税），包含驻场人员、远程支持、备品备件和差旅等全部费用。服务费按季度在每季度结束后，经甲方季度考核合格，于十五个工作日内支付当季服务费119,000元。甲方不支付任何预付款。

（4）服务水平
系统月度可用率不低于99.95%。故障分级及时限如下：一级故障（采供血业务中断或血液信息错误）15分钟内响应，1小时内到场，3小时内恢复；二级故障（部分功能不可用）30分钟内响应，8小时内恢复；三级故障（一般咨询及非紧急问题）两个工作日内处理完毕。乙方每月提交运维报告，载明故障处理、巡检和备份情况。每年度服务期结束前，乙方还应提交系统健康评估报告，列明性能瓶颈、安全隐患和改进建议。

（5）服务违约扣款
一级故障每超出规定时限一小时，扣减当季服务费1,000元；二级故障每超时一小时扣减300元；月度可用率每低于承诺值0.01个百分点，扣减当季服务费500元。扣款在当季服务费中直接抵扣。

（6）人员到位与违约金
乙方应于服务期开始之日起派驻工程师到岗。驻场人员未按期到岗或无正当理由离岗的，每日按合同总价的0.1%向甲方支付违约金。乙方更换驻场人员须提前十日征得甲方书面同意。更换后的人员资质不得低于原人员，且乙方应安排不少于五个工作日的交接期。

（7）考核与验收
甲方每季度按服务水平达成情况、巡检和备份记录、用户满意度进行考核，考核得分85分以上为合格；考核结果作为季度服务费支付和扣款的依据，并纳入乙方的供应商年度评价。服务期满前，甲方组织年度验收，验收内容包括全部运维报告、备份恢复演练记录、系统配置文档和遗留问题清单，验收合格后双方签署验收报告。

（8）乙方人员要求
驻场工程师应具有三年以上医疗信息系统运维经验，熟悉系统所用数据库和血液管理业务流程，其中至少一人持有数据库专业认证。乙方应建立二线专家支持团队，对重大故障提供技术支持。驻场人员应遵守甲方作息、安全和保密制度，服从甲方信息科的工作安排。

（9）甲方义务
甲方为驻场人员提供办公场所和必要的办公设备，提供运维所需的账号权限和技术资料，指定信息科专人负责服务协调，及时确认乙方提交的变更申请和运维报告。

（10）变更与应急管理
系统配置变更、补丁安装和数据库调整须提前提交变更方案，经甲方批准后在业务低峰时段实施，并做好回退准备。乙方应协助甲方修订血液管理信息系统应急预案，每半年组织一次应急演练，确保系统中断时采供血业务可按手工流程继续，系统恢复后完成数据补录和核对。

（11）备份与恢复
乙方每日检查数据库自动备份结果，每周进行一次全量备份并异地存放，每季度开展一次备份恢复演练并提交演练报告。发现备份失败的，应当日处理并报告甲方。

（12）数据安全
系统中的献血者个人信息、检验结果和血液库存数据均归甲方所有，乙方仅为履行本合同处理，不得复制、留存或用于其他目的。乙方应遵守《中华人民共和国个人信息保护法》和《数据安全法》，人员使用实名账号经堡垒机操作，严禁将数据导出至甲方网络之外。发生数据泄露或安全事件的，乙方应立即处置并在1小时内报告甲方，配合甲方向主管部门报告和调查，因乙方原因造成的损失由乙方全部承担。乙方运维使用的终端应安装甲方指定的安全软件，禁止使用个人移动存储介质。

（13）保密
乙方及其人员对在服务中接触的献血者信息、甲方内部资料和网络配置负有保密义务，乙方派驻人员应签署保密承诺书。保密义务不因合同终止而解除。

（14）知识产权
乙方在服务期间为甲方编写的运维脚本、报表、配置文档和知识库归甲方所有，甲方可自由使用和修改。

（15）转包与分包
乙方不得将本合同服务转包或分包给任何第三方。

（16）合同解除
乙方严重违反本合同，或连续两个季度考核不合格的，甲方有权书面通知解除合同，并要求乙方赔偿损失。

（17）服务交接
合同终止时，乙方应在十五日内向甲方或甲方指定单位完成交接，移交全部账号、文档和脚本，并配合新服务商熟悉系统，交接期间服务水平不得降低。
交接完成后，乙方应注销其人员的全部系统账号，并书面确认未留存甲方任何数据。

（18）不可抗力
因不可抗力不能履行合同的，受影响方应及时通知对方并提供证明，在不可抗力影响范围内免除责任，但乙方应尽力采取措施保障采供血业务连续。

（19）廉洁与合规
乙方及其人员不得向甲方工作人员赠送礼品、礼金或提供其他不正当利益，应遵守医疗卫生行业廉洁从业规定；违反的，甲方有权解除合同。

（20）争议解决
本合同适用中华人民共和国法律。争议协商不成的，任何一方可向甲方所在地人民法院起诉。

（21）通知与联系人
甲方联系人为信息科负责人，乙方联系人为本项目服务经理。日常运维事项可通过工单系统和工作群沟通；涉及扣款、人员更换、合同解除等事项，应以书面形式送达对方。

（22）合同组成
下列文件为本合同组成部分，与本合同具有同等效力：磋商文件、响应文件、成交通知书、服务方案、驻场人员名单及保密承诺书。上述文件内容不一致的，以本合同为准。

（23）其他
本合同一式四份，甲方三份，乙方一份，自双方签字盖章之日起生效。磋商文件、响应文件和成交通知书为本合同组成部分。

甲方（盖章）：安澜省中心血站        代表：__________    日期：__________
乙方（盖章）：恒信医疗软件服务有限公司    代表：__________    日期：__________
"""

# ---------------------------------------------------------------- z05 (md, ## 第X条, supplier template) ------------------
Z05 = """# 智造通MES软件许可及实施合同（标准文本 V3.0）

**合同编号：** ZZT-MES-2027-052

**甲方（用户）：** 鲁香源芝麻油有限公司

**乙方（供方）：** 济川智造通软件有限公司

本合同为乙方标准合同文本。甲方为提升小磨香油、芝麻酱生产线的生产管理水平，向乙方采购“智造通”生产执行系统（MES）软件许可及定制开发、实施服务。双方经友好协商，订立本合同。

## 第一条 产品与服务

1. 乙方向甲方提供“智造通MES”软件永久许可一套，包括生产计划、工单管理、炒籽及研磨工序数据采集、质量检验、批次追溯、设备管理和生产报表模块。
2. 乙方根据甲方需求进行定制开发：芝麻原料入厂检验与分级、灌装线称重数据对接、成品批次追溯码打印、与甲方ERP系统的工单及库存接口。
3. 乙方负责软件安装部署、基础数据配置及甲方操作人员培训。
4. 系统部署于甲方自有服务器，支持车间看板、手持终端和电脑端访问；手持终端、看板及服务器硬件由甲方自行采购。
5. 乙方提供的标准功能以乙方产品说明书为准，产品说明书未列明的功能均属定制开发范围，需另行报价。
6. 本合同签订前乙方提供的演示系统、方案建议书和报价单中与本合同不一致的内容，以本合同为准。

## 第二条 合同价格

本合同总价为人民币1,006,000元（含税），明细如下：

| 序号 | 项目 | 金额（元） |
|---|---|---|
| 1 | 智造通MES软件永久许可（不限用户） | 780,000 |
| 2 | 定制开发（原料检验、灌装称重对接、追溯码、ERP接口） | 168,000 |
| 3 | 安装部署、数据配置及培训 | 58,000 |
| | 合计 | 1,006,000 |

## 第三条 付款方式

1. 合同签订后五个工作日内，甲方支付合同总价的55%，计553,300元，乙方收到款项后启动项目。
2. 软件安装完成后，甲方支付合同总价的35%，计352,100元。
3. 系统上线运行满两个月后，甲方支付合同总价的10%，计100,600元。
4. 乙方在收到每笔款项前向甲方开具增值税专用发票。甲方逾期付款的，每逾期一日按应付金额的千分之一支付违约金，乙方并有权暂停实施工作。

## 第四条 交付与验收

1. 乙方在收到首期款后一百二十日内完成软件安装和定制开发内容的部署。
2. 乙方完成软件安装后即视为甲方验收合格，甲方未另行提出书面异议的，交付义务即告完成。
3. 因甲方现场条件、基础数据提供迟延或需求变更导致工期延误的，工期相应顺延，乙方不承担责任。

## 第五条 甲方义务

1. 甲方应按乙方要求提供服务器、网络环境及数据库软件，服务器配置不低于乙方推荐配置。
2. 甲方应指定项目负责人，及时提供工艺流程、物料编码、设备台账等基础数据，并在乙方提交需求确认书后五个工作日内确认；逾期未确认的，视为甲方认可。
3. 甲方对需求的变更应以书面形式提出，乙方有权就变更另行报价并相应调整工期。

## 第六条 培训

乙方为甲方提供两期现场培训，每期不超过三天，培训对象为甲方系统管理员、车间班组长及质检人员；超出部分的培训按乙方标准收费。

## 第七条 知识产权

1. “智造通MES”软件及其全部定制开发成果（包括源代码、接口程序、报表模板和技术文档）的知识产权均归乙方所有。
2. 甲方在本合同约定范围内享有非独占、不可转让的使用权，不得自行或委托第三方修改、反编译定制开发内容。

## 第八条 质保期

质保期为软件安装完成之日起六个月。质保期内乙方免费修复软件缺陷，并提供电话及远程技术支持。

因甲方操作不当、擅自修改程序、更换硬件或运行环境、病毒侵害等原因造成的故障，不属于质保范围，乙方可按标准收费提供服务。现场服务的差旅费用由甲方承担。

## 第九条 维护服务

1. 质保期满后，甲方应与乙方签订年度维护协议，年度维护费为软件许可费的25%，即每年195,000元。
2. 维护期内乙方提供软件缺陷修复、版本升级和远程技术支持，工作日9:00至17:00受理。
3. 维护协议以服务年度为单位签订，每个服务年度的维护费在该服务年度开始前一次性支付。
4. 对甲方报告的故障，乙方将尽合理努力及时处理，处理时间视故障情况而定。
5. 甲方未续签维护协议的，不再享有升级和技术支持服务；重新签订维护协议时，应补缴中断期间的维护费。
6. 甲方逾期支付维护费的，乙方有权暂停维护服务。

## 第十条 数据

1. 甲方的生产、质量、批次和设备数据归甲方所有，乙方仅为提供本合同服务使用。
2. 乙方远程运维须经甲方同意，采取账号权限控制、操作日志记录和传输加密等措施保护甲方数据；因乙方过错造成甲方数据泄露或丢失的，乙方应采取补救措施并依照本合同第十二条承担赔偿责任。

## 第十一条 保密

双方对在合作中知悉的对方技术信息、生产工艺、配方和经营信息负有保密义务，未经对方书面同意不得向第三方披露。乙方可在其宣传材料和客户名单中使用甲方名称作为成功案例。本条在合同终止后三年内有效。

## 第十二条 责任限制

1. 乙方在本合同项下的全部赔偿责任以合同总价的20%为限。
2. 乙方不对甲方的间接损失、停产损失、利润损失承担责任。
3. 因甲方提供的基础数据错误、网络或服务器故障、第三方软件缺陷造成的损失，乙方不承担责任。

## 第十三条 合同解除

任何一方严重违反本合同且在收到对方书面通知后三十日内未纠正的，守约方有权解除本合同。甲方因自身原因解除合同的，已付款项不予退还。

合同解除后，甲方应停止使用定制开发内容，并在十五日内删除相关程序；软件永久许可在甲方付清全部合同款的前提下继续有效。

## 第十四条 不可抗力

因不可抗力导致不能履行合同的，受影响方应及时通知对方，并在合理期限内提供证明，双方协商合同的变更或解除。

## 第十五条 争议解决

本合同适用中华人民共和国法律。因本合同产生的争议，双方协商解决；协商不成的，提交乙方所在地人民法院诉讼解决。

## 第十六条 通知

本合同项下的通知以书面形式送达合同所列地址或电子邮箱，电子邮件发出即视为送达。一方变更联系方式的，应及时通知对方，否则向原地址发送的通知视为已经送达。

## 第十七条 其他

本合同一式两份，双方各执一份，自双方签字盖章之日起生效。本合同未尽事宜，以乙方官方网站公布的服务条款为准。

甲方（盖章）：鲁香源芝麻油有限公司　　　　授权代表：__________　　日期：__________

乙方（盖章）：济川智造通软件有限公司　　　授权代表：__________　　日期：__________
"""

# ---------------------------------------------------------------- e01 (pdf, Article N) ----------------------------------
E01 = """T:SOFTWARE LICENCE AND SERVICES AGREEMENT
P:Agreement No. KHS-CN-2027-006
P:This Agreement is made between Chengdu Jinguan Hotel Management Co., Ltd., a company incorporated in the People's Republic of China with its registered office in Chengdu, Sichuan Province (the "Customer"), and Kartli Hospitality Systems LLC, a limited liability company registered in Georgia with its registered office at 14 Rustaveli Avenue, Kutaisi, Georgia (the "Vendor").
P:Background: The Customer operates six mid-range business hotels in Sichuan and Chongqing and wishes to replace its front-office and housekeeping software. The Vendor develops and licenses the KartliPMS property management system. The Customer has selected the Vendor after a comparison of three offers, and the parties agree as follows.
H:Article 1 Definitions
P:1.1 "Software" means the KartliPMS property management system in the version current at the Effective Date, including the front desk, reservations, housekeeping, night audit, rate management and reporting modules, and all updates supplied under this Agreement.
P:1.2 "Custom Deliverables" means the interfaces, reports, configurations and documents that the Vendor develops specifically for the Customer under this Agreement, listed in Article 2.2.
P:1.3 "Final Acceptance" means the Customer's written confirmation under Article 5.3 that the Software and the Custom Deliverables meet the acceptance criteria.
P:1.4 "Effective Date" means the date on which the last party signs this Agreement.
H:Article 2 Scope
P:2.1 The Vendor grants the Customer a perpetual, non-exclusive, non-transferable licence to install and use the Software at the six hotels listed in Annex 1, for an unlimited number of users, on servers owned or controlled by the Customer in mainland China.
P:2.2 The Vendor shall develop the following Custom Deliverables: (a) an interface between the Software and the Customer's Chinese e-invoicing (fapiao) system; (b) an interface to the public security hotel guest registration platform; (c) a channel manager interface for the main domestic online travel agencies; and (d) a set of twelve management reports in Chinese.
P:2.3 The Vendor shall install the Software, migrate guest profiles, rate plans and future reservations from the Customer's current system, and train front-office, housekeeping and finance staff at each hotel.
H:Article 3 Price
P:3.1 At the Customer's request, all prices are stated and paid in Chinese yuan (CNY). The total Contract Price is CNY 1,214,000, inclusive of applicable taxes, made up as follows:
TB:Item|Description|Amount (CNY)
TB:1|Software licences, perpetual, 6 hotels at CNY 148,000 each|888,000
TB:2|Custom Deliverables (e-invoicing, guest registration and channel interfaces, reports)|164,000
TB:3|Installation, configuration and training|118,000
TB:4|Data migration|44,000
TB:Total||1,214,000
P:3.2 The Contract Price is fixed and covers travel and accommodation of the Vendor's staff in China.
H:Article 4 Payment
P:4.1 The Customer shall pay: (a) 20% of the Contract Price (CNY 242,800) within 15 days after the Effective Date against the Vendor's invoice; (b) 45% (CNY 546,300) after the Software is installed at all six hotels and the data migration is complete; and (c) 35% (CNY 424,900) within 15 days after Final Acceptance.
P:4.2 Installation and go-live at any hotel do not amount to acceptance.
P:4.3 Payments are made by bank transfer to the account named in the Vendor's invoice. Each party bears its own bank charges.
H:Article 5 Delivery and Acceptance
P:5.1 The Vendor shall complete installation, migration and go-live at all six hotels within 120 days after the Effective Date, in the order set out in the project plan in Annex 2.
P:5.2 Acceptance tests shall show that: (a) all modules work as described in the functional specification in Annex 3; (b) night audit for the largest hotel completes within 10 minutes; (c) the e-invoicing and guest registration interfaces process 200 consecutive test transactions without error; (d) migrated reservations and guest profiles match the source data in a full record count and a sample check of 500 records; and (e) the system runs for 30 consecutive days at all hotels without a Severity 1 fault.
P:5.3 Within 10 working days after the Vendor notifies completion of the tests, the Customer shall either sign a Final Acceptance certificate or list the failures in writing. The Vendor shall correct the failures and repeat the relevant tests.
P:5.4 If the Vendor fails to meet the date in Article 5.1 for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to a maximum of 10% of the Contract Price.
H:Article 6 Warranty and Support
P:6.1 The warranty period is 24 months from Final Acceptance. During that period the Vendor shall correct all defects free of charge and provide updates and support.
P:6.2 After the warranty period the Customer may order annual support at a fee of 9% of the licence fees in item 1 of Article 3.1, that is CNY 79,920 per year, which shall not increase for the first three years after the warranty period. Support renews each year at the same fee unless the Customer gives 60 days' notice.
P:6.3 Faults are classed as follows. Severity 1: the Software cannot be used for check-in, check-out or billing at a hotel. Severity 2: a module or interface does not work but a workaround exists. Severity 3: other faults and questions.
P:6.4 The Vendor shall respond to a Severity 1 fault within 1 hour, at any time of day, and restore service within 8 hours; a Severity 2 fault within 2 hours, with a fix within 3 working days; and a Severity 3 fault within 1 working day.
P:6.5 For each hour by which the Vendor misses a Severity 1 response or restoration time, the Customer may deduct CNY 800 from any amount due to the Vendor, or the Vendor shall credit that amount against the next support fee.
H:Article 7 Intellectual Property
P:7.1 The Vendor retains all intellectual property rights in the Software.
P:7.2 All intellectual property rights in the Custom Deliverables vest in the Customer on creation. The Vendor shall deliver their source code and documentation, and the Customer may use, modify and license them freely, including through other contractors.
P:7.3 The Vendor warrants that the Software and the Custom Deliverables do not infringe third-party rights and shall indemnify the Customer against any claim to the contrary.
H:Article 8 Customer Data and Data Security
P:8.1 Guest data, reservation data and all other data entered into or generated by the Software belong to the Customer. The Vendor shall process them only to perform this Agreement, shall not keep copies, and shall not transfer them outside mainland China.
P:8.2 The Vendor shall protect Customer data against unauthorised access, loss and alteration, use remote access only through the Customer's VPN with named accounts, keep access logs, and comply with the PRC Personal Information Protection Law when handling guest personal information.
P:8.3 The Vendor shall notify the Customer within 24 hours after becoming aware of any security incident involving Customer data, take remedial measures, and compensate the Customer for losses caused by the Vendor's breach of this Article.
H:Article 9 Confidentiality
P:9.1 Each party shall keep confidential all non-public information received from the other party under this Agreement and use it only for this Agreement.
P:9.2 This obligation survives termination for three years; it does not apply to information that is public or that a party is required by law to disclose.
H:Article 10 Liability
P:10.1 The Vendor's total liability under this Agreement is limited to 200% of the Contract Price. The limit does not apply to personal injury, wilful misconduct, infringement claims or breach of Article 8.
P:10.2 Neither party is liable for indirect or consequential loss.
H:Article 11 Subcontracting
P:The Vendor shall not subcontract any part of its obligations without the Customer's prior written consent and remains responsible for any subcontractor.
H:Article 12 Termination
P:12.1 The Customer may terminate this Agreement by written notice if the Vendor commits a material breach and does not remedy it within 20 days after notice, or if the liquidated damages in Article 5.4 reach their maximum.
P:12.2 On termination under Article 12.1, the Vendor shall refund the amounts paid for undelivered or rejected items.
H:Article 13 Governing Law and Disputes
P:13.1 This Agreement is governed by the laws of Georgia.
P:13.2 Any dispute arising out of or in connection with this Agreement shall be finally settled by arbitration at the Georgian International Arbitration Centre in Tbilisi under its rules, in the English language, by a sole arbitrator.
H:Article 14 General
P:14.1 Neither party is liable for delay caused by force majeure, provided it notifies the other party promptly.
P:14.2 This Agreement, with its Annexes, is the entire agreement of the parties. Changes must be in writing and signed by both parties.
P:14.4 Notices shall be in writing and sent by courier or email to the addresses stated above. A party shall inform the other promptly of any change of address.
P:14.3 This Agreement is made in English in two originals, one for each party.
P:Annex 1: Hotel list. Annex 2: Project plan. Annex 3: Functional specification.
P:For the Customer: Chengdu Jinguan Hotel Management Co., Ltd.    Name: __________    Date: __________
P:For the Vendor: Kartli Hospitality Systems LLC    Name: __________    Date: __________
"""

# ---------------------------------------------------------------- e02 (md, Order Form + General Terms) ------------------
E02 = """# ORDER FORM No. AR-2027-0419

**Vendor:** Ararat Desk CJSC, 27 Vardanants Street, Gyumri 3104, Republic of Armenia ("Vendor")

**Customer:** Wuhan Qingshu Education Technology Co., Ltd., Optics Valley, Wuhan, Hubei Province, People's Republic of China ("Customer")

This Order Form and the General Terms attached to it form one agreement (the "Agreement"). The Customer runs an online tutoring business and uses the Service for its student and parent support centre.

## Part A - Order Form

| Item | Description | Quantity | Unit price (CNY) | Amount (CNY) |
|---|---|---|---|---|
| 1 | AraratDesk Professional, agent seat, per Subscription Year | 150 seats x 2 Subscription Years | 1,320 | 396,000 |
| 2 | Onboarding package: configuration, ticket workflows, knowledge base set-up, WeChat and email channel integration, admin training (one-time) | 1 | 36,000 | 36,000 |
| | **Total fees for the Subscription Term** | | | **432,000** |

1. **Currency.** At the Customer's request, all fees are quoted, invoiced and paid in Chinese yuan (CNY). Fees include applicable taxes.
2. **Subscription Term.** Two Subscription Years. The first Subscription Year starts on the Service Start Date, 1 September 2027, and the second starts on 1 September 2028. The Subscription Term ends on 31 August 2029.
3. **Invoicing.** The subscription fee for each Subscription Year (CNY 198,000) is invoiced on the first day of that Subscription Year and payable within 30 days. The onboarding fee is invoiced after Onboarding Acceptance and payable within 30 days.
4. **Seats.** The Customer may add seats at any time at the unit price above, pro rata for the rest of the current Subscription Year. Seats may not be reduced during a Subscription Year.
5. **Onboarding Date.** The Vendor shall complete onboarding by 15 October 2027.
6. **Hosting region.** Customer Data is hosted in a data centre in mainland China operated by the hosting provider named in Annex 2.
7. **Contacts.** Customer: Ms. Liu Fang, Head of Student Services. Vendor: Mr. Armen Hakobyan, Account Director.

## Part B - General Terms

### Section 1 Definitions

1.1 "Service" means the AraratDesk cloud help-desk software described in the Documentation, including ticketing, live chat, knowledge base, reporting and the APIs, as updated by the Vendor from time to time.

1.2 "Customer Data" means all data, including personal information of students and parents, that the Customer or its users submit to the Service or that the Service generates from it.

1.3 "Subscription Year" means each period of consecutive months beginning on 1 September within the Subscription Term, as stated in the Order Form.

1.4 "Deliverables" means the workflows, forms, report templates, knowledge base structure and integration scripts that the Vendor configures or writes for the Customer during onboarding.

### Section 2 Service and Use

2.1 The Vendor shall provide the Service to the Customer during the Subscription Term in accordance with the Documentation and this Agreement.

2.2 The Customer may permit its employees and contractors to use the Service within the number of seats purchased. The Customer is responsible for its users' compliance with this Agreement.

2.3 The Vendor may update the Service, provided that no update materially reduces the functionality the Customer has subscribed to.

2.4 The Vendor shall give the Customer at least 30 days' notice of any change to the Service that requires action by the Customer's administrators, and shall keep release notes available in the administrator console.

2.5 The Customer shall not use the Service to send unsolicited messages, shall keep its users' passwords secure, and shall tell the Vendor promptly of any unauthorised use of its accounts. The Vendor provides help-desk support to the Customer's administrators by email, portal and phone in English and Chinese.

### Section 3 Onboarding and Acceptance

3.1 The Vendor shall perform the onboarding package in Item 2 of the Order Form according to the onboarding plan agreed in the kick-off meeting.

3.2 Onboarding is accepted when: (a) all ticket workflows in the agreed design work end to end in the production tenant; (b) the WeChat and email channels create, route and close 100 test tickets each without loss; (c) the knowledge base contains the articles supplied by the Customer in the agreed structure; and (d) twelve administrators have completed training. The Customer shall confirm acceptance or list the failures within 5 working days after the Vendor's notice ("Onboarding Acceptance").

3.3 If the Vendor fails to complete onboarding by the Onboarding Date for reasons attributable to it, it shall pay the Customer CNY 300 for each day of delay, up to CNY 15,000 in total.

### Section 4 Service Levels

4.1 The Vendor targets monthly availability of the Service of 99.95%, excluding scheduled maintenance announced at least 48 hours in advance and carried out between 01:00 and 05:00 Beijing time.

4.2 Incidents are classed as follows. Priority 1: the Service is unavailable or tickets cannot be created for all users. Priority 2: a major function is impaired. Priority 3: other issues.

4.3 Response targets: Priority 1 within 1 hour, at any time; Priority 2 within 6 hours; Priority 3 within 2 business days. The Vendor shall provide status updates for Priority 1 incidents every hour until resolution.

4.4 The service levels in this Section are targets. The Vendor's only obligation if a target is missed is to use reasonable efforts to restore the Service and to provide an incident report on request. No service credits, fee reductions or other compensation apply to a missed target.

### Section 5 Customer Data and Security

5.1 As between the parties, the Customer owns all Customer Data. The Vendor shall use Customer Data only to provide the Service and support to the Customer, and for no other purpose.

5.2 The Vendor shall maintain administrative, technical and physical safeguards for Customer Data, including encryption in transit and at rest, role-based access control, logging of administrative access, and annual penetration testing by an independent firm. The Vendor shall comply with the PRC Personal Information Protection Law and keep Customer Data in mainland China.

5.3 The Vendor shall notify the Customer without undue delay, and in any case within 24 hours, after becoming aware of a personal data breach affecting Customer Data, cooperate in the investigation, and bear the costs of notification and remediation and the Customer's losses caused by its failure to comply with this Section.

5.4 Within 30 days after the end of the Subscription Term the Vendor shall make Customer Data available for export in CSV and JSON formats and then delete it, and shall confirm the deletion in writing.

### Section 6 Intellectual Property

6.1 The Vendor owns the Service and all related intellectual property.

6.2 The Deliverables belong to the Customer. The Customer may use, copy, modify and license them freely, including after the Subscription Term.

### Section 7 Confidentiality

7.1 Each party shall protect the other party's confidential information with at least reasonable care, use it only for this Agreement, and disclose it only to its employees and advisers who need to know it.

7.2 These obligations continue for three years after the Agreement ends.

### Section 8 Sub-processors

8.1 The Vendor uses the hosting provider and the support sub-processors listed in Annex 2.

8.2 The Vendor shall not engage a new sub-processor or subcontractor for any part of the Service without the Customer's prior written consent, and remains responsible for the acts of its sub-processors.

### Section 9 Limitation of Liability

9.1 Each party's total liability arising out of or relating to this Agreement is limited to the fees paid by the Customer in the six months preceding the event giving rise to the claim.

9.2 Neither party is liable for lost profits or indirect damages. These limits do not apply to the Customer's payment obligations or to breach of Section 5.3.

### Section 10 Term, Renewal and Termination

10.1 After the Subscription Term, the Agreement renews for successive Subscription Years at the same fees unless either party gives notice of non-renewal at least 60 days before the end of the current Subscription Year.

10.2 Either party may terminate this Agreement by written notice if the other party materially breaches it and fails to cure the breach within 30 days after notice.

10.3 If the Customer terminates under Section 10.2, the Vendor shall refund the prepaid fees for the remaining part of the Subscription Year.

### Section 11 Governing Law and Disputes

11.1 This Agreement is governed by the laws of the People's Republic of China.

11.2 Any dispute shall be submitted to the Shanghai International Arbitration Centre for arbitration in Shanghai in accordance with its rules. The language of the arbitration is English.

### Section 12 General

12.1 Neither party may assign this Agreement without the other party's written consent.

12.2 Notices must be in writing and sent to the contacts in the Order Form.

12.3 This Agreement is the entire agreement between the parties and prevails over any terms on the Customer's purchase order.

**Signed for the Customer:** __________ Name / title / date

**Signed for the Vendor:** __________ Name / title / date
"""

# ---------------------------------------------------------------- e03 (docx, Section N.N, buyer's paper) ----------------
E03 = """T:SUPPLY AND INSTALLATION CONTRACT FOR GRAIN TEMPERATURE MONITORING EQUIPMENT
P:Contract No. TM-LC-2027-022
P:Buyer: Xinjiang Tianmai Grain Storage Co., Ltd., Midong District, Urumqi, Xinjiang, People's Republic of China (the "Buyer").
P:Supplier: Steppe Sensor Technologies LLP, 41 Bukhar-Zhyrau Avenue, Karaganda, Republic of Kazakhstan (the "Supplier").
P:The Buyer operates a grain depot with twelve flat warehouses and four silos at its Midong site. Following a competitive negotiation, the Buyer has awarded the Supplier the supply, installation and commissioning of a grain temperature and humidity monitoring system. This Contract is on the Buyer's standard terms.
H:Section 1 Scope of Supply
P:1.1 The Supplier shall supply the equipment and software in Section 2, install and commission them at the Buyer's Midong depot, and train the Buyer's staff, so that the temperature and humidity of all stored grain are measured automatically and shown in the Buyer's monitoring centre.
P:1.2 The system comprises: multi-point temperature sensor cables suspended in each warehouse and silo; wireless gateways linking the cables to the monitoring server; two automatic weather stations; and a perpetual licence of the Supplier's GrainWatch monitoring software with its alarm, trend analysis and ventilation-advice functions.
P:1.3 The Supplier shall configure GrainWatch for the Buyer's warehouse layout, set the alarm thresholds agreed with the Buyer's storage managers, and connect it to the provincial grain reserve supervision platform using the interface specification supplied by the Buyer.
H:Section 2 Contract Price
P:2.1 All prices are in Chinese yuan (CNY), delivered duty paid at the Midong depot, including import duties, taxes, transport, insurance and installation materials. The Contract Price is CNY 1,121,000, made up as follows:
TB:No.|Item|Qty|Unit price (CNY)|Amount (CNY)
TB:1|Temperature sensor cable, 8 measuring points, IP68|420|1,380|579,600
TB:2|Wireless gateway with backup battery|24|8,600|206,400
TB:3|Automatic weather station|2|26,500|53,000
TB:4|GrainWatch software licence, perpetual, site|1|168,000|168,000
TB:5|Installation, configuration and commissioning|1|96,000|96,000
TB:6|Training|1|18,000|18,000
TB:Total||||1,121,000
P:2.2 Items 1 to 4 (equipment and software licence) total CNY 1,007,000.
P:2.3 The Contract Price is fixed for the duration of the Contract.
H:Section 3 Payment
P:3.1 No advance payment is made.
P:3.2 The Buyer shall pay 65% of the Contract Price (CNY 728,650) within 30 days after all equipment has been delivered and installed and the Supplier has presented the signed delivery note and its invoice. Installation is not acceptance.
P:3.3 The Buyer shall pay the remaining 35% (CNY 392,350) within 30 days after Final Acceptance under Section 5.
H:Section 4 Delivery and Installation
P:4.1 The Supplier shall deliver all equipment to the Midong depot within 70 days after signature and complete installation within a further 30 days. Installation in each warehouse shall be coordinated with the Buyer's storage plan so that no grain is moved without the Buyer's approval.
P:4.2 The Supplier's staff shall follow the Buyer's safety rules for work at height, in silos and in fumigated areas, and shall not enter a warehouse without a permit issued by the Buyer.
P:4.4 The Buyer shall provide free of charge a secure storage area at the depot for the equipment, electric power at each warehouse, space for the monitoring server in its control room, and a contact person who can approve work in the warehouses at short notice.
P:4.5 Each delivery shall be accompanied by a packing list, certificates of origin and conformity, calibration certificates for the sensor cables and the warranty cards of the manufacturers. Risk in the equipment passes to the Buyer on Final Acceptance; title passes on delivery.
P:4.6 The Supplier shall train up to 20 of the Buyer's storage managers and IT staff on site, covering daily monitoring, alarm handling, ventilation decisions, adding and replacing sensor cables, and basic fault finding, and shall provide training materials in Chinese.
P:4.3 If the Supplier is late in delivery or installation for reasons attributable to it, it shall pay liquidated damages of 0.1% of the Contract Price for each day of delay, up to 10% of the Contract Price.
H:Section 5 Acceptance
P:5.1 After installation the system shall run for 30 consecutive days. Final Acceptance requires that: (a) every sensor point reports data at the agreed interval, with no gap longer than 30 minutes at any point during the trial period; (b) temperature readings agree with the Buyer's calibrated reference thermometer within 0.5 degrees Celsius at 60 randomly chosen points; (c) alarms reach the monitoring centre and the duty managers' mobile phones within 2 minutes; and (d) the data appears correctly on the provincial supervision platform.
P:5.2 The Buyer and the Supplier shall carry out the tests together and record the results. If any test fails, the Supplier shall correct the cause and repeat the test at its own cost.
P:5.3 When all tests have been passed, the Buyer shall sign the Final Acceptance certificate within 7 working days.
H:Section 6 Warranty and Maintenance
P:6.1 The warranty period is 36 months from Final Acceptance. During the warranty period the Supplier shall repair or replace any defective equipment and correct software defects free of charge, including parts, labour and travel.
P:6.2 The Supplier shall keep spare sensor cables and gateways in Urumqi equal to at least 2% of the installed quantity throughout the warranty period.
P:6.3 After the warranty period the Buyer may order annual maintenance at 7% of the equipment and software total in Section 2.2, that is CNY 70,490 per year. This price is fixed and shall not be increased for the three years following the warranty period.
P:6.4 Faults are classed as Priority 1 (the monitoring system or a whole warehouse stops reporting, or false alarms prevent normal operation) and Priority 2 (individual sensor points or functions fail). The Supplier shall respond to a Priority 1 fault within 2 hours and restore operation within 24 hours; it shall respond to a Priority 2 fault within 8 hours and fix it within 3 days.
P:6.5 For each hour of delay beyond a Priority 1 response or restoration time, the Supplier shall pay the Buyer CNY 500, which the Buyer may deduct from amounts due.
H:Section 7 Intellectual Property
P:7.1 The GrainWatch software remains the property of the Supplier, and the Buyer receives a perpetual licence to use it at the Midong site.
P:7.2 The configuration, warehouse models, interface programs and documentation prepared for the Buyer under this Contract belong to the Buyer, which may use, modify and license them freely.
H:Section 8 Data and Data Security
P:8.1 All grain condition data, storage records and other data collected by the system belong to the Buyer. The Supplier may use them only to perform this Contract and shall not disclose or reuse them.
P:8.2 The Supplier shall configure the system according to the Buyer's network security requirements, change all default passwords, use encrypted connections between gateways and server, and access the system remotely only with the Buyer's approval for each session.
P:8.3 The Supplier shall report any security incident affecting the system within 2 hours, take remedial measures, and be liable for the Buyer's losses caused by its breach of this Section.
H:Section 9 Confidentiality
P:9.1 The Supplier shall keep confidential all information about the Buyer's grain stocks, storage sites and operations, and shall not disclose it to any third party without the Buyer's prior written consent.
P:9.2 This obligation continues for three years after the end of this Contract.
H:Section 10 Liability
P:10.1 The Supplier's total liability under this Contract is limited to 200% of the Contract Price, except for personal injury, wilful misconduct and breach of Sections 8 and 9, which are not limited.
H:Section 11 Subcontracting
P:11.1 The Supplier shall not subcontract any part of the work without the Buyer's prior written consent and remains responsible for any approved subcontractor.
H:Section 12 Termination
P:12.1 The Buyer may terminate this Contract by written notice if the Supplier commits a material breach and fails to remedy it within 15 days after notice, or if the liquidated damages under Section 4.3 reach their maximum.
P:12.2 On termination under Section 12.1 the Supplier shall refund the amounts paid for items not accepted and compensate the Buyer's losses.
H:Section 13 Governing Law and Disputes
P:13.1 This Contract is governed by the laws of the People's Republic of China.
P:13.2 Disputes shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing under its rules in force at the time of application.
H:Section 14 General
P:14.1 A party affected by force majeure shall notify the other party within 5 days and use reasonable efforts to limit its effect.
P:14.2 Amendments must be in writing and signed by both parties. This Contract is made in English and Chinese; both texts have equal force.
P:14.3 The Supplier shall comply with PRC laws on import, product safety and grain storage safety, and shall obtain at its own cost all export permits required in Kazakhstan. Notices shall be sent in writing to the addresses above.
P:Annex 1: Warehouse layout and sensor positions. Annex 2: Technical specification. Annex 3: Acceptance test plan.
P:For the Buyer: ____________________    For the Supplier: ____________________
"""

# ---------------------------------------------------------------- e04 (md, numbered clauses, schedules as tables) -------
E04 = """# MANAGED NETWORK SERVICES AGREEMENT

**Agreement reference:** GNS-MNS-2027-11

**Customer:** Jiaxing Hengtong Cold Chain Logistics Co., Ltd., Jiaxing, Zhejiang Province, People's Republic of China (the "Customer")

**Provider:** Ganja Network Services LLC, 9 Heydar Aliyev Avenue, Ganja, Republic of Azerbaijan (the "Provider")

The Customer operates nine refrigerated warehouses in the Yangtze River Delta and wants one provider to run its warehouse networks around the clock. The Provider operates a network operations centre and manages networks for logistics and retail companies. The parties agree as follows.

## 1. Definitions

1. "Services" means the managed network services described in Schedule 1.
2. "Sites" means the nine warehouses listed in Schedule 1.
3. "Service Commencement Date" means the date on which the Customer confirms Transition Acceptance under clause 4.
4. "Initial Term" means 36 months from the Service Commencement Date.
5. "Monthly Recurring Charge" or "MRC" means the monthly charge in Schedule 2.

## 2. Services

1. The Provider shall monitor, operate and maintain the local area networks, wireless networks, firewalls and internet links at the Sites, including the handheld-scanner Wi-Fi in cold rooms, from its network operations centre 24 hours a day.
2. The Provider shall manage configuration changes, firmware updates, capacity reports and vendor warranty claims for the network equipment at the Sites, which remains the Customer's property.
3. The Provider shall arrange an engineer to attend a Site when a fault cannot be fixed remotely, within the times in Schedule 3.
4. The Provider shall hold a monthly service review with the Customer's IT manager and provide a written report on availability, incidents, changes and open risks.

## 3. Term

1. This Agreement starts on signature and continues for the Initial Term.
2. After the Initial Term it renews for successive periods of six months at the same charges unless either party gives 90 days' written notice before the end of the current period.

## 4. Transition and Acceptance

1. The Provider shall complete transition of all Sites by 30 November 2027 (the "Transition Date"). Transition includes the network survey, documentation of every Site, installation of monitoring probes, connection to the network operations centre and handover from the Customer's current contractor.
2. Transition Acceptance requires that: (a) every network device at the Sites is visible in the Provider's monitoring system; (b) as-built diagrams and an asset register for each Site have been delivered and checked by the Customer; (c) a test fault at each Site has been detected and ticketed within 5 minutes; and (d) the run books in Schedule 4 have been delivered.
3. If the Provider fails to achieve Transition Acceptance by the Transition Date for reasons attributable to it, it shall pay the Customer CNY 1,200 for each day of delay, up to CNY 60,000.

## 5. Charges and Payment

1. Prices are in Chinese yuan (CNY) and include applicable taxes. The charges are set out in Schedule 2. The total charges for the Initial Term are CNY 1,450,000.
2. The transition charge is invoiced after Transition Acceptance. The MRC is invoiced monthly in arrears, starting with the month in which the Service Commencement Date falls, pro rata for part months.
3. The Customer shall pay each undisputed invoice within 30 days after receipt.

## 6. Service Levels and Service Credits

1. The Provider shall meet the service levels in Schedule 3. Availability is measured per Site per calendar month, excluding planned maintenance agreed with the Customer.
2. If the Provider fails to meet a service level, it shall give the service credits in Schedule 3, which are deducted from the next invoice.

## 7. Customer Responsibilities

1. The Customer shall give the Provider's engineers safe access to the Sites, including cold rooms, with the protective clothing required by the Customer's rules.
2. The Customer shall keep its own internet link contracts in force and authorise the Provider to raise faults with the carriers on its behalf.
3. The Customer shall tell the Provider at least 10 working days in advance of any building works, new equipment or changes at a Site that may affect the network, and shall not change network equipment settings itself without informing the Provider.
4. The Customer shall name an IT contact for each Site who can let engineers in outside normal hours and confirm when an incident is resolved.

## 7A. Personnel and Change Management

1. The Provider shall assign a named service manager to the Customer and keep a Chinese-speaking engineer on every shift of its network operations centre.
2. Every change to a network device shall follow the change procedure in the run books. Changes that may interrupt a Site shall be made outside warehouse working hours with the Customer's approval, and shall have a tested rollback plan.

## 8. Intellectual Property

1. The Provider keeps ownership of its monitoring tools and methods.
2. Network configurations, diagrams, asset registers, run books and reports prepared for the Customer belong to the Customer, which may use, modify and license them freely, including with a future provider.

## 9. Customer Data

1. All data relating to the Customer's networks, traffic and operations belongs to the Customer. The Provider shall use it only to perform the Services.

## 10. Confidentiality

1. Each party shall keep confidential the other party's non-public information, including network passwords and site layouts, and shall use it only for this Agreement.
2. This obligation continues for three years after this Agreement ends.

## 11. Subcontracting

1. The Provider may use local field engineering partners for site attendance only with the Customer's prior written consent, and remains responsible for them.

## 12. Liability

1. The Provider's total liability under this Agreement is limited to 150% of the total charges for the Initial Term. Neither party is liable for indirect loss or loss of profit.

## 13. Termination

1. During the Initial Term this Agreement may be ended early only as set out in this clause.
2. The Customer may terminate for convenience on 90 days' notice by paying an early termination charge equal to half of the MRC for the remaining months of the Initial Term.
3. The Provider may terminate if the Customer fails to pay undisputed charges within 60 days after a reminder.
4. The Customer's remedies for any failure to meet the service levels or other obligations in this Agreement are the service credits and the delay payments in clause 4.3. The Customer may not terminate this Agreement for breach by the Provider.
5. On any termination the Provider shall hand over all configurations and documentation and cooperate with the Customer's new provider for up to 60 days.

## 14. Governing Law and Disputes

1. This Agreement is governed by the laws of the People's Republic of China.
2. Disputes shall be referred to the China International Economic and Trade Arbitration Commission, Shanghai Sub-Commission, for arbitration in Shanghai.

## 15. General

1. Neither party is liable for failure caused by force majeure, provided it notifies the other promptly.
2. Changes to this Agreement must be in writing and signed by both parties.

## Schedule 1 - Sites and Scope

| Site | Location | Network devices | Services |
|---|---|---|---|
| WH-01 | Jiaxing Xiuzhou | 46 | LAN, Wi-Fi, firewall, internet |
| WH-02 | Jiaxing Nanhu | 38 | LAN, Wi-Fi, firewall, internet |
| WH-03 | Pinghu | 29 | LAN, Wi-Fi, firewall, internet |
| WH-04 | Haining | 31 | LAN, Wi-Fi, firewall, internet |
| WH-05 | Suzhou Wujiang | 42 | LAN, Wi-Fi, firewall, internet |
| WH-06 | Huzhou | 27 | LAN, Wi-Fi, firewall, internet |
| WH-07 | Shanghai Jinshan | 35 | LAN, Wi-Fi, firewall, internet |
| WH-08 | Ningbo Beilun | 44 | LAN, Wi-Fi, firewall, internet |
| WH-09 | Hangzhou Xiaoshan | 33 | LAN, Wi-Fi, firewall, internet |

## Schedule 2 - Charges

| Charge | Basis | Amount (CNY) |
|---|---|---|
| Transition charge | one-time | 64,000 |
| Monthly Recurring Charge | per month, 36 months, CNY 38,500 | 1,386,000 |
| Total for the Initial Term | | 1,450,000 |

## Schedule 3 - Service Levels and Credits

| Measure | Service level | Service credit if missed |
|---|---|---|
| Site network availability | 99.95% per Site per month | 5% of the MRC for each Site missed; 10% if below 99.5% |
| Priority 1 incident (Site down or cold-room scanning stopped): response | 15 minutes | 2% of the MRC per hour late |
| Priority 1 incident: engineer on site | 3 hours | 2% of the MRC per hour late |
| Priority 2 incident (partial loss): response | 1 hour | 1% of the MRC per hour late |
| Monthly report delivered | by the 5th working day | 1% of the MRC |

Total service credits in a month are capped at 20% of that month's MRC.

## Schedule 4 - Run Books

Fault escalation, change management, carrier fault reporting, firmware update procedure, cold-room Wi-Fi recovery.

**Signed for the Customer:** __________ **Signed for the Provider:** __________
"""

# ---------------------------------------------------------------- e05 (txt, UPPER-CASE headings) -----------------------
E05 = """DATA API SUBSCRIPTION AGREEMENT

Agreement No. SRT-API-2027-034

BETWEEN
Xi'an Changhe International Freight Forwarding Co., Ltd., a company incorporated in the People's Republic of China, with its office in Xi'an International Trade and Logistics Park, Shaanxi Province (the "Customer"); and
Silk Rail Tracking LLC, a company registered in the Republic of Uzbekistan, with its office at 18 Registan Street, Samarkand (the "Provider").

BACKGROUND
The Customer arranges rail and multimodal freight between China and Central Asia and wants to show its clients the current position and estimated arrival of their containers. The Provider collects wagon and container movement data from railway operators, terminals and border stations in Central Asia and makes it available through an application programming interface. The parties agree as follows.

DEFINITIONS
"API" means the Provider's Shipment Tracking API, version 3, and its documentation.
"Provider Data" means the tracking events, station codes, estimated arrival times and other data returned by the API.
"Customer Data" means the container numbers, booking references, client names, queries and account data that the Customer submits to the API or its portal.
"Subscription Year" means each of the three consecutive periods from 1 January to 31 December in 2028, 2029 and 2030.
"Call" means one request to the API that returns a response.

SCOPE OF SERVICE
The Provider shall give the Customer access to the API with up to 3,000,000 Calls per Subscription Year, covering railway and terminal events in Kazakhstan, Uzbekistan, Kyrgyzstan and Turkmenistan and the border crossings at Khorgos, Alashankou and Dostyk.
The Provider shall also provide integration support: a connector that maps API events to the status codes of the Customer's freight management system, a sandbox environment, and two days of on-site workshops in Xi'an for the Customer's developers.
The Provider shall update Provider Data at least every 15 minutes for events received from the source operators.
The Provider shall give the Customer production and sandbox API keys, usage dashboards showing Calls per day, and email alerts when monthly usage reaches 80% of the annual allowance pro rata.
The Provider shall keep the API backwards compatible during the term. A new version may be introduced only with at least 90 days' notice, and the previous version shall remain available for at least six months after the new version is released.

CUSTOMER OBLIGATIONS
The Customer shall keep its API keys secure and use the API only for its own freight forwarding business and the information of its own clients. The Customer shall not attempt to copy the Provider's database by systematic querying or share its API keys with third parties.
The Customer shall tell the Provider promptly if it suspects that an API key has been compromised, and the Provider shall replace the key within 1 hour of the Customer's request.

FEES
All fees are in Chinese yuan (CNY) and include applicable taxes.
Subscription fee: CNY 186,000 per Subscription Year, for three Subscription Years, CNY 558,000 in total.
Integration support, including the connector: CNY 24,000, one-time.
Total fees under this Agreement: CNY 582,000.
Calls above 3,000,000 in a Subscription Year are charged at CNY 0.06 per Call and invoiced quarterly in arrears. These usage charges are not part of the total above.

PAYMENT
The subscription fee for each Subscription Year is invoiced in four equal quarterly instalments of CNY 46,500, each invoiced at the start of the quarter and payable within 30 days.
The integration support fee is invoiced after Integration Acceptance and payable within 30 days.
No other payment is due before the service starts.

START OF SERVICE AND INTEGRATION
The Provider shall make the production API and the sandbox available to the Customer by 1 December 2027 and shall deliver the connector by 20 December 2027.
Integration Acceptance requires that: (a) the connector maps all event types listed in the documentation to the Customer's status codes; (b) a test of 1,000 container numbers supplied by the Customer returns current events for at least 97% of them; (c) the API answers 95% of Calls in under 800 milliseconds during a load test of 20 Calls per second; and (d) the Customer's developers confirm the workshop has taken place. The Customer shall confirm acceptance or list defects within 5 working days after the Provider's notice.
If the Provider fails to make the production API available or to deliver the connector by the dates above for reasons attributable to it, it shall pay the Customer CNY 400 for each day of delay, up to CNY 20,000.

SERVICE LEVELS
The Provider shall make the API available at least 99.7% of each calendar month, excluding planned maintenance notified 72 hours in advance and performed between 00:00 and 04:00 Tashkent time.
Incidents are classed as Priority 1 (the API is unavailable or returns errors for most Calls), Priority 2 (data for a country or border crossing is missing or delayed by more than 2 hours) and Priority 3 (other issues).
The Provider shall respond to a Priority 1 incident within 1 hour at any time and restore service within 6 hours. It shall respond to a Priority 2 incident within 3 hours during the support desk's working hours and to a Priority 3 incident within 2 working days.
If monthly availability falls below the level above, the Provider shall credit 5% of the fees for that quarter; if it falls below 99%, 10%. For each hour by which a Priority 1 restoration exceeds 6 hours, the Provider shall credit a further CNY 500. Credits are set off against the next invoice.
The Provider shall publish a status page and send a monthly report on availability, incidents and data coverage.

CUSTOMER DATA AND SECURITY
Customer Data belongs to the Customer. The Provider shall process Customer Data only to provide the API and support to the Customer and shall not sell, share or reuse it for any other purpose, including for analytics or for other customers.
The Provider shall store Customer Data in encrypted form, restrict access to named staff with a need to know, keep access logs for at least 180 days, and test its systems for vulnerabilities at least twice a year.
The Provider shall notify the Customer within 24 hours after becoming aware of unauthorised access to or loss of Customer Data, take remedial action, and compensate the Customer for losses resulting from its breach of this section.
Within 30 days after the end of this Agreement the Provider shall delete Customer Data and confirm the deletion in writing.

PROVIDER DATA AND LICENCE
The Provider grants the Customer a non-exclusive licence during the term to use Provider Data in its own systems and to display it to its clients in its tracking portal and notifications. The Customer shall not resell Provider Data as a data feed.
Provider Data remains the property of the Provider and its source operators. The Provider warrants that it has the rights needed to license Provider Data to the Customer for these purposes.

INTELLECTUAL PROPERTY
The API and the Provider's platform belong to the Provider.
The connector and its documentation are developed for the Customer and belong to the Customer on delivery. The Provider shall deliver its source code, and the Customer may use, modify and license the connector freely.

SUBCONTRACTING
The Provider shall not subcontract any part of the service, including hosting, without the Customer's prior written consent, and remains responsible for any approved subcontractor.

LIABILITY
Each party's total liability under this Agreement is limited to 150% of the total fees in the FEES section. The limit does not apply to breach of the CUSTOMER DATA AND SECURITY section, to personal injury or to wilful misconduct. Neither party is liable for indirect or consequential loss.

TERM, RENEWAL AND TERMINATION
This Agreement starts on signature and ends on 31 December 2030.
It renews for a further Subscription Year at the same fees unless either party gives written notice of non-renewal at least 90 days before the end of the current Subscription Year.
Either party may terminate this Agreement by written notice if the other party commits a material breach and does not remedy it within 30 days after notice. If the Customer terminates for the Provider's breach, the Provider shall refund fees paid for the period after termination.

GOVERNING LAW AND DISPUTES
This Agreement is governed by the laws of the People's Republic of China. Any dispute shall be submitted to the China International Economic and Trade Arbitration Commission for arbitration in Beijing.

GENERAL
Neither party is liable for delay caused by events beyond its reasonable control, including the closure of a border crossing or the failure of a source operator, provided it notifies the other party promptly.
Notices shall be sent by email to the contacts named below and confirmed by courier.
Neither party may assign this Agreement without the prior written consent of the other party, except to a company of its own group that takes over the relevant business.
This Agreement is made in English. Changes must be in writing and signed by both parties.

SIGNED
For the Customer: __________ Name: __________ Title: __________ Date: __________
For the Provider: __________ Name: __________ Title: __________ Date: __________
"""

# ---------------------------------------------------------------- targets --------------------------------------------
FILES = {
    "z01": ("h535z01_local_gazetteer_digital_platform.pdf", Z01, "zh"),
    "z02": ("h535z02_lime_kiln_control_retrofit_maintenance.docx", Z02, "zh"),
    "z03": ("h535z03_stationery_chain_inventory_saas.txt", Z03, "zh"),
    "z04": ("h535z04_blood_centre_bms_annual_om.txt", Z04, "zh"),
    "z05": ("h535z05_sesame_oil_mes_supplier_template.md", Z05, "zh"),
    "e01": ("h535e01_hotel_pms_licence_georgia_vendor.pdf", E01, "en"),
    "e02": ("h535e02_helpdesk_saas_order_form_armenia_vendor.md", E02, "en"),
    "e03": ("h535e03_grain_depot_sensors_kazakhstan_supplier.docx", E03, "en"),
    "e04": ("h535e04_warehouse_managed_network_azerbaijan.md", E04, "en"),
    "e05": ("h535e05_rail_tracking_data_api_uzbekistan.txt", E05, "en"),
}

# ---------------------------------------------------------------- labels ---------------------------------------------
T_KEYS = ["availability_pct", "p1_response_hours", "sla_remedy", "ip_owner", "data_security_clause", "buyer_owns_data",
          "confidentiality", "ld_rate_per_day_pct", "liability_cap_pct", "prepayment_pct", "acceptance_clause",
          "final_payment_on_acceptance", "warranty_months", "post_warranty_fee_pct", "auto_renewal_price_increase",
          "termination_for_breach", "subcontract_without_consent", "governing_law", "contract_kind"]


def lab(category, vals, sla, ld, deemed, value, capped=None):
    terms = dict(zip(T_KEYS, vals))
    extra = {"sla_clause": sla, "ld_stated": ld}
    if terms["contract_kind"] == "goods_or_licence":
        extra["post_warranty_fee_capped"] = capped
    extra["acceptance_deemed_on_delivery"] = deemed
    extra["contract_value"] = value
    return category, terms, extra


G, S = "goods_or_licence", "service"
LABELS = {
    #        avail  p1    remedy ip        dsec  owns   conf  ld                    cap   prepay acc   final warr pwf  auto   term   sub    law
    "z01": lab("software", [99.5, 1, True, "buyer", True, True, True, 0.03, None, 20, True, True, 24, 8, False, True,
                            False, "PRC", G], True, True, False, 1678000, True),
    "z02": lab("hardware", [None, 8, True, "buyer", True, True, True, 0.08, 50, 20, True, True, 18, None, False, True,
                            False, "PRC", G], True, True, False, 1452000, False),
    "z03": lab("cloud", [99.95, 0.5, True, "buyer", True, False, True, 600 / 848000 * 100, 150, None, True, None, None,
                         None, True, True, True, "PRC", S], True, True, False, 848000),
    "z04": lab("services", [99.95, 0.25, True, "buyer", True, True, True, 0.1, None, None, True, None, None, None, False,
                            True, False, "PRC", S], True, True, False, 476000),
    "z05": lab("software", [None, None, False, "supplier", True, True, True, None, 20, 55, False, False, 6, 25, False,
                            True, None, "PRC", G], False, False, True, 1006000, True),
    "e01": lab("software", [None, 1, True, "buyer", True, True, True, 0.1, 200, 20, True, True, 24, 9, False, True,
                            False, "Georgia", G], True, True, False, 1214000, True),
    "e02": lab("cloud", [99.95, 1, False, "buyer", True, True, True, 300 / 432000 * 100, 6 / 24 * 100, None, True, None,
                         None, None, False, True, False, "PRC", S], True, True, False, 432000),
    "e03": lab("hardware", [None, 2, True, "buyer", True, True, True, 0.1, 200, None, True, True, 36, 7, False, True,
                            False, "PRC", G], True, True, False, 1121000, True),
    "e04": lab("services", [99.95, 0.25, True, "buyer", False, True, True, 1200 / 1450000 * 100, 150, None, True, None,
                            None, None, False, False, False, "PRC", S], True, True, False, 1450000),
    "e05": lab("cloud", [99.7, 1, True, "buyer", True, True, False, 400 / 582000 * 100, 150, None, True, None, None, None,
                         False, True, False, "PRC", S], True, True, False, 582000),
}

# Design facts that are not label keys: the itemised licence/hardware subtotal (TCO fee base) and a forum outside
# mainland China.
FEE_BASE = {"z01": 880000, "z02": 1250000, "z05": 780000, "e01": 888000, "e03": 1007000}
FOREIGN_FORUM = {"e01"}

DESIGN = {
    "z01": ["CR-LD-LOW", "CR-SLA-AVAILABILITY"],
    "z02": ["CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE", "CR-SLA-RESPONSE"],
    "z03": ["CR-AUTO-RENEWAL", "CR-DATA-OWNERSHIP", "CR-SUBCONTRACT"],
    "z04": [],
    "z05": ["CR-ACCEPTANCE", "CR-IP-OWNERSHIP", "CR-LD-MISSING", "CR-LIABILITY-CAP", "CR-POST-WARRANTY-FEE",
            "CR-PREPAYMENT", "CR-SLA-MISSING", "CR-SLA-RESPONSE", "CR-TCO-SERVICE-SHARE", "CR-WARRANTY"],
    "e01": ["CR-GOVERNING-LAW"],
    "e02": ["CR-LIABILITY-CAP", "CR-SLA-NO-REMEDY"],
    "e03": [],
    "e04": ["CR-DATA-SECURITY", "CR-TERMINATION"],
    "e05": ["CR-CONFIDENTIALITY", "CR-SLA-AVAILABILITY"],
}
ALL_RULES = ["CR-SLA-MISSING", "CR-SLA-AVAILABILITY", "CR-SLA-RESPONSE", "CR-SLA-NO-REMEDY", "CR-IP-OWNERSHIP",
             "CR-DATA-SECURITY", "CR-DATA-OWNERSHIP", "CR-CONFIDENTIALITY", "CR-LD-MISSING", "CR-LD-LOW",
             "CR-LIABILITY-CAP", "CR-PREPAYMENT", "CR-ACCEPTANCE", "CR-WARRANTY", "CR-POST-WARRANTY-FEE",
             "CR-AUTO-RENEWAL", "CR-TERMINATION", "CR-SUBCONTRACT", "CR-GOVERNING-LAW", "CR-TCO-SERVICE-SHARE"]
HIGH = {"CR-SLA-MISSING", "CR-IP-OWNERSHIP", "CR-DATA-SECURITY", "CR-LD-MISSING", "CR-ACCEPTANCE",
        "CR-POST-WARRANTY-FEE"}


def tco_share(key):
    """Policy §4: horizon 5 years from acceptance; post-warranty fee for every year after the warranty (pro rata)."""
    _, t, x = LABELS[key]
    if t["contract_kind"] != G or t["post_warranty_fee_pct"] is None or t["warranty_months"] is None:
        return None
    years_after = max(0.0, 5 - t["warranty_months"] / 12)
    fees = years_after * FEE_BASE[key] * t["post_warranty_fee_pct"] / 100
    return fees / (x["contract_value"] + fees) * 100


def derive(key):
    """My own reading of policy.md §3 applied to the labels."""
    _, t, x = LABELS[key]
    goods = t["contract_kind"] == G
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
    if goods:
        if t["warranty_months"] is None or t["warranty_months"] < 12:
            r.add("CR-WARRANTY")
        if (t["post_warranty_fee_pct"] is None or not x["post_warranty_fee_capped"]
                or t["post_warranty_fee_pct"] > 15):
            r.add("CR-POST-WARRANTY-FEE")
        share = tco_share(key)
        if share is not None and share > 40:
            r.add("CR-TCO-SERVICE-SHARE")
    if t["auto_renewal_price_increase"]:
        r.add("CR-AUTO-RENEWAL")
    if not t["termination_for_breach"]:
        r.add("CR-TERMINATION")
    if t["subcontract_without_consent"] is True:
        r.add("CR-SUBCONTRACT")
    if (t["governing_law"] not in (None, "PRC")) or key in FOREIGN_FORUM:
        r.add("CR-GOVERNING-LAW")
    return sorted(r)


def risk(rules):
    if any(r in HIGH for r in rules):
        return "high"
    return "medium" if any(r != "CR-GOVERNING-LAW" for r in rules) else "low"


# ---------------------------------------------------------------- threshold scan -------------------------------------
ZN = "一二三四五六七八九十百千两零〇"
PCT = r"\s*(?:%|％|per\s*cent|percent)"
THRESHOLD_RES = [re.compile(p, re.I) for p in [
    r"(?<![\d.])99\.90*(?!\d)",                                             # availability 99.9
    r"(?<![\d.])4\s*-?\s*(?:个)?(?:小时|hours?|hrs?\b|h\b)", r"(?<![" + ZN + r"])四\s*个?小时",
    r"\bfour[\s-]*hours?", r"(?<![\d.])240\s*(?:分钟|minutes?|mins?\b)",     # P1 4 h
    r"(?<![\d.])0\.050*" + PCT, r"万分之五(?![" + ZN + r"])", r"千分之零?点五",   # LD 0.05 %
    r"(?<![\d.])100(?:\.0+)?" + PCT, r"百分之一?百", r"one\s*hundred" + PCT,      # cap 100 %
    r"(?<![\d.])30(?:\.0+)?" + PCT, r"(?<![" + ZN + r"])百分之三十(?![" + ZN + r"点])", r"三成", r"thirty" + PCT,
    r"(?<![\d.])12\s*-?\s*(?:个月|months?)", r"(?<![" + ZN + r"])十二个月", r"twelve[\s-]*months?",
    r"一年", r"壹年", r"\bone[\s-]*years?\b", r"(?<![\d.])1\s*-?\s*(?:年(?!度)|years?\b)",   # 12 months
    r"(?<![\d.])15(?:\.0+)?" + PCT, r"(?<![" + ZN + r"])百分之十五(?![" + ZN + r"点])", r"fifteen" + PCT,
    r"(?<![\d.])40(?:\.0+)?" + PCT, r"(?<![" + ZN + r"])百分之四十(?![" + ZN + r"点])", r"四成", r"forty" + PCT,
    r"(?<![\d.])5\s*-?\s*(?:年|years?\b)", r"(?<![" + ZN + r"])五\s*个?年", r"\bfive[\s-]*years?",
    r"(?<![\d.])60\s*-?\s*(?:个月|months?)", r"六十个月", r"sixty[\s-]*months?",
]]
MUST_HIT = ["99.9%", "99.9 %", "可用率99.90%", "4小时", "4 小时", "四小时", "4 hours", "4-hour", "four hours", "240分钟",
            "0.05%", "0.05 %", "万分之五", "100%", "100 per cent", "百分之百", "30%", "百分之三十", "三成", "12个月",
            "12 months", "十二个月", "twelve months", "一年", "one year", "1 year", "15%", "百分之十五", "40%", "四成",
            "百分之四十", "5年", "5 years", "五年", "five years", "60 months", "60个月", "六十个月"]
MUST_MISS = ["24小时", "24 hours", "14 hours", "十四小时", "二十四小时", "99.95%", "99.5%", "115%", "0.15%", "150%",
             "2025年", "万分之五十", "万分之三", "服务年度", "Subscription Year", "130%", "140%", "0.5%", "35%",
             "45%", "25%", "2027年", "112 months", "three years", "CNY 400", "0.1%", "第十五条", "15 days",
             "30 days", "40 minutes", "100 test tickets", "2030", "5 working days", "十二、争议解决"]


def threshold_hits(text):
    return [(rx.pattern, m.group(0)) for rx in THRESHOLD_RES for m in rx.finditer(text)]


def self_test():
    for s in MUST_HIT:
        assert threshold_hits(s), ("must hit", s)
    for s in MUST_MISS:
        assert not threshold_hits(s), ("must miss", s, threshold_hits(s))


# ---------------------------------------------------------------- read back ------------------------------------------
def read_back(path):
    if path.suffix == ".docx":
        from docx import Document
        d = Document(str(path))
        parts = [p.text for p in d.paragraphs]
        for t in d.tables:
            for row in t.rows:
                parts.append("\t".join(c.text for c in row.cells))
        return "\n".join(parts)
    if path.suffix == ".pdf":
        from pypdf import PdfReader
        return "\n".join(p.extract_text() or "" for p in PdfReader(str(path)).pages)
    return path.read_text(encoding="utf-8")


def size(text, lang):
    return len(text) if lang == "zh" else len(text.split())


def main():
    sys.path.insert(0, str(OUT.parent))
    from word_pdf import write

    self_test()
    sources, targets = {}, {}
    for key, (name, src, lang) in FILES.items():
        ext = name.rsplit(".", 1)[1]
        if ext in ("docx", "pdf"):
            sources[key], targets[key] = src, (name, ext)
        else:
            (OUT / name).write_text(src, encoding="utf-8")
            print("wrote", name)
    write(sources, targets, OUT, wrap_words=True)

    problems, covered = [], set()
    for key, (name, src, lang) in FILES.items():
        back = read_back(OUT / name)
        n = size(back, lang)
        lo, hi = (2750, 3000) if lang == "zh" else (1450, 1650)
        if not lo <= n <= hi:
            problems.append("%s length %d outside %d-%d" % (key, n, lo, hi))
        for variant in (back, src, re.sub(r"\s+", " ", back), re.sub(r"\s+", " ", src), re.sub(r"\s+", "", back),
                        re.sub(r"\s+", "", src)):
            for hit in threshold_hits(variant):
                problems.append("%s threshold text %r" % (key, hit))
        category, t, x = LABELS[key]
        rules = derive(key)
        if rules != sorted(DESIGN[key]):
            problems.append("%s derived %s != design %s" % (key, rules, DESIGN[key]))
        covered |= set(rules)
        # no label on a threshold
        for k, thr in (("availability_pct", 99.9), ("p1_response_hours", 4), ("ld_rate_per_day_pct", 0.05),
                       ("liability_cap_pct", 100), ("prepayment_pct", 30), ("warranty_months", 12),
                       ("post_warranty_fee_pct", 15)):
            if t[k] is not None and abs(t[k] - thr) < 1e-9:
                problems.append("%s %s on threshold" % (key, k))
        share = tco_share(key)
        if share is not None and abs(share - 40) <= 2:
            problems.append("%s TCO share %.2f within 2 points of 40" % (key, share))
        label = {"file": name, "language": lang, "category": category, "expected_terms": t, "expected_extra": x,
                 "expected_rules": rules}
        (OUT / (name.rsplit(".", 1)[0] + ".json")).write_text(json.dumps(label, ensure_ascii=False, indent=1),
                                                               encoding="utf-8")
        print("%s %-55s %-3s %5d %-6s %s%s" % (key, name, lang, n, risk(rules), ", ".join(rules) or "(none)",
                                               "" if share is None else "  TCO share %.2f%%" % share))
    if set(ALL_RULES) - covered:
        problems.append("rules never fired: %s" % sorted(set(ALL_RULES) - covered))
    for p in problems:
        print("PROBLEM", p)
    assert not problems, len(problems)
    print("all checks passed")


if __name__ == "__main__":
    main()
